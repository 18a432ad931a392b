package dev.typewire.runtime;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

  /**
   * The first value of a response header, or null: what {@link HttpHeaders#firstValue} answers,
   * without the stream and the {@code Optional} it allocates, as this runs several times per call.
   */
  static String first(HttpHeaders headers, String name) {
    // The map is the headers' own, case-insensitive one (HttpHeaders.allValues reads it the same).
    List<String> values = headers.map().get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
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

  /**
   * The secrets the sensitive ones among {@code headers} carry, in every form a server may echo:
   * the whole value, the credential after an auth scheme ({@code Bearer abc} gives {@code abc}),
   * the decoded {@code Basic} pair and its password, and each cookie's value.
   */
  static List<String> secretsOf(Map<String, String> headers) {
    if (headers.isEmpty()) {
      // The usual per-call case: no list, no lambda.
      return List.of();
    }
    List<String> secrets = new ArrayList<>();
    headers.forEach(
        (name, value) -> {
          if (value != null && isSensitive(name)) {
            addSecrets(name.toLowerCase(Locale.ROOT), value.trim(), secrets);
          }
        });
    return secrets;
  }

  private static void addSecrets(String name, String value, List<String> secrets) {
    secrets.add(value);
    if (name.endsWith("cookie")) {
      for (String pair : value.split(";", -1)) {
        int equals = pair.indexOf('=');
        secrets.add(equals < 0 ? pair.trim() : pair.substring(equals + 1).trim());
      }
      return;
    }
    int space = value.indexOf(' ');
    if (space < 0) {
      return;
    }
    String credential = value.substring(space + 1).trim();
    secrets.add(credential);
    if (value.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String pair = new String(Base64.getDecoder().decode(credential), StandardCharsets.UTF_8);
        secrets.add(pair);
        int colon = pair.indexOf(':');
        if (colon >= 0) {
          secrets.add(pair.substring(colon + 1));
        }
      } catch (IllegalArgumentException notBase64) {
        // The credential itself is already listed.
      }
    }
  }
}
