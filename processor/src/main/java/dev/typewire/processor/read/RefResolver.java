package dev.typewire.processor.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewire.processor.diag.Diagnostics;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Follows local {@code $ref}s ({@code #/components/...}) within one document. */
final class RefResolver {

  private static final int MAX_HOPS = 32;
  private static final String COMPONENTS = "#/components/";

  private final JsonNode root;
  private final Map<String, ExternalRefs.Failure> unfollowed;
  private final Diagnostics diagnostics;

  /**
   * @param unfollowed the relative-file refs bundling could not follow, by the pointer of their
   *     {@code $ref}
   */
  RefResolver(
      JsonNode root, Map<String, ExternalRefs.Failure> unfollowed, Diagnostics diagnostics) {
    this.root = root;
    this.unfollowed = unfollowed;
    this.diagnostics = diagnostics;
  }

  /** A node and the pointer it was found at after following refs. */
  record Resolved(JsonNode node, String pointer) {}

  /**
   * Follows {@code node}'s ref chain. Returns null (after reporting) for a dangling, non-local,
   * malformed or cyclic ref, or one that names a component of another kind than {@code kind}.
   *
   * <p>A ref that cannot be followed is a warning ending with {@code instead}, since the caller
   * skips or defaults the part and the rest of the client stays correct. A cycle of refs is an
   * error: it names nothing at all, so no value can be generated for it.
   *
   * @param kind the components section a ref here may name, such as {@code parameters}
   * @param instead what the caller does without the target, for the warning: "the value is
   *     generated as a JsonNode"
   */
  Resolved resolve(JsonNode node, String pointer, String kind, String instead) {
    JsonNode current = node;
    String currentPointer = pointer;
    for (int hop = 0; hop < MAX_HOPS; hop++) {
      diagnostics.workingAt(currentPointer);
      JsonNode ref = current.get("$ref");
      if (ref == null) {
        return new Resolved(current, currentPointer);
      }
      String refPointer = currentPointer + "/$ref";
      String target = target(ref, refPointer, instead);
      if (target == null) {
        return null;
      }
      JsonNode found = root.at(target.substring(1));
      if (found.isMissingNode()) {
        diagnostics.warning(
            "TW-REF-DANGLING",
            refPointer,
            "$ref '" + ref.asText() + "' points at nothing; " + instead);
        return null;
      }
      String wrongKind = otherComponentKind(target, kind);
      if (wrongKind != null) {
        diagnostics.warning(
            "TW-REF-KIND",
            refPointer,
            "$ref '"
                + ref.asText()
                + "' names a component in components/"
                + wrongKind
                + "; expected one in components/"
                + kind
                + "; "
                + instead);
        return null;
      }
      current = found;
      currentPointer = target;
    }
    diagnostics.error("TW-REF-CYCLE", pointer, "$ref chain does not end (a cycle of refs)");
    return null;
  }

  /**
   * Follows {@code node}'s local ref chain without reporting anything, for a second look at a
   * schema another reader has already followed (and reported on).
   *
   * @return the target, or null when the chain cannot be followed
   */
  JsonNode followQuietly(JsonNode node) {
    JsonNode current = node;
    for (int hop = 0; hop < MAX_HOPS && current != null; hop++) {
      JsonNode ref = current.get("$ref");
      if (ref == null) {
        return current;
      }
      String text = ref.asText("");
      if (!text.startsWith("#/")) {
        return null;
      }
      String decoded;
      try {
        decoded = URLDecoder.decode(text, StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return null;
      }
      JsonNode found = root.at(decoded.substring(1));
      current = found.isMissingNode() ? null : found;
    }
    return null;
  }

  /**
   * The decoded target of a ref as a pointer with leading {@code #/}, or null after reporting why
   * it cannot be followed.
   */
  private String target(JsonNode ref, String refPointer, String instead) {
    if (!ref.isTextual()) {
      diagnostics.warning(
          "TW-REF-NOT-STRING",
          refPointer,
          "$ref must be a string such as '#/components/schemas/Name', found "
              + ref.getNodeType()
              + "; "
              + instead);
      return null;
    }
    String text = ref.asText();
    ExternalRefs.Failure failure = unfollowed.get(refPointer);
    if (failure != null) {
      diagnostics.warning(failure.id(), refPointer, failure.reason() + "; " + instead);
      return null;
    }
    if (!text.startsWith("#")) {
      // Only when reading without bundling first (as the reader's own tests do).
      diagnostics.warning(
          "TW-REF-EXTERNAL",
          refPointer,
          "$ref '"
              + text
              + "' points outside this document; only local refs ('#/...') and relative files"
              + " are supported; "
              + instead);
      return null;
    }
    String decoded;
    try {
      decoded = URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      decoded = null;
    }
    // "#" alone is the whole document; anything else must be a JSON pointer ("#/...").
    if (decoded == null || (!decoded.equals("#") && !decoded.startsWith("#/"))) {
      diagnostics.warning(
          "TW-REF-MALFORMED",
          refPointer,
          "$ref '"
              + text
              + "' is not a JSON pointer; expected '#/components/<kind>/<name>'; "
              + instead);
      return null;
    }
    return decoded;
  }

  /**
   * The components section {@code target} names when it is exactly a component of another kind than
   * {@code kind} ({@code #/components/schemas/Chat} where a parameter was expected), else null.
   * Pointers deeper into a component, such as a parameter's schema, are legitimate.
   */
  private static String otherComponentKind(String target, String kind) {
    if (kind == null || !target.startsWith(COMPONENTS)) {
      return null;
    }
    String[] parts = target.substring(COMPONENTS.length()).split("/", -1);
    return parts.length == 2 && !parts[0].equals(kind) ? parts[0] : null;
  }

  /** The component name a ref points at when it is {@code #/components/<kind>/<name>}, or null. */
  static String componentName(JsonNode node, String kind) {
    JsonNode ref = node.get("$ref");
    if (ref == null || !ref.isTextual()) {
      return null;
    }
    String prefix = COMPONENTS + kind + "/";
    String target = ref.asText();
    if (!target.startsWith(prefix) || target.indexOf('/', prefix.length()) >= 0) {
      return null;
    }
    return target.substring(prefix.length()).replace("~1", "/").replace("~0", "~");
  }
}
