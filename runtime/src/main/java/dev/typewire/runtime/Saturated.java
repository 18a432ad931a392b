package dev.typewire.runtime;

import java.time.Duration;

/**
 * Time arithmetic that saturates instead of throwing: durations come from servers ({@code
 * Retry-After: 9223372036854775807}) and from callers, and an {@link ArithmeticException} from
 * adding them would escape as something other than an {@link ApiException}.
 */
final class Saturated {

  /** Far beyond any real call, yet safe to add to {@code Instant.now()} or to convert to nanos. */
  static final Duration LONGEST_TIMEOUT = Duration.ofDays(100 * 365);

  private Saturated() {}

  /** {@code duration} in nanoseconds, {@link Long#MAX_VALUE} when it holds more. */
  static long nanos(Duration duration) {
    try {
      return duration.toNanos();
    } catch (ArithmeticException tooLong) {
      return duration.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }

  /** The shorter of the two. */
  static Duration atMost(Duration duration, Duration most) {
    return duration.compareTo(most) > 0 ? most : duration;
  }
}
