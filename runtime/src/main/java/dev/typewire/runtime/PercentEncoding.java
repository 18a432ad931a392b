package dev.typewire.runtime;

import java.nio.charset.StandardCharsets;

/**
 * RFC 3986 percent-encoding. Deliberately stricter than the RFC allows: every byte outside the
 * unreserved set (plus {@code :} and {@code @} in path segments) is encoded, since an encoded
 * character always means itself while a literal sub-delimiter may mean something to some server or
 * proxy on the way.
 */
final class PercentEncoding {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PercentEncoding() {}

  /**
   * Encodes a path parameter's value or key, so a value holding {@code /}, {@code ?}, {@code #},
   * {@code %} or a style's separator ({@code ,}, {@code ;}, {@code =}) stays inside its segment.
   * Dot segments are {@link PathExpansion}'s concern, as only a whole segment can be one.
   */
  static String pathValue(String value) {
    return encode(value, true);
  }

  /** Encodes a query parameter name or value: a space becomes {@code %20}, {@code +} is encoded. */
  static String queryComponent(String value) {
    return encode(value, false);
  }

  private static String encode(String value, boolean pathSegment) {
    if (needsNoEncoding(value, pathSegment)) {
      // The common case (ids, numbers, plain names): no bytes, no builder, no copy.
      return value;
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length + 16);
    for (byte b : bytes) {
      int c = b & 0xFF;
      if (isUnreserved(c) || (pathSegment && (c == ':' || c == '@'))) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0x0F]);
      }
    }
    return out.toString();
  }

  private static boolean needsNoEncoding(String value, boolean pathSegment) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!isUnreserved(c) && !(pathSegment && (c == ':' || c == '@'))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }
}
