package dev.typewire.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Turns one response into the caller's value or the matching {@link ApiException}. Everything
 * quoted from the body is bounded and scrubbed of secrets.
 */
final class ResponseDecoder {

  /** Longest {@link ApiException#bodyExcerpt()}, in characters. */
  static final int EXCERPT_CHARS = 512;

  // Body text quoted in a message: enough to recognize an HTML error page, short enough for logs.
  private static final int MESSAGE_EXCERPT_CHARS = 160;

  private final String method;
  private final URI uri;
  private final ObjectMapper mapper;
  private final Redactor redactor;
  private final String traceIdHeader;
  private final long maxResponseBytes;

  ResponseDecoder(
      String method,
      URI uri,
      ObjectMapper mapper,
      Redactor redactor,
      String traceIdHeader,
      long maxResponseBytes) {
    this.method = method;
    this.uri = uri;
    this.mapper = mapper;
    this.redactor = redactor;
    this.traceIdHeader = traceIdHeader;
    this.maxResponseBytes = maxResponseBytes;
  }

  /**
   * Returns the decoded body of a 2xx response.
   *
   * @throws ApiException for any other status, or a {@link DecodeException} for an unreadable body
   */
  <T> T decode(HttpResponse<ResponseBytes> response, ResponseType<T> type) {
    return decode(response, type, null);
  }

  /**
   * Returns the decoded body of a 2xx response, noting in {@code drift} (when not null) what the
   * body carried beyond its schema.
   */
  <T> T decode(
      HttpResponse<ResponseBytes> response, ResponseType<T> type, DriftObservations drift) {
    int status = response.statusCode();
    if (status < 200 || status > 299) {
      throw errorFor(response, type.errorType());
    }
    if (type.kind() == ResponseType.Kind.RAW) {
      @SuppressWarnings("unchecked")
      T raw = (T) rawResponse(response, type.bodyType(), drift);
      return raw;
    }
    ResponseBytes body = response.body();
    if (type.kind() == ResponseType.Kind.BINARY) {
      @SuppressWarnings("unchecked")
      T binary = (T) new BinaryResponse(status, response.headers(), body.stream());
      return binary;
    }
    if (type.kind() == ResponseType.Kind.NONE) {
      return null;
    }
    if (body.truncated()) {
      throw decodeFailure(
          response,
          "response body exceeds maxResponseBytes (" + maxResponseBytes + ") for " + type,
          null);
    }
    if (type.kind() == ResponseType.Kind.STRING) {
      @SuppressWarnings("unchecked")
      T text = (T) new String(body.bytes(), charset(contentType(response.headers())));
      return text;
    }
    if (body.bytes().length == 0) {
      if (type.emptyAllowed()) {
        return null;
      }
      throw decodeFailure(
          response,
          "no response body, expected "
              + type
              + " (the description declares no success without a body)",
          null);
    }
    String contentType = contentType(response.headers());
    if (contentType != null && !isJson(contentType)) {
      throw decodeFailure(
          response, "expected a JSON body for " + type + " but got " + contentType, null);
    }
    try {
      JavaType javaType = mapper.getTypeFactory().constructType(type.type());
      return drift == null
          ? mapper.readValue(body.bytes(), javaType)
          : mapper
              .readerFor(javaType)
              .withAttribute(DriftObservations.attribute(), drift)
              .readValue(body.bytes());
    } catch (JsonProcessingException e) {
      throw decodeFailure(
          response,
          "response body is not valid JSON for " + type + ": " + e.getOriginalMessage(),
          e);
    } catch (IOException e) {
      throw decodeFailure(response, "response body could not be read for " + type, e);
    }
  }

  /** The exception for a 2xx response whose headers the call cannot act on. */
  DecodeException unusable(HttpResponse<ResponseBytes> response, String problem) {
    return decodeFailure(response, problem, null);
  }

  private <B> RawResponse<B> rawResponse(
      HttpResponse<ResponseBytes> response, ResponseType<B> bodyType, DriftObservations drift) {
    B body = decode(response, bodyType, drift);
    return new RawResponse<>(
        response.statusCode(), response.headers(), traceId(response.headers()), body);
  }

  /** The exception for a 2xx response that drifted from its schema, in strict mode. */
  DriftException driftFailure(
      HttpResponse<ResponseBytes> response, String operation, DriftObservations drift) {
    List<DriftEntry> entries = DriftRecorder.entriesOf(operation, drift, redactor, Instant.now());
    StringBuilder message = new StringBuilder().append(method).append(' ').append(uri);
    message.append(" -> ").append(response.statusCode());
    message.append(": the response carries what its schema does not describe (failOnDrift): ");
    message.append(entries.get(0).describe());
    if (entries.size() > 1) {
      message.append(" and ").append(entries.size() - 1).append(" more");
    }
    HttpHeaders headers = response.headers();
    String contentType = contentType(headers);
    String traceId = traceId(headers);
    appendTraceId(message, traceId);
    ErrorContext context =
        successContext(
            response, traceId, contentType, excerpt(response.body().bytes(), contentType));
    return new DriftException(redactor.scrub(message.toString()), context, entries);
  }

  /** The exception for a failure that left no response. */
  TransportException transportFailure(Throwable cause) {
    String what = cause.getMessage() == null ? "" : ": " + cause.getMessage();
    String message = method + " " + uri + " failed: " + cause.getClass().getSimpleName() + what;
    return new TransportException(
        redactor.scrub(message), ErrorContext.withoutResponse(method, uri), cause);
  }

  private ApiException errorFor(HttpResponse<ResponseBytes> response, Class<?> errorType) {
    HttpHeaders headers = response.headers();
    ResponseBytes body = response.body();
    String contentType = contentType(headers);
    JsonNode tree = null;
    if (contentType != null
        && isJson(contentType)
        && !body.truncated()
        && body.bytes().length > 0) {
      try {
        tree = mapper.readTree(body.bytes());
        redactor.scrub(tree);
      } catch (IOException notJsonAfterAll) {
        // Reported below through the excerpt; a malformed error body is still an error status.
      }
    }
    Object errorBody = tree;
    if (tree != null && errorType != null) {
      try {
        errorBody = mapper.treeToValue(tree, errorType);
      } catch (JsonProcessingException doesNotFit) {
        // Keep the tree; ApiException.errorBody(Class) can still try other shapes.
      }
    }
    int status = response.statusCode();
    String excerpt = excerpt(body.bytes(), contentType);
    StringBuilder message = new StringBuilder().append(method).append(' ').append(uri);
    message.append(" -> ").append(status);
    String code = text(tree, "code");
    String detail = text(tree, "message");
    if (detail == null && tree != null) {
      JsonNode error = tree.path("error");
      detail = error.isTextual() ? error.asText() : text(error, "message");
      code = code != null ? code : text(error, "code");
    }
    if (code != null) {
      message.append(' ').append(code);
    }
    if (detail != null) {
      message.append(": ").append(detail);
    } else if (!excerpt.isEmpty()) {
      message.append(" (").append(contentType == null ? "no content type" : contentType);
      message.append("): ").append(oneLine(excerpt));
    }
    if (body.truncated()) {
      message.append(" [body over ").append(maxResponseBytes).append(" bytes, not read]");
    }
    String traceId = traceId(headers);
    appendTraceId(message, traceId);
    ErrorContext context =
        new ErrorContext(
            method, uri, status, headers, traceId, contentType, excerpt, errorBody, mapper);
    return forStatus(status, redactor.scrub(message.toString()), context);
  }

  /** The context of a failure on a response that carries no error body to decode. */
  private ErrorContext successContext(
      HttpResponse<ResponseBytes> response, String traceId, String contentType, String excerpt) {
    return new ErrorContext(
        method,
        uri,
        response.statusCode(),
        response.headers(),
        traceId,
        contentType,
        excerpt,
        null,
        mapper);
  }

  private DecodeException decodeFailure(
      HttpResponse<ResponseBytes> response, String problem, Throwable cause) {
    HttpHeaders headers = response.headers();
    String contentType = contentType(headers);
    byte[] bytes = response.body().bytes();
    String excerpt = excerpt(bytes, contentType);
    StringBuilder message = new StringBuilder().append(method).append(' ').append(uri);
    message.append(" -> ").append(response.statusCode()).append(": ").append(problem);
    message.append(" (").append(contentType == null ? "no content type" : contentType);
    message.append(", ").append(bytes.length).append(" bytes");
    if (!excerpt.isEmpty()) {
      message.append(", body: ").append(oneLine(excerpt));
    }
    message.append(')');
    String traceId = traceId(headers);
    appendTraceId(message, traceId);
    ErrorContext context = successContext(response, traceId, contentType, excerpt);
    // The cause's message may quote the body (and a credential in it): attach a scrubbed copy.
    return new DecodeException(
        redactor.scrub(message.toString()), context, RedactedCause.of(cause, redactor));
  }

  static ApiException forStatus(int status, String message, ErrorContext context) {
    return switch (status) {
      case 401, 403 -> new AuthenticationException(message, context, null);
      case 404 -> new NotFoundException(message, context, null);
      case 400, 409, 422 -> new ValidationException(message, context, null);
      case 429 -> new RateLimitException(message, context, null);
      default ->
          status >= 500 && status <= 599
              ? new ServerException(message, context, null)
              : new ApiStatusException(message, context, null);
    };
  }

  String traceId(HttpHeaders headers) {
    return traceIdHeader == null ? null : HeaderValues.first(headers, traceIdHeader);
  }

  /** The first {@link #EXCERPT_CHARS} characters of the body, secrets removed. */
  String excerpt(byte[] bytes, String contentType) {
    // Scrub a window well past the cut, so a token straddling the cut is still recognized whole.
    int window = Math.min(bytes.length, EXCERPT_CHARS * 4 + 8192);
    String text = redactor.scrub(new String(bytes, 0, window, charset(contentType)));
    return text.length() <= EXCERPT_CHARS ? text : text.substring(0, EXCERPT_CHARS);
  }

  private static void appendTraceId(StringBuilder message, String traceId) {
    if (traceId != null) {
      message.append(" (trace id ").append(traceId).append(')');
    }
  }

  private static String oneLine(String excerpt) {
    String collapsed = excerpt.replaceAll("\\s+", " ").trim();
    return collapsed.length() <= MESSAGE_EXCERPT_CHARS
        ? collapsed
        : collapsed.substring(0, MESSAGE_EXCERPT_CHARS) + "...";
  }

  private static String text(JsonNode node, String field) {
    if (node == null || !node.isObject()) {
      return null;
    }
    JsonNode value = node.get(field);
    return value != null && value.isTextual() ? value.asText() : null;
  }

  static String contentType(HttpHeaders headers) {
    String contentType = HeaderValues.first(headers, "Content-Type");
    return contentType == null ? null : contentType.trim();
  }

  static boolean isJson(String contentType) {
    // Compared in place rather than split, trimmed and lower-cased: this runs on every response.
    int end = contentType.indexOf(';');
    end = end < 0 ? contentType.length() : end;
    int start = 0;
    while (start < end && contentType.charAt(start) <= ' ') {
      start++;
    }
    while (end > start && contentType.charAt(end - 1) <= ' ') {
      end--;
    }
    return lowerCaseEquals(contentType, start, end, "application/json")
        || lowerCaseEquals(contentType, start, end, "text/json")
        || (end - start >= 5 && lowerCaseEquals(contentType, end - 5, end, "+json"));
  }

  /**
   * Whether {@code text[start, end)} lower-cased is {@code lower}, which is lower-case ASCII: only
   * ASCII letters need folding, as no other character lower-cases to one of them alone.
   */
  private static boolean lowerCaseEquals(String text, int start, int end, String lower) {
    if (end - start != lower.length()) {
      return false;
    }
    for (int i = 0; i < lower.length(); i++) {
      char c = text.charAt(start + i);
      char folded = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      if (folded != lower.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  static Charset charset(String contentType) {
    if (contentType != null) {
      for (String parameter : contentType.split(";", -1)) {
        String[] pair = parameter.trim().split("=", 2);
        if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("charset")) {
          try {
            return Charset.forName(pair[1].trim().replace("\"", ""));
          } catch (IllegalArgumentException unknownCharset) {
            return StandardCharsets.UTF_8;
          }
        }
      }
    }
    return StandardCharsets.UTF_8;
  }
}
