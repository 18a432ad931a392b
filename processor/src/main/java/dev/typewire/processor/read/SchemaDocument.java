package dev.typewire.processor.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A parsed schema file: its tree, and where each node started in the text so diagnostics can give
 * line and column.
 *
 * @param path the resource path the user named
 * @param positions JSON pointer (with leading {@code #}) to "line:column"
 */
public record SchemaDocument(String path, JsonNode root, Map<String, String> positions) {

  /** "line:column" of the node at {@code pointer}, or of its nearest ancestor, or null. */
  public String positionOf(String pointer) {
    String current = pointer;
    while (current != null) {
      String position = positions.get(current);
      if (position != null) {
        return position;
      }
      int slash = current.lastIndexOf('/');
      current = slash < 0 ? null : current.substring(0, slash);
    }
    return null;
  }
}
