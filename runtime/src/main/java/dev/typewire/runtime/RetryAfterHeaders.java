package dev.typewire.runtime;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads how long a server asked us to wait. {@code Retry-After} is standard (RFC 9110); {@code
 * X-RateLimit-Reset} is a widespread convention whose unit varies between APIs, hence the guessing.
 */
final class RetryAfterHeaders {

  // Below this, X-RateLimit-Reset is a delay in seconds; above it a point in time. 10^9 seconds
  // is September 2001, so no real delay and no current timestamp lands on the wrong side.
  private static final long EPOCH_SECONDS_THRESHOLD = 1_000_000_000L;
  private static final long EPOCH_MILLIS_THRESHOLD = 1_000_000_000_000L;

  private RetryAfterHeaders() {}

  static Optional<Duration> delay(HttpHeaders headers) {
    Optional<Duration> retryAfter =
        headers.firstValue("Retry-After").flatMap(RetryAfterHeaders::retryAfter);
    if (retryAfter.isPresent()) {
      return retryAfter;
    }
    return headers.firstValue("X-RateLimit-Reset").flatMap(RetryAfterHeaders::rateLimitReset);
  }

  static Optional<Duration> retryAfter(String value) {
    String trimmed = value.trim();
    try {
      return Optional.of(nonNegative(Duration.ofSeconds(Long.parseLong(trimmed))));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return Optional.of(nonNegative(Duration.between(Instant.now(), at)));
      } catch (DateTimeParseException notADate) {
        return Optional.empty();
      }
    }
  }

  static Optional<Duration> rateLimitReset(String value) {
    long number;
    try {
      // Some servers send fractional seconds ("1.5"); whole seconds are precise enough.
      number = (long) Math.ceil(Double.parseDouble(value.trim()));
    } catch (NumberFormatException notANumber) {
      return Optional.empty();
    }
    if (number >= EPOCH_MILLIS_THRESHOLD) {
      return Optional.of(
          nonNegative(Duration.between(Instant.now(), Instant.ofEpochMilli(number))));
    }
    if (number >= EPOCH_SECONDS_THRESHOLD) {
      return Optional.of(
          nonNegative(Duration.between(Instant.now(), Instant.ofEpochSecond(number))));
    }
    return Optional.of(nonNegative(Duration.ofSeconds(number)));
  }

  private static Duration nonNegative(Duration duration) {
    return duration.isNegative() ? Duration.ZERO : duration;
  }
}
