package dev.typewire.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Client-wide settings for an {@link ApiTransport}: where the API lives, how to authenticate, and
 * how patient to be. Immutable and thread safe; derive variants with {@link #toBuilder()}.
 *
 * <pre>{@code
 * ClientOptions options = ClientOptions.builder()
 *     .baseUrl("https://api.example.com/v1")
 *     .bearerToken(System.getenv("API_TOKEN"))
 *     .build();
 * }</pre>
 *
 * <p>{@link #toString()} never shows the bearer token, {@linkplain Builder#credential(String,
 * String) credentials} or the values of sensitive headers.
 */
public final class ClientOptions {

  /** The default {@link Builder#maxResponseBytes}: 16 MiB. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 16L * 1024 * 1024;

  /** How many distinct drifts a client keeps unless told otherwise. */
  public static final int DEFAULT_MAX_DRIFT_ENTRIES = 200;

  // Leaves room for the array header; larger byte arrays cannot be allocated.
  private static final long MAX_ARRAY_BYTES = Integer.MAX_VALUE - 16;
  private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private final URI baseUrl;
  private final String bearerToken;
  private final Map<String, Supplier<String>> credentials;
  private final Map<String, String> defaultHeaders;
  private final String traceIdHeader;
  private final HttpClient httpClient;
  private final Duration connectTimeout;
  private final Duration requestTimeout;
  private final RetryPolicy retryPolicy;
  private final long maxResponseBytes;
  private final RequestListener listener;
  private final DriftSettings drift;
  private final boolean allowInsecureHttp;
  private final String userAgent;
  private final ObjectMapper objectMapper;
  private final Sleeper sleeper;
  private final Map<String, URI> serverOverrides;
  private final SharedHttpClients sharedHttpClients;

  private ClientOptions(Builder builder) {
    this.baseUrl = builder.baseUrl;
    this.bearerToken = builder.bearerToken;
    this.credentials = Collections.unmodifiableMap(new TreeMap<>(builder.credentials));
    this.defaultHeaders = Collections.unmodifiableMap(caseInsensitiveCopy(builder.defaultHeaders));
    this.traceIdHeader = builder.traceIdHeader;
    this.httpClient = builder.httpClient;
    this.connectTimeout = builder.connectTimeout;
    this.requestTimeout = builder.requestTimeout;
    this.retryPolicy = builder.retryPolicy;
    this.maxResponseBytes = builder.maxResponseBytes;
    this.listener = builder.listener;
    this.drift = builder.drift;
    this.allowInsecureHttp = builder.allowInsecureHttp;
    this.userAgent = builder.userAgent;
    this.objectMapper = builder.objectMapper;
    this.sleeper = builder.sleeper;
    this.serverOverrides = Map.copyOf(builder.serverOverrides);
    this.sharedHttpClients = builder.sharedHttpClients;
  }

  /**
   * Returns a builder with every optional setting at its default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding these options, to derive a variant (another token, a shorter timeout)
   * without repeating the rest.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.baseUrl = baseUrl;
    builder.bearerToken = bearerToken;
    builder.credentials.putAll(credentials);
    builder.defaultHeaders.putAll(defaultHeaders);
    builder.traceIdHeader = traceIdHeader;
    builder.httpClient = httpClient;
    builder.connectTimeout = connectTimeout;
    builder.requestTimeout = requestTimeout;
    builder.retryPolicy = retryPolicy;
    builder.maxResponseBytes = maxResponseBytes;
    builder.listener = listener;
    builder.drift = drift;
    builder.allowInsecureHttp = allowInsecureHttp;
    builder.userAgent = userAgent;
    builder.objectMapper = objectMapper;
    builder.sleeper = sleeper;
    builder.serverOverrides.putAll(serverOverrides);
    builder.sharedHttpClients = sharedHttpClients;
    return builder;
  }

  /**
   * Returns the base URL that request paths are appended to.
   *
   * @return the base URL, without a trailing slash
   */
  public URI baseUrl() {
    return baseUrl;
  }

  /**
   * Tells whether requests carry an {@code Authorization: Bearer} header. The token itself is not
   * readable back, so it cannot leak through code that prints options.
   *
   * @return true when a bearer token is set
   */
  public boolean hasBearerToken() {
    return bearerToken != null;
  }

  String bearerToken() {
    return bearerToken;
  }

  /**
   * Tells whether a credential is configured for a security scheme. The credential itself is not
   * readable back.
   *
   * @param scheme the scheme's name in the description
   * @return true when {@link Builder#credential(String, String)} or its supplier form set one
   */
  public boolean hasCredential(String scheme) {
    return credentials.containsKey(scheme);
  }

  Supplier<String> credential(String scheme) {
    return credentials.get(scheme);
  }

  /**
   * Returns the headers sent on every request unless a request overrides them.
   *
   * @return an unmodifiable map with case-insensitive keys
   */
  public Map<String, String> defaultHeaders() {
    return defaultHeaders;
  }

  /**
   * Returns the response header whose value identifies a call to the API provider.
   *
   * @return the header name, empty when not configured
   */
  public Optional<String> traceIdHeader() {
    return Optional.ofNullable(traceIdHeader);
  }

  /**
   * Returns the HTTP client supplied by the caller.
   *
   * @return the client, empty when the transport builds its own
   */
  public Optional<HttpClient> httpClient() {
    return Optional.ofNullable(httpClient);
  }

  /**
   * Returns the connect timeout of the client the transport builds (ignored for a supplied client,
   * which carries its own).
   *
   * @return the connect timeout
   */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /**
   * Returns the time each attempt may take until the whole response has been received.
   *
   * @return the per-attempt timeout
   */
  public Duration requestTimeout() {
    return requestTimeout;
  }

  /**
   * Returns the retry policy for calls that do not set their own.
   *
   * @return the policy
   */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /**
   * Returns the most response body bytes read; larger bodies are cut off and reported.
   *
   * @return the cap in bytes
   */
  public long maxResponseBytes() {
    return maxResponseBytes;
  }

  /**
   * Returns the listener told about each attempt.
   *
   * @return the listener; a no-op one when none was set
   */
  public RequestListener listener() {
    return listener;
  }

  DriftSettings driftSettings() {
    return drift;
  }

  /**
   * Tells whether a response carrying what its schema does not describe fails with a {@link
   * DriftException} instead of being tolerated and recorded.
   *
   * @return true in strict mode; false by default
   */
  public boolean failOnDrift() {
    return drift.failOnDrift();
  }

  /**
   * Returns the level at which each distinct drift is logged, once.
   *
   * @return {@link System.Logger.Level#INFO} by default
   */
  public System.Logger.Level driftLogLevel() {
    return drift.logLevel();
  }

  /**
   * Returns how many distinct drifts a client keeps in {@link DriftReport}; further ones are only
   * counted.
   *
   * @return {@value #DEFAULT_MAX_DRIFT_ENTRIES} by default
   */
  public int maxDriftEntries() {
    return drift.maxEntries();
  }

  /**
   * Tells whether credentials may be sent over plain HTTP to a host other than this machine.
   *
   * @return true when explicitly allowed
   */
  public boolean allowInsecureHttp() {
    return allowInsecureHttp;
  }

  /**
   * Returns the application's product token, sent before {@code typewire/<version>} in {@code
   * User-Agent}.
   *
   * @return the product token, empty when not set
   */
  public Optional<String> userAgent() {
    return Optional.ofNullable(userAgent);
  }

  /**
   * Returns the object mapper supplied by the caller.
   *
   * @return the mapper, empty when the transport uses {@link JsonCodec#newObjectMapper()}
   */
  public Optional<ObjectMapper> objectMapper() {
    return Optional.ofNullable(objectMapper);
  }

  /**
   * Returns what waits between retries.
   *
   * @return the sleeper; {@link Sleeper#system()} unless replaced
   */
  public Sleeper sleeper() {
    return sleeper;
  }

  /**
   * Returns where operations that name their own server are sent instead.
   *
   * @return an unmodifiable map from the server URL as described to its replacement
   */
  public Map<String, URI> serverOverrides() {
    return serverOverrides;
  }

  /** Where the transports of these options get the HTTP client they build and share. */
  SharedHttpClients sharedHttpClients() {
    return sharedHttpClients;
  }

  /**
   * Shows every setting except secrets: the token and sensitive header values are masked, and
   * credentials are listed by scheme name only.
   */
  @Override
  public String toString() {
    Map<String, String> shownHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    defaultHeaders.forEach(
        (name, value) ->
            shownHeaders.put(name, HeaderValues.isSensitive(name) ? Redactor.MASK : value));
    return "ClientOptions[baseUrl="
        + baseUrl
        + ", bearerToken="
        + (bearerToken == null ? "none" : Redactor.MASK)
        + ", credentials="
        + credentials.keySet()
        + ", defaultHeaders="
        + shownHeaders
        + ", traceIdHeader="
        + traceIdHeader
        + ", httpClient="
        + (httpClient == null ? "built" : "supplied")
        + ", connectTimeout="
        + connectTimeout
        + ", requestTimeout="
        + requestTimeout
        + ", retryPolicy="
        + retryPolicy
        + ", maxResponseBytes="
        + maxResponseBytes
        + ", allowInsecureHttp="
        + allowInsecureHttp
        + ", userAgent="
        + userAgent
        + "]";
  }

  private static Map<String, String> caseInsensitiveCopy(Map<String, String> headers) {
    Map<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    copy.putAll(headers);
    return copy;
  }

  /**
   * Whether {@code uri} would carry credentials in clear text over the network: plain http to
   * anything but this machine. Only literal addresses and {@code localhost} count as local, so no
   * DNS lookup happens here.
   */
  static boolean isCleartextToRemoteHost(URI uri) {
    if (!"http".equalsIgnoreCase(uri.getScheme())) {
      return false;
    }
    String host = uri.getHost();
    if (host == null) {
      return true;
    }
    if (host.equalsIgnoreCase("localhost")
        || host.toLowerCase(Locale.ROOT).endsWith(".localhost")) {
      return false;
    }
    boolean literal = host.startsWith("[") || IPV4_LITERAL.matcher(host).matches();
    if (!literal) {
      return true;
    }
    try {
      String address = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
      return !InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException malformed) {
      return true;
    }
  }

  /** Collects {@link ClientOptions}; only {@link #baseUrl} is required. */
  public static final class Builder {

    private URI baseUrl;
    private String bearerToken;
    private final Map<String, Supplier<String>> credentials = new TreeMap<>();
    private final Map<String, String> defaultHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private String traceIdHeader;
    private HttpClient httpClient;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(30);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private RequestListener listener = RequestListener.NONE;
    private DriftSettings drift = DriftSettings.DEFAULTS;
    private boolean allowInsecureHttp;
    private String userAgent;
    private ObjectMapper objectMapper;
    private Sleeper sleeper = Sleeper.system();
    private final Map<String, URI> serverOverrides = new HashMap<>();
    // Shared by every build() of this builder and its toBuilder() copies: their transports share
    // one HTTP client (connection pool, threads) instead of building one each.
    private SharedHttpClients sharedHttpClients = new SharedHttpClients();

    private Builder() {}

    /**
     * Sets the base URL, for example {@code https://api.example.com/v1}; request paths are appended
     * to it.
     *
     * @param baseUrl an absolute http or https URL without query or fragment
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl");
      return baseUrl(URI.create(baseUrl.trim()));
    }

    /**
     * Sets the base URL; see {@link #baseUrl(String)}.
     *
     * @param baseUrl an absolute http or https URL without query or fragment
     * @return this builder
     */
    public Builder baseUrl(URI baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl");
      String scheme = baseUrl.getScheme();
      if (scheme == null
          || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          || baseUrl.getHost() == null) {
        throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL: " + baseUrl);
      }
      if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
        throw new IllegalArgumentException("baseUrl must not have a query or fragment: " + baseUrl);
      }
      String text = baseUrl.toString();
      while (text.endsWith("/")) {
        text = text.substring(0, text.length() - 1);
      }
      this.baseUrl = URI.create(text);
      return this;
    }

    /**
     * Sets the token sent as {@code Authorization: Bearer <token>} on every request that declares
     * no security requirements (see {@link ApiRequest#security()}); requests that declare them
     * carry the {@link #credential(String, String) credentials} of their schemes instead.
     *
     * @param bearerToken the token, or null for none
     * @return this builder
     */
    public Builder bearerToken(String bearerToken) {
      this.bearerToken =
          bearerToken == null ? null : HeaderValues.checkValue("Authorization", bearerToken);
      return this;
    }

    /**
     * Sets the credential of a security scheme, sent on the requests that accept that scheme (see
     * {@link ApiRequest.Builder#security}). For {@link SecurityScheme.Kind#BASIC} it is {@code
     * user:password}. Never shown in {@link #toString()}, exception messages or log lines.
     *
     * @param scheme the scheme's name in the description, {@link SecurityScheme#id()}
     * @param value the credential, or null to remove it
     * @return this builder
     */
    public Builder credential(String scheme, String value) {
      return credential(scheme, value == null ? null : () -> value);
    }

    /**
     * Sets where the credential of a security scheme comes from: the supplier is asked once per
     * request, so a rotating token or a per-tenant key is always current. A supplier that returns
     * null or an empty string counts as not configured for that request.
     *
     * @param scheme the scheme's name in the description, {@link SecurityScheme#id()}
     * @param value the credential's source, or null to remove it
     * @return this builder
     */
    public Builder credential(String scheme, Supplier<String> value) {
      Objects.requireNonNull(scheme, "scheme");
      if (value == null) {
        credentials.remove(scheme);
      } else {
        credentials.put(scheme, value);
      }
      return this;
    }

    /**
     * Adds a header sent on every request; a request's own header of the same name (in any case)
     * wins.
     *
     * @param name the header name
     * @param value the value, or null to remove an earlier default
     * @return this builder
     * @throws IllegalArgumentException if the value contains CR or LF
     */
    public Builder defaultHeader(String name, String value) {
      HeaderValues.checkName(name);
      if (value == null) {
        defaultHeaders.remove(name);
      } else {
        defaultHeaders.put(name, HeaderValues.checkValue(name, value));
      }
      return this;
    }

    /**
     * Names the response header holding the provider's request id; its value is put into exceptions
     * and log lines.
     *
     * @param traceIdHeader the header name, or null for none
     * @return this builder
     */
    public Builder traceIdHeader(String traceIdHeader) {
      this.traceIdHeader = traceIdHeader == null ? null : HeaderValues.checkName(traceIdHeader);
      return this;
    }

    /**
     * Supplies the HTTP client, for proxies, TLS settings or a connection pool shared with other
     * code. Its own connect timeout applies; {@link #connectTimeout} is then ignored. Closing the
     * transport leaves a supplied client open: it stays the caller's to close.
     *
     * @param httpClient the client, or null to let the transport build one
     * @return this builder
     * @throws IllegalArgumentException if the client follows redirects: a redirect would carry the
     *     credentials to whatever host the server names
     */
    public Builder httpClient(HttpClient httpClient) {
      if (httpClient != null && httpClient.followRedirects() != HttpClient.Redirect.NEVER) {
        throw new IllegalArgumentException(
            "the supplied HttpClient follows redirects ("
                + httpClient.followRedirects()
                + "), which would send the credentials to whatever host a redirect names; build"
                + " it with followRedirects(HttpClient.Redirect.NEVER)");
      }
      this.httpClient = httpClient;
      return this;
    }

    /**
     * Sets how long opening a connection may take (for the client the transport builds).
     *
     * @param connectTimeout positive
     * @return this builder
     */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = positive("connectTimeout", connectTimeout);
      return this;
    }

    /**
     * Sets how long each attempt may take until the whole response body has arrived; a {@link
     * RequestOptions} timeout overrides it per call.
     *
     * @param requestTimeout positive
     * @return this builder
     */
    public Builder requestTimeout(Duration requestTimeout) {
      this.requestTimeout = positive("requestTimeout", requestTimeout);
      return this;
    }

    /**
     * Sets the retry policy; {@link RetryPolicy#none()} disables retries.
     *
     * @param retryPolicy the policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /**
     * Sets the most response body bytes read into memory. Reading stops at the cap: a larger
     * success body is a {@link DecodeException}, a larger error body is reported with the part
     * read.
     *
     * @param maxResponseBytes positive
     * @return this builder
     */
    public Builder maxResponseBytes(long maxResponseBytes) {
      if (maxResponseBytes <= 0 || maxResponseBytes > MAX_ARRAY_BYTES) {
        throw new IllegalArgumentException(
            "maxResponseBytes must be between 1 and " + MAX_ARRAY_BYTES + ": " + maxResponseBytes);
      }
      this.maxResponseBytes = maxResponseBytes;
      return this;
    }

    /**
     * Sets the listener told about every attempt, for metrics or tracing.
     *
     * @param listener the listener, or null for none
     * @return this builder
     */
    public Builder listener(RequestListener listener) {
      this.listener = listener == null ? RequestListener.NONE : listener;
      return this;
    }

    /**
     * Makes a successful response that carries what its schema does not describe (an unknown
     * property or enum value, a number sent as a string) fail with a {@link DriftException} instead
     * of being decoded leniently. Meant for contract tests against the real server.
     *
     * @param failOnDrift true for strict decoding; false (the default) to tolerate and record
     * @return this builder
     */
    public Builder failOnDrift(boolean failOnDrift) {
      this.drift = new DriftSettings(failOnDrift, drift.logLevel(), drift.maxEntries());
      return this;
    }

    /**
     * Sets the level at which each distinct drift is logged, once, to the {@code
     * dev.typewire.runtime} logger.
     *
     * @param level the level; {@link System.Logger.Level#OFF} for none
     * @return this builder
     * @throws NullPointerException if {@code level} is null
     */
    public Builder driftLogLevel(System.Logger.Level level) {
      this.drift =
          new DriftSettings(
              drift.failOnDrift(), Objects.requireNonNull(level, "level"), drift.maxEntries());
      return this;
    }

    /**
     * Sets how many distinct drifts {@link DriftReport} keeps; further ones only add to its
     * overflow count.
     *
     * @param maxEntries at least 0
     * @return this builder
     * @throws IllegalArgumentException if {@code maxEntries} is negative
     */
    public Builder maxDriftEntries(int maxEntries) {
      if (maxEntries < 0) {
        throw new IllegalArgumentException("maxDriftEntries must be at least 0: " + maxEntries);
      }
      this.drift = new DriftSettings(drift.failOnDrift(), drift.logLevel(), maxEntries);
      return this;
    }

    /**
     * Allows sending credentials (bearer token, API keys in headers, query or cookies, basic
     * authentication) over plain {@code http://} to a host other than this machine, for example
     * inside a trusted network. Refused by default, because anyone on the path could read them.
     *
     * @param allowInsecureHttp true to allow it
     * @return this builder
     */
    public Builder allowInsecureHttp(boolean allowInsecureHttp) {
      this.allowInsecureHttp = allowInsecureHttp;
      return this;
    }

    /**
     * Sets the application's product token, for example {@code my-app/1.0}; the {@code User-Agent}
     * becomes {@code my-app/1.0 typewire/<version>}.
     *
     * @param userAgent the product token, or null for none
     * @return this builder
     */
    public Builder userAgent(String userAgent) {
      this.userAgent =
          userAgent == null ? null : HeaderValues.checkValue("User-Agent", userAgent.trim());
      return this;
    }

    /**
     * Supplies the object mapper for request and response bodies. It should start from {@link
     * JsonCodec#newObjectMapper()}, which generated types rely on.
     *
     * @param objectMapper the mapper, or null for {@link JsonCodec#newObjectMapper()}
     * @return this builder
     */
    public Builder objectMapper(ObjectMapper objectMapper) {
      this.objectMapper = objectMapper;
      return this;
    }

    /**
     * Replaces what waits between retries, mainly for tests.
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * Sends the operations whose description names server {@code describedUrl} (a path- or
     * operation-level server, as the operation's Javadoc shows it) to {@code url} instead; for
     * example to a loopback mock in tests. Operations without a server of their own follow {@link
     * #baseUrl(String)}, and so do relative servers, resolved against it.
     *
     * @param describedUrl the server URL as described, variables at their defaults
     * @param url an absolute http or https URL without query or fragment
     * @return this builder
     * @throws IllegalArgumentException if {@code url} is not absolute http(s) or has a query or
     *     fragment
     */
    public Builder serverOverride(String describedUrl, String url) {
      Objects.requireNonNull(describedUrl, "describedUrl");
      Objects.requireNonNull(url, "url");
      serverOverrides.put(
          describedUrl, ServerUrl.checkedBase("server override", URI.create(url.trim())));
      return this;
    }

    /**
     * Returns the options.
     *
     * @return new immutable options
     * @throws IllegalStateException if no base URL is set, or a bearer token would travel over
     *     plain http to another machine without {@link #allowInsecureHttp(boolean)}
     */
    public ClientOptions build() {
      if (baseUrl == null) {
        throw new IllegalStateException("baseUrl is required");
      }
      boolean sendsCredentials =
          bearerToken != null
              || !credentials.isEmpty()
              || defaultHeaders.containsKey("Authorization");
      if (sendsCredentials && !allowInsecureHttp && isCleartextToRemoteHost(baseUrl)) {
        throw new IllegalStateException(
            "refusing to send credentials over plain http to "
                + baseUrl.getHost()
                + "; use https, or allowInsecureHttp(true) on a trusted network");
      }
      return new ClientOptions(this);
    }

    private static Duration positive(String name, Duration value) {
      Objects.requireNonNull(value, name);
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + value);
      }
      return value;
    }
  }
}
