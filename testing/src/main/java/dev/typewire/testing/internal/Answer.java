package dev.typewire.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;

/**
 * One answer a stub was given.
 *
 * @param status the status to send; 0 for the operation's success status
 * @param body the body, already checked against the description; null for the default answer's
 */
public record Answer(Kind kind, int status, JsonNode body, Duration retryAfter, Duration delay) {

  /** What kind of answer. */
  public enum Kind {
    /** A body with a status (0: the success status). */
    BODY,
    /** 429 with Retry-After. */
    RATE_LIMITED,
    /** 500 with the description's example. */
    SERVER_ERROR,
    /** The connection closed without a response. */
    DROP,
    /** What the operation answers without stubs: only a delay was asked for. */
    DEFAULT
  }

  public static Answer body(int status, JsonNode body) {
    return new Answer(Kind.BODY, status, body, Duration.ZERO, Duration.ZERO);
  }

  public static Answer of(Kind kind) {
    return new Answer(kind, 0, null, Duration.ZERO, Duration.ZERO);
  }

  public static Answer rateLimited(Duration retryAfter) {
    return new Answer(Kind.RATE_LIMITED, 429, null, retryAfter, Duration.ZERO);
  }

  public Answer delayedBy(Duration wait) {
    return new Answer(kind, status, body, retryAfter, delay.plus(wait));
  }
}
