package dev.typewire.runtime;

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
   * Returns how long the server asked the client to wait, from {@code Retry-After} (seconds or an
   * HTTP date) or else {@code X-RateLimit-Reset}, measured when the response arrived.
   *
   * @return the delay, empty when the response did not say
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
