package dev.typewire.runtime;

import java.net.http.HttpHeaders;
import java.time.Duration;

/**
 * Observes requests, for metrics or tracing. Every method has a no-op default, so implement only
 * what you need. Called on the thread that ran the attempt (for asynchronous calls, an HTTP client
 * thread); keep it quick. Exceptions it throws are logged and otherwise ignored: observing must not
 * break calls.
 *
 * <p>Each attempt ends in exactly one of {@link #onRequestEnd} (a response arrived, whatever its
 * status) and {@link #onRequestFailure} (no response); {@link #onRetry} follows when another
 * attempt will be made.
 */
public interface RequestListener {

  /** The listener that ignores everything. */
  RequestListener NONE = new RequestListener() {};

  /**
   * Called before an attempt is sent.
   *
   * @param attempt the attempt
   */
  default void onRequestStart(RequestAttempt attempt) {}

  /**
   * Called when an attempt received a complete response (or as much of it as {@link
   * ClientOptions#maxResponseBytes()} allows), success or error status alike.
   *
   * @param attempt the attempt
   * @param status the HTTP status
   * @param duration time from sending to having read the body
   */
  default void onRequestEnd(RequestAttempt attempt, int status, Duration duration) {}

  /**
   * Called when the headers of a response arrived, before {@link #onRequestEnd}, with every header
   * the server sent: rate-limit counters, pagination links, deprecation notices.
   *
   * @param attempt the attempt
   * @param status the HTTP status
   * @param headers the response headers
   */
  default void onResponseHeaders(RequestAttempt attempt, int status, HttpHeaders headers) {}

  /**
   * Called the first time a response of an operation carries {@code Deprecation} or {@code Sunset}
   * headers; later responses of the same operation on the same client are not reported again.
   *
   * @param attempt the attempt whose response carried the headers
   * @param notice what the server announced
   */
  default void onDeprecatedOperation(RequestAttempt attempt, DeprecationNotice notice) {}

  /**
   * Called when an attempt got no response: connect failure, cut connection or timeout.
   *
   * @param attempt the attempt
   * @param failure the failure, usually a {@link TransportException}
   * @param duration time from sending to the failure
   */
  default void onRequestFailure(RequestAttempt attempt, ApiException failure, Duration duration) {}

  /**
   * Called when a failed attempt will be repeated after {@code delay}.
   *
   * @param failed the attempt that failed
   * @param failure why it failed
   * @param delay the wait before the next attempt
   */
  default void onRetry(RequestAttempt failed, ApiException failure, Duration delay) {}

  /**
   * Called the first time a client decodes a response carrying a given drift: something its schema
   * does not describe, tolerated (an unknown property, enum value, or a value of another JSON
   * type). Later occurrences only count in {@code drift()} of the generated client.
   *
   * @param attempt the attempt whose response carried it
   * @param entry the drift, its example redacted
   */
  default void onDrift(RequestAttempt attempt, DriftEntry entry) {}
}
