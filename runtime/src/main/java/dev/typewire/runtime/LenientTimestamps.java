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
    OffsetDateTime common = parseCommonShape(text.toCharArray(), 0, text.length());
    return common != null ? common : parseAnyShape(text);
  }

  /** Every form this class reads, by the regex; {@link #parse} tries the common shape first. */
  static OffsetDateTime parseAnyShape(String text) {
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

  /**
   * The shape almost every value has ({@code 2025-01-24T05:11:10.691753+00:00}, with or without
   * fraction, {@code T} or space, {@code Z}, {@code +HH} or {@code +HH:MM}), read by position
   * without the regex, which dominated decoding time. Works on characters rather than a string so
   * that a decoder can hand over the parser's own buffer: a page of chats carries thousands of
   * timestamps, and a {@code String} each was a tenth of the decode's allocation. Returns null for
   * anything else, which then takes {@link #parseAnyShape}; whitespace around the value is
   * "anything else" too, so a non-null result never depends on trimming.
   *
   * @param chars holds the text from {@code start}, {@code length} characters long
   */
  static OffsetDateTime parseCommonShape(char[] chars, int start, int length) {
    if (length < 20
        || chars[start + 4] != '-'
        || chars[start + 7] != '-'
        || (chars[start + 10] != 'T' && chars[start + 10] != ' ')
        || chars[start + 13] != ':'
        || chars[start + 16] != ':') {
      return null;
    }
    int end = start + length;
    int year = digits(chars, start, 4);
    int month = digits(chars, start + 5, 2);
    int day = digits(chars, start + 8, 2);
    int hour = digits(chars, start + 11, 2);
    int minute = digits(chars, start + 14, 2);
    int second = digits(chars, start + 17, 2);
    int i = start + 19;
    int nano = 0;
    if (chars[i] == '.') {
      int fraction = ++i;
      while (i < end && i - fraction < 9 && isDigit(chars[i])) {
        nano = nano * 10 + (chars[i] - '0');
        i++;
      }
      if (i == fraction || (i < end && isDigit(chars[i]))) {
        return null;
      }
      for (int scale = i - fraction; scale < 9; scale++) {
        nano *= 10;
      }
    }
    ZoneOffset offset = offset(chars, i, end);
    if (year < 0
        || month < 0
        || day < 0
        || hour < 0
        || minute < 0
        || second < 0
        || offset == null) {
      return null;
    }
    try {
      return OffsetDateTime.of(year, month, day, hour, minute, second, nano, offset);
    } catch (DateTimeException outOfRange) {
      return null;
    }
  }

  /** {@code Z}, {@code +HH} or {@code +HH:MM} from {@code at} to {@code end}, else null. */
  private static ZoneOffset offset(char[] chars, int at, int end) {
    int rest = end - at;
    if (rest == 1 && (chars[at] == 'Z' || chars[at] == 'z')) {
      return ZoneOffset.UTC;
    }
    if ((rest != 3 && rest != 6) || (chars[at] != '+' && chars[at] != '-')) {
      return null;
    }
    int hours = digits(chars, at + 1, 2);
    int minutes = rest == 6 && chars[at + 3] == ':' ? digits(chars, at + 4, 2) : 0;
    if (hours < 0 || minutes < 0 || (rest == 6 && chars[at + 3] != ':') || hours > 18) {
      return null;
    }
    if (hours == 0 && minutes == 0) {
      // Nearly every timestamp is UTC; skips ZoneOffset's cache lookup.
      return ZoneOffset.UTC;
    }
    int sign = chars[at] == '-' ? -1 : 1;
    try {
      return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    } catch (DateTimeException outOfRange) {
      return null;
    }
  }

  /** The number in {@code count} digits at {@code start}, or -1 if one is not a digit. */
  private static int digits(char[] chars, int start, int count) {
    int value = 0;
    for (int i = start; i < start + count; i++) {
      char c = chars[i];
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static StringBuilder pad(StringBuilder out, int value, int width) {
    String text = Integer.toString(value);
    for (int i = text.length(); i < width; i++) {
      out.append('0');
    }
    return out.append(text);
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
    StringBuilder out = new StringBuilder(35);
    int year = value.getYear();
    if (year < 0 || year > 9999) {
      out.append(DATE_TIME.format(value));
    } else {
      pad(out, year, 4).append('-');
      pad(out, value.getMonthValue(), 2).append('-');
      pad(out, value.getDayOfMonth(), 2).append('T');
      pad(out, value.getHour(), 2).append(':');
      pad(out, value.getMinute(), 2).append(':');
      pad(out, value.getSecond(), 2);
    }
    int nano = value.getNano();
    if (nano != 0) {
      int digits = 9;
      while (nano % 10 == 0) {
        nano /= 10;
        digits--;
      }
      pad(out.append('.'), nano, digits);
    }
    int total = value.getOffset().getTotalSeconds();
    int abs = Math.abs(total);
    out.append(total < 0 ? '-' : '+');
    pad(out, abs / 3600, 2).append(':');
    pad(out, abs / 60 % 60, 2);
    if (abs % 60 != 0) {
      pad(out.append(':'), abs % 60, 2);
    }
    return out.toString();
  }
}
