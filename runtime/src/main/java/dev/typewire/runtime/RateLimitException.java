package dev.typewire.runtime;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Optional;

/** HTTP 429: too many requests. Thrown once the {@link RetryPolicy} stops waiting. */
public final class RateLimitException extends ApiException {

  private static final long serialVersionUID = 1L;

  /** The wait the server asked for, or null. */
  private final Duration retryAfter;

  RateLimitException(String message, ErrorContext context, Throwable cause) {
    super(message, context, cause);
    this.retryAfter = RetryAfterHeaders.delay(context.headers()).orElse(null);
  }

  /**
   * Creates the exception a client would throw for such a response, to stub a generated API in
   * tests; see {@link ApiException#forStatus(int, HttpHeaders, String, Object)} for what the other
   * accessors return.
   *
   * @param status the HTTP status, for example 429
   * @param headers the response headers
   * @param bodyExcerpt the response body as text, or the start of it
   */
  public RateLimitException(int status, HttpHeaders headers, String bodyExcerpt) {
    this(status, headers, bodyExcerpt, null);
  }

  /**
   * Creates the exception a client would throw for such a response, with a decoded error body.
   *
   * @param status the HTTP status, for example 429
   * @param headers the response headers
   * @param bodyExcerpt the response body as text, or the start of it
   * @param errorBody what {@link #errorBody()} returns, typically the API's error record; or null
   */
  public RateLimitException(int status, HttpHeaders headers, String bodyExcerpt, Object errorBody) {
    this(
        ErrorContext.stubMessage(status, bodyExcerpt),
        ErrorContext.stub(status, headers, bodyExcerpt, errorBody),
        null);
  }

  /**
   * Returns how long the server asked the client to wait, from {@code Retry-After} (seconds or an
   * HTTP date) or else {@code X-RateLimit-Reset}, measured when the response arrived.
   *
   * @return the delay, empty when the response did not say
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
