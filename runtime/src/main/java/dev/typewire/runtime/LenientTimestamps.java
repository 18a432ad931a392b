package dev.typewire.runtime;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes timestamps the way real APIs send them rather than the way ISO 8601 says: any
 * number of fraction digits, {@code Z}, {@code +00} or {@code +00:00}, a space instead of {@code T}
 * (PostgreSQL's text form). Writing always produces one canonical form.
 */
final class LenientTimestamps {

  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "(\\d{4}-\\d{2}-\\d{2})"
              + "(?:[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?)?"
              + "\\s*(Z|z|[+-]\\d{2}(?::?\\d{2}(?::?\\d{2})?)?)?");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  private LenientTimestamps() {}

  /**
   * Parses a timestamp; a missing offset is taken as UTC and a missing time as midnight.
   *
   * @throws DateTimeException if the text is not a timestamp
   */
  static OffsetDateTime parse(String text) {
    Matcher m = TIMESTAMP.matcher(text.trim());
    if (!m.matches()) {
      throw new DateTimeException("not a timestamp: " + text);
    }
    LocalDate date = LocalDate.parse(m.group(1));
    LocalDateTime dateTime =
        m.group(2) == null
            ? date.atStartOfDay()
            : date.atTime(
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)),
                m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
                m.group(5) == null ? 0 : nanos(m.group(5)));
    String offset = m.group(6);
    ZoneOffset zone =
        offset == null || offset.equalsIgnoreCase("Z") ? ZoneOffset.UTC : ZoneOffset.of(offset);
    return OffsetDateTime.of(dateTime, zone);
  }

  /** Fraction digits as nanoseconds; digits past the ninth cannot be represented and are cut. */
  private static int nanos(String fraction) {
    String nine = fraction.length() > 9 ? fraction.substring(0, 9) : fraction;
    return Integer.parseInt(nine) * (int) Math.pow(10, 9 - nine.length());
  }

  /**
   * Formats as {@code uuuu-MM-dd'T'HH:mm:ss[.fraction]+HH:MM}: the fraction only as long as needed,
   * and the offset never as {@code Z}, so a value read from {@code +00:00} text is written back
   * unchanged.
   */
  static String format(OffsetDateTime value) {
    StringBuilder out = new StringBuilder(35).append(DATE_TIME.format(value));
    int nano = value.getNano();
    if (nano != 0) {
      String digits = String.format("%09d", nano);
      int end = digits.length();
      while (digits.charAt(end - 1) == '0') {
        end--;
      }
      out.append('.').append(digits, 0, end);
    }
    int total = value.getOffset().getTotalSeconds();
    int abs = Math.abs(total);
    out.append(total < 0 ? '-' : '+');
    out.append(String.format("%02d:%02d", abs / 3600, abs / 60 % 60));
    if (abs % 60 != 0) {
      out.append(String.format(":%02d", abs % 60));
    }
    return out.toString();
  }
}
