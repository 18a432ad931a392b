package dev.typewire.runtime;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Checks header names and values before they reach the wire: a CR or LF in a value would let
 * caller-supplied data inject headers or split the request.
 */
final class HeaderValues {

  private static final Set<String> SENSITIVE_NAMES =
      Set.of("authorization", "proxy-authorization", "cookie", "set-cookie");

  private HeaderValues() {}

  static String checkName(String name) {
    Objects.requireNonNull(name, "header name");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("header name is empty");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c <= ' ' || c >= 0x7F || c == ':') {
        throw new IllegalArgumentException("illegal character in header name: " + name);
      }
    }
    return name;
  }

  static String checkValue(String name, String value) {
    Objects.requireNonNull(value, name);
    if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
      // The value itself is not quoted: it may hold a secret.
      throw new IllegalArgumentException("header " + name + " contains CR or LF");
    }
    return value;
  }

  /** Whether a header's value must not be shown, judged by its name alone. */
  static boolean isSensitive(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return SENSITIVE_NAMES.contains(lower)
        || lower.contains("token")
        || lower.contains("secret")
        || lower.contains("key")
        || lower.contains("password");
  }
}
