package dev.typewire.processor.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewire.processor.diag.Diagnostics;
import dev.typewire.processor.diag.JsonPointer;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code x-typewire-idempotency: {header: Idempotency-Key}}: the header in which the server
 * accepts a key to deduplicate requests. Declared at the root it covers every {@code POST} and
 * {@code PATCH}; on an operation it covers that operation, whatever its method, and {@code false}
 * there turns the root's off. A keyed request is sent with a fresh key per call and is retried like
 * an idempotent one.
 */
final class IdempotencyReader {

  static final String EXTENSION = "x-typewire-idempotency";

  private static final Set<String> NON_IDEMPOTENT = Set.of("POST", "PATCH");
  // RFC 9110 token characters: anything else could not be sent as a header name.
  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

  private final Diagnostics diagnostics;
  private final String rootHeader;

  IdempotencyReader(JsonNode root, Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
    JsonNode declared = root.get(EXTENSION);
    this.rootHeader = declared == null ? null : header(declared, JsonPointer.child("#", EXTENSION));
  }

  /**
   * The idempotency header of an operation, or null when its requests carry no key.
   *
   * @param method the HTTP method in upper case
   */
  String header(JsonNode operation, String pointer, String method) {
    JsonNode own = operation.get(EXTENSION);
    if (own == null) {
      return NON_IDEMPOTENT.contains(method) ? rootHeader : null;
    }
    if (own.isBoolean() && !own.booleanValue()) {
      return null;
    }
    return header(own, JsonPointer.child(pointer, EXTENSION));
  }

  private String header(JsonNode declared, String at) {
    JsonNode header = declared.path("header");
    if (header.isTextual() && TOKEN.matcher(header.textValue()).matches()) {
      return header.textValue();
    }
    diagnostics.warning(
        "TW-IDEMPOTENCY",
        at,
        "expected {header: <header name>} (or false on an operation to turn the root's off); it is"
            + " ignored, so no idempotency key is sent and POST and PATCH are not retried once they"
            + " may have reached the server");
    return null;
  }
}
