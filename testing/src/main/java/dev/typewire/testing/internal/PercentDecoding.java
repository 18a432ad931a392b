package dev.typewire.testing.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Decodes what arrives on the wire: path segments, query strings and form bodies. */
public final class PercentDecoding {

  private PercentDecoding() {}

  /** A path segment: '+' stays a plus sign there. */
  public static String decode(String segment) {
    return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /** {@code a=1&b=2&a=3} as names to their values, in order; null or empty gives none. */
  public static Map<String, List<String>> pairs(String raw) {
    Map<String, List<String>> pairs = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return pairs;
    }
    for (String pair : raw.split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name =
          URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      pairs.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
    return pairs;
  }
}
