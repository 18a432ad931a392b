package dev.typewire.runtime;

import java.net.http.HttpHeaders;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * The server's word that an operation is deprecated ({@code Deprecation}, RFC 9745) or will stop
 * working ({@code Sunset}, RFC 8594). Reported once per operation and client, to {@link
 * RequestListener#onDeprecatedOperation} and as a WARNING on the {@code dev.typewire.runtime}
 * logger.
 *
 * @param operation the method and path template, for example {@code GET /chats/{chat_id}}
 * @param deprecatedSince when the operation was (or will be) deprecated, empty when the header gave
 *     no date or was absent
 * @param sunset when the operation stops working, empty when not announced
 */
public record DeprecationNotice(
    String operation, Optional<Instant> deprecatedSince, Optional<Instant> sunset) {

  /**
   * Creates a notice.
   *
   * @param operation the method and path template
   * @param deprecatedSince the deprecation date, if known
   * @param sunset the sunset date, if known
   */
  public DeprecationNotice {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(deprecatedSince, "deprecatedSince");
    Objects.requireNonNull(sunset, "sunset");
  }

  /** Whether a response's headers carry either header, so that {@link #of} has a notice. */
  static boolean announced(HttpHeaders headers) {
    return HeaderValues.first(headers, "Deprecation") != null
        || HeaderValues.first(headers, "Sunset") != null;
  }

  /** The notice a response's headers carry, empty when they carry neither header. */
  static Optional<DeprecationNotice> of(String operation, HttpHeaders headers) {
    // Read on every response, and nearly always absent: no Optional until one is there.
    String deprecationValue = HeaderValues.first(headers, "Deprecation");
    String sunsetValue = HeaderValues.first(headers, "Sunset");
    if (deprecationValue == null && sunsetValue == null) {
      return Optional.empty();
    }
    Optional<String> deprecation = Optional.ofNullable(deprecationValue);
    Optional<String> sunset = Optional.ofNullable(sunsetValue);
    return Optional.of(
        new DeprecationNotice(
            operation,
            deprecation.flatMap(DeprecationNotice::structuredDate),
            sunset.flatMap(DeprecationNotice::httpDate)));
  }

  /** A structured-field date, {@code @1688169599}; older drafts sent an HTTP date or "true". */
  private static Optional<Instant> structuredDate(String value) {
    String trimmed = value.trim();
    if (trimmed.startsWith("@")) {
      try {
        return Optional.of(Instant.ofEpochSecond(Long.parseLong(trimmed.substring(1))));
      } catch (NumberFormatException | DateTimeException notADate) {
        return Optional.empty();
      }
    }
    return httpDate(trimmed);
  }

  private static Optional<Instant> httpDate(String value) {
    try {
      return Optional.of(
          ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeException notADate) {
      return Optional.empty();
    }
  }

  /** One line for the log: what is deprecated, since when, and until when it works. */
  String describe() {
    StringBuilder text = new StringBuilder(operation).append(" is deprecated");
    deprecatedSince.ifPresent(at -> text.append(" (since ").append(at).append(')'));
    sunset.ifPresent(at -> text.append("; the server announces its sunset at ").append(at));
    return text.append(": plan to move off it").toString();
  }
}
