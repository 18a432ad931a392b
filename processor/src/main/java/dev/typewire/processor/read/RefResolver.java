package dev.typewire.processor.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewire.processor.diag.Diagnostics;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Follows local {@code $ref}s ({@code #/components/...}) within one document. */
final class RefResolver {

  private static final int MAX_HOPS = 32;

  private final JsonNode root;
  private final Diagnostics diagnostics;

  RefResolver(JsonNode root, Diagnostics diagnostics) {
    this.root = root;
    this.diagnostics = diagnostics;
  }

  /** A node and the pointer it was found at after following refs. */
  record Resolved(JsonNode node, String pointer) {}

  /**
   * Follows {@code node}'s ref chain. Returns null (after reporting) for a dangling, non-local,
   * malformed or cyclic ref.
   */
  Resolved resolve(JsonNode node, String pointer) {
    JsonNode current = node;
    String currentPointer = pointer;
    for (int hop = 0; hop < MAX_HOPS; hop++) {
      JsonNode ref = current.get("$ref");
      if (ref == null) {
        return new Resolved(current, currentPointer);
      }
      String refPointer = currentPointer + "/$ref";
      if (!ref.isTextual()) {
        diagnostics.error(
            "TW-REF", refPointer, "$ref must be a string, found " + ref.getNodeType());
        return null;
      }
      String target = ref.asText();
      if (!target.startsWith("#")) {
        diagnostics.error(
            "TW-REF-EXTERNAL",
            refPointer,
            "$ref '"
                + target
                + "' points outside this document; only local refs ('#/...') are"
                + " supported");
        return null;
      }
      JsonNode found = root.at(URLDecoder.decode(target.substring(1), StandardCharsets.UTF_8));
      if (found.isMissingNode()) {
        diagnostics.error("TW-REF-DANGLING", refPointer, "$ref '" + target + "' points at nothing");
        return null;
      }
      current = found;
      currentPointer = target;
    }
    diagnostics.error("TW-REF-CYCLE", pointer, "$ref chain does not end (a cycle of refs)");
    return null;
  }

  /** The component name a ref points at when it is {@code #/components/<kind>/<name>}, or null. */
  static String componentName(JsonNode node, String kind) {
    JsonNode ref = node.get("$ref");
    if (ref == null || !ref.isTextual()) {
      return null;
    }
    String prefix = "#/components/" + kind + "/";
    String target = ref.asText();
    if (!target.startsWith(prefix) || target.indexOf('/', prefix.length()) >= 0) {
      return null;
    }
    return target.substring(prefix.length()).replace("~1", "/").replace("~0", "~");
  }
}
