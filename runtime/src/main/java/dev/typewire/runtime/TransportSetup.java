package dev.typewire.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/** What every {@link Call} of one {@link ApiTransport} shares; built once per transport. */
final class TransportSetup {

  private final ClientOptions options;
  // Null once closed, so that a closed but still referenced transport lets its client be collected
  // (on JDK 17 that is what ends the client's selector thread).
  private volatile HttpClient client;
  private final boolean ownsClient;
  private final ObjectMapper mapper;
  private final Redactor redactor;
  private final CallEvents events;
  private final ParameterFormat parameterFormat;
  private final String userAgent;
  // The last answer of isCleartextToRemoteHost: a client's calls nearly always go to one host.
  private volatile HostCheck lastHostCheck;

  private record HostCheck(String scheme, String host, boolean cleartextToRemote) {}

  TransportSetup(ClientOptions options, Module codecs) {
    this.options = options;
    this.ownsClient = options.httpClient().isEmpty();
    this.client =
        options
            .httpClient()
            .orElseGet(() -> options.sharedHttpClients().acquire(options.connectTimeout()));
    this.mapper =
        options
            .objectMapper()
            .orElseGet(
                () ->
                    codecs == null
                        ? JsonCodec.newObjectMapper()
                        : JsonCodec.newObjectMapper().registerModule(codecs));
    this.redactor = new Redactor(secrets(options));
    this.events = new CallEvents(options.listener(), redactor, options.driftSettings());
    this.parameterFormat = new ParameterFormat(mapper);
    String typewire = "typewire/" + TypewireVersion.VALUE;
    this.userAgent = options.userAgent().map(app -> app + " " + typewire).orElse(typewire);
  }

  private static List<String> secrets(ClientOptions options) {
    List<String> secrets = new ArrayList<>();
    secrets.add(options.bearerToken());
    secrets.addAll(HeaderValues.secretsOf(options.defaultHeaders()));
    return secrets;
  }

  URI uriFor(ApiRequest request) {
    // One builder for the whole URI: this runs on every call.
    StringBuilder uri = new StringBuilder(128).append(baseFor(request));
    uri.append(request.expandPath(parameterFormat));
    char separator = '?';
    for (Map.Entry<String, Object> parameter : request.queryParams()) {
      uri.append(separator)
          .append(PercentEncoding.queryComponent(parameter.getKey()))
          .append('=')
          .append(PercentEncoding.queryComponent(parameterFormat.text(parameter.getValue())));
      separator = '&';
    }
    return URI.create(uri.toString());
  }

  /**
   * The base URL of one call: the call's own override, else the server the operation names
   * (redirected by the client's overrides, relative ones resolved against the client's base URL),
   * else the client's base URL.
   */
  private URI baseFor(ApiRequest request) {
    Optional<URI> perCall = request.options().baseUrl();
    if (perCall.isPresent()) {
      return perCall.get();
    }
    Optional<String> server = request.server();
    if (server.isEmpty()) {
      return options.baseUrl();
    }
    URI override = options.serverOverrides().get(server.get());
    return override != null ? override : ServerUrl.resolve(options.baseUrl(), server.get());
  }

  /** {@link ClientOptions#isCleartextToRemoteHost}, remembered for the last host asked about. */
  boolean isCleartextToRemoteHost(URI uri) {
    HostCheck last = lastHostCheck;
    if (last != null
        && Objects.equals(last.scheme(), uri.getScheme())
        && Objects.equals(last.host(), uri.getHost())) {
      return last.cleartextToRemote();
    }
    boolean answer = ClientOptions.isCleartextToRemoteHost(uri);
    lastHostCheck = new HostCheck(uri.getScheme(), uri.getHost(), answer);
    return answer;
  }

  /** Encodes form fields as {@code application/x-www-form-urlencoded} (spaces as {@code +}). */
  byte[] form(List<Map.Entry<String, Object>> fields) {
    StringJoiner form = new StringJoiner("&");
    for (Map.Entry<String, Object> field : fields) {
      form.add(
          URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
              + "="
              + URLEncoder.encode(parameterFormat.text(field.getValue()), StandardCharsets.UTF_8));
    }
    return form.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Turns multipart fields into parts: a file keeps its filename and its own content type (else the
   * declared one, else {@code application/octet-stream}); other values become JSON or text.
   */
  List<MultipartBody.Part> parts(List<ApiRequest.MultipartField> fields) {
    List<MultipartBody.Part> parts = new ArrayList<>();
    for (ApiRequest.MultipartField field : fields) {
      String declared = field.contentType();
      if (field.value() instanceof UploadFile file) {
        String type =
            file.contentType()
                .orElse(
                    declared == null || declared.contains("*") || declared.contains(",")
                        ? "application/octet-stream"
                        : declared);
        parts.add(
            new MultipartBody.Part(field.name(), file.filename().orElse(field.name()), type, file));
        continue;
      }
      boolean asJson =
          declared != null
              ? ResponseDecoder.isJson(declared)
              : !mapper.valueToTree(field.value()).isValueNode();
      byte[] content =
          asJson
              ? json(field.value())
              : parameterFormat.text(field.value()).getBytes(StandardCharsets.UTF_8);
      String type = declared != null ? declared : asJson ? "application/json" : null;
      parts.add(new MultipartBody.Part(field.name(), null, type, content));
    }
    return parts;
  }

  byte[] json(Object body) {
    try {
      return mapper.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "cannot serialize request body of type " + body.getClass().getName(), e);
    }
  }

  ClientOptions options() {
    return options;
  }

  /**
   * The HTTP client.
   *
   * @throws IllegalStateException once the transport is closed
   */
  HttpClient client() {
    HttpClient current = client;
    if (current == null) {
      throw new IllegalStateException("this client is closed; build a new one");
    }
    return current;
  }

  /** Releases the client if this transport built it; a supplied one stays open. Idempotent. */
  void close() {
    HttpClient closing;
    synchronized (this) {
      closing = client;
      client = null;
    }
    if (closing != null && ownsClient) {
      options.sharedHttpClients().release(closing);
    }
  }

  ObjectMapper mapper() {
    return mapper;
  }

  Redactor redactor() {
    return redactor;
  }

  CallEvents events() {
    return events;
  }

  String userAgent() {
    return userAgent;
  }
}
