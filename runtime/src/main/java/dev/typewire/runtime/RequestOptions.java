package dev.typewire.runtime;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Settings for a single call that override the {@link ClientOptions}: extra or replaced headers, a
 * timeout, a retry policy, a base URL. Immutable.
 *
 * <pre>{@code
 * RequestOptions.builder().header("x-phone", "other").timeout(Duration.ofSeconds(5)).build()
 * }</pre>
 */
public final class RequestOptions {

  private static final RequestOptions NONE = builder().build();

  private final Map<String, String> headers;
  private final Duration timeout;
  private final RetryPolicy retryPolicy;
  private final URI baseUrl;
  private final Instant deadline;

  private RequestOptions(Builder builder) {
    TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    copy.putAll(builder.headers);
    this.headers = Collections.unmodifiableMap(copy);
    this.timeout = builder.timeout;
    this.retryPolicy = builder.retryPolicy;
    this.baseUrl = builder.baseUrl;
    this.deadline = builder.deadline;
  }

  /**
   * Returns options that change nothing.
   *
   * @return empty options
   */
  public static RequestOptions none() {
    return NONE;
  }

  /**
   * Returns an empty builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding these options.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.headers.putAll(headers);
    builder.timeout = timeout;
    builder.retryPolicy = retryPolicy;
    builder.baseUrl = baseUrl;
    builder.deadline = deadline;
    return builder;
  }

  /**
   * Returns the headers that override client defaults and the request's own headers.
   *
   * @return an unmodifiable map with case-insensitive keys
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * Returns the per-attempt timeout replacing {@link ClientOptions#requestTimeout()}.
   *
   * @return the timeout, empty to keep the client's
   */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /**
   * Returns the retry policy replacing {@link ClientOptions#retryPolicy()}.
   *
   * @return the policy, empty to keep the client's
   */
  public Optional<RetryPolicy> retryPolicy() {
    return Optional.ofNullable(retryPolicy);
  }

  /**
   * Returns the base URL this call's path is appended to instead of the client's, or instead of the
   * operation's own server.
   *
   * @return the base URL without a trailing slash, empty to keep the usual one
   */
  public Optional<URI> baseUrl() {
    return Optional.ofNullable(baseUrl);
  }

  /**
   * Returns the point in time after which no attempt starts and no attempt runs on.
   *
   * @return the deadline, empty for none
   */
  public Optional<Instant> deadline() {
    return Optional.ofNullable(deadline);
  }

  @Override
  public String toString() {
    StringBuilder shown = new StringBuilder("RequestOptions[headers={");
    String separator = "";
    for (Map.Entry<String, String> header : headers.entrySet()) {
      shown.append(separator).append(header.getKey()).append('=');
      shown.append(HeaderValues.isSensitive(header.getKey()) ? Redactor.MASK : header.getValue());
      separator = ", ";
    }
    return shown
        .append("}, timeout=")
        .append(timeout)
        .append(", retryPolicy=")
        .append(retryPolicy)
        .append(", baseUrl=")
        .append(baseUrl)
        .append(", deadline=")
        .append(deadline)
        .append(']')
        .toString();
  }

  /** Collects {@link RequestOptions}. */
  public static final class Builder {

    private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private Instant deadline;
    private Duration timeout;
    private RetryPolicy retryPolicy;
    private URI baseUrl;

    private Builder() {}

    /**
     * Sets a header for this call, replacing a client default or request header of the same name.
     *
     * @param name the header name
     * @param value the value, or null to drop an earlier value set on this builder
     * @return this builder
     * @throws IllegalArgumentException if the value contains CR or LF
     */
    public Builder header(String name, String value) {
      HeaderValues.checkName(name);
      if (value == null) {
        headers.remove(name);
      } else {
        headers.put(name, HeaderValues.checkValue(name, value));
      }
      return this;
    }

    /**
     * Sets a deadline for everything done with these options: each attempt's timeout is cut to the
     * time left, no retry starts that would end after it, and once it has passed a call fails at
     * once with a {@link TransportException} (an {@link java.net.http.HttpTimeoutException} cause).
     * Passed to a pager, one deadline covers the whole listing:
     *
     * <pre>{@code
     * RequestOptions.builder().deadline(Instant.now().plusSeconds(30)).build()
     * }</pre>
     *
     * @param deadline the point in time, or null for none
     * @return this builder
     */
    public Builder deadline(Instant deadline) {
      this.deadline = deadline;
      return this;
    }

    /**
     * Sets the per-attempt timeout for this call.
     *
     * @param timeout positive, or null to keep the client's
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
        throw new IllegalArgumentException("timeout must be positive: " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Sets the retry policy for this call, for example {@link RetryPolicy#none()} or {@code
     * RetryPolicy.defaults().retryingNonIdempotent()}.
     *
     * @param retryPolicy the policy, or null to keep the client's
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = retryPolicy;
      return this;
    }

    /**
     * Sends this call to another base URL, whatever server the client or the operation names: for
     * example a regional host, or a loopback mock in a test. The credentials check of {@link
     * ClientOptions.Builder#allowInsecureHttp(boolean)} applies to it as well.
     *
     * @param baseUrl an absolute http or https URL without query or fragment, or null to keep the
     *     usual one
     * @return this builder
     * @throws IllegalArgumentException if the URL is not absolute http(s) or has a query or
     *     fragment
     */
    public Builder baseUrl(String baseUrl) {
      return baseUrl(baseUrl == null ? null : URI.create(baseUrl.trim()));
    }

    /**
     * Sends this call to another base URL; see {@link #baseUrl(String)}.
     *
     * @param baseUrl an absolute http or https URL without query or fragment, or null
     * @return this builder
     */
    public Builder baseUrl(URI baseUrl) {
      this.baseUrl = baseUrl == null ? null : ServerUrl.checkedBase("baseUrl", baseUrl);
      return this;
    }

    /**
     * Returns the options.
     *
     * @return new immutable options
     */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }

  static RequestOptions orNone(RequestOptions options) {
    return Objects.requireNonNullElse(options, NONE);
  }
}
