package dev.typewire.bench.hand;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A fixed-position parser for {@code yyyy-MM-ddTHH:mm:ss[.fraction](Z|+HH:MM)}, the shape the API
 * sends; what a hand-written decoder would use instead of {@code DateTimeFormatter}.
 */
final class IsoTimestamps {
  private IsoTimestamps() {}

  static OffsetDateTime parse(String s) {
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    int i = 19;
    int nanos = 0;
    if (i < s.length() && s.charAt(i) == '.') {
      int scale = 100_000_000;
      for (i++; i < s.length() && Character.isDigit(s.charAt(i)); i++) {
        nanos += (s.charAt(i) - '0') * scale;
        scale /= 10;
      }
    }
    ZoneOffset offset;
    if (s.charAt(i) == 'Z') {
      offset = ZoneOffset.UTC;
    } else {
      int sign = s.charAt(i) == '-' ? -1 : 1;
      int hours = digits(s, i + 1, 2);
      int minutes = s.length() > i + 3 ? digits(s, i + 4, 2) : 0;
      offset =
          hours == 0 && minutes == 0
              ? ZoneOffset.UTC
              : ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
    return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset);
  }

  private static int digits(String s, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("not a timestamp: " + s);
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
