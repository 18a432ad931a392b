package dev.typewire.processor.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed schema file: its tree, and its text, from which diagnostics find line and column.
 *
 * @param path the resource path the user named
 */
public record SchemaDocument(String path, JsonNode root, String text) {

  /** "line:column" of the node at {@code pointer}, or of its nearest ancestor, or null. */
  public String positionOf(String pointer) {
    return positionsOf(List.of(pointer)).get(pointer);
  }

  /**
   * "line:column" of each pointer's node, or of its nearest ancestor; pointers with no position are
   * left out. One pass over the text for all of them.
   */
  public Map<String, String> positionsOf(Collection<String> pointers) {
    Map<String, String> scanned =
        PositionScanner.scan(
            SchemaParser.factory(SchemaParser.looksLikeJson(path, text)), text, pointers);
    Map<String, String> positions = new HashMap<>();
    for (String pointer : pointers) {
      for (String current = pointer; current != null; current = PositionScanner.parent(current)) {
        String position = scanned.get(current);
        if (position != null) {
          positions.put(pointer, position);
          break;
        }
      }
    }
    return positions;
  }

  @Override
  public String toString() {
    return "SchemaDocument[" + path + "]";
  }
}
