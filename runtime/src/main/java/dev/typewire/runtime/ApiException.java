package dev.typewire.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Optional;

/**
 * A failed API call. Every failure a generated client reports is one of the subtypes, so callers
 * can catch this type alone, or a subtype when they handle one case (for example {@link
 * NotFoundException}).
 *
 * <p>Messages read like {@code GET https://host/v1/chats -> 401 UNAUTHORIZED_ERROR: Invalid bearer
 * auth token (trace id abc)}. Neither the message nor the {@linkplain #bodyExcerpt() excerpt} ever
 * contains the client's bearer token.
 */
public abstract sealed class ApiException extends RuntimeException
    permits AuthenticationException,
        NotFoundException,
        ValidationException,
        RateLimitException,
        ServerException,
        ApiStatusException,
        TransportException,
        DecodeException {

  private static final long serialVersionUID = 1L;

  /** The HTTP method of the failed request. */
  private final String method;

  /** The full request URI. */
  private final URI uri;

  /** The HTTP status, 0 without a response. */
  private final int status;

  /** The trace header value, or null. */
  private final String traceId;

  /** The response Content-Type, or null. */
  private final String contentType;

  /** The bounded, scrubbed start of the body. */
  private final String bodyExcerpt;

  // Not serializable types; an exception that crossed a serialization boundary keeps the rest.
  private final transient HttpHeaders headers;
  private final transient Object errorBody;
  private final transient ObjectMapper mapper;

  ApiException(String message, ErrorContext context, Throwable cause) {
    super(message, cause);
    this.method = context.method();
    this.uri = context.uri();
    this.status = context.status();
    this.headers = context.headers();
    this.traceId = context.traceId();
    this.contentType = context.contentType();
    this.bodyExcerpt = context.bodyExcerpt();
    this.errorBody = context.errorBody();
    this.mapper = context.mapper();
  }

  /**
   * Creates the exception a generated client throws for an error response with {@code status}: an
   * {@link AuthenticationException} for 401 and 403, a {@link NotFoundException} for 404, and so on
   * as the subtypes describe. For stubbing a generated API in tests; each subtype also has public
   * constructors.
   *
   * <pre>{@code
   * ApiException failure = ApiException.forStatus(404, headers, "{\"message\":\"gone\"}", error);
   * }</pre>
   *
   * <p>The exception has no request: {@link #method()} is empty, {@link #uri()} is {@code stub:/}
   * and there is no trace id. {@link #contentType()} comes from the headers.
   *
   * @param status the HTTP status
   * @param headers the response headers, for example {@code HttpHeaders.of(Map.of("Retry-After",
   *     List.of("2")), (name, value) -> true)}
   * @param bodyExcerpt what {@link #bodyExcerpt()} returns; null for none
   * @param errorBody what {@link #errorBody()} returns, typically the API's error record; or null
   * @return the exception, not thrown
   */
  public static ApiException forStatus(
      int status, HttpHeaders headers, String bodyExcerpt, Object errorBody) {
    return ResponseDecoder.forStatus(
        status,
        ErrorContext.stubMessage(status, bodyExcerpt),
        ErrorContext.stub(status, headers, bodyExcerpt, errorBody));
  }

  /**
   * Returns the HTTP status of the response.
   *
   * @return the status code, or 0 when no response was received
   */
  public int status() {
    return status;
  }

  /**
   * Returns the response headers.
   *
   * @return the headers, empty when no response was received
   */
  public HttpHeaders headers() {
    return headers == null ? ErrorContext.NO_HEADERS : headers;
  }

  /**
   * Returns the value of the client's {@linkplain ClientOptions.Builder#traceIdHeader trace id
   * header}, the string to quote when asking the API provider about this call.
   *
   * @return the trace id, empty when not configured or not sent
   */
  public Optional<String> traceId() {
    return Optional.ofNullable(traceId);
  }

  /**
   * Returns the response's media type as sent in {@code Content-Type}.
   *
   * @return the content type, empty when there was no response or no such header
   */
  public Optional<String> contentType() {
    return Optional.ofNullable(contentType);
  }

  /**
   * Returns the beginning of the response body as text: bounded in length, with the bearer token
   * removed.
   *
   * @return the excerpt, empty when there was no body
   */
  public String bodyExcerpt() {
    return bodyExcerpt;
  }

  /**
   * Returns the decoded error body: an instance of the type given to {@link
   * ResponseType#withErrorBody} when the JSON fit it, otherwise the JSON tree ({@link JsonNode}).
   *
   * @return the decoded body, or null when the body was absent or not JSON
   */
  public Object errorBody() {
    return errorBody;
  }

  /**
   * Returns the error body as {@code type}, converting the JSON tree on demand when the body was
   * not decoded into that type up front.
   *
   * @param type the expected error body type
   * @param <E> the error body type
   * @return the body, empty when absent or when it does not fit {@code type}
   */
  public <E> Optional<E> errorBody(Class<E> type) {
    if (type.isInstance(errorBody)) {
      return Optional.of(type.cast(errorBody));
    }
    if (errorBody instanceof JsonNode tree && mapper != null) {
      try {
        return Optional.ofNullable(mapper.treeToValue(tree, type));
      } catch (Exception doesNotFit) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the HTTP method of the failed request.
   *
   * @return the method, for example {@code GET}
   */
  public String method() {
    return method;
  }

  /**
   * Returns the full URI of the failed request, query included.
   *
   * @return the request URI
   */
  public URI uri() {
    return uri;
  }
}
