package dev.typewire.processor.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.typewire.processor.diag.JsonPointer;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Finds the line and column of a few nodes by streaming over the text again. Only the branches
 * leading to a wanted pointer are walked; the rest is skipped token by token without building
 * pointers, so one pass costs about as much as tokenizing the file.
 */
final class PositionScanner {

  private final Set<String> wanted = new HashSet<>();
  private final Map<String, String> found = new HashMap<>();

  private PositionScanner(Collection<String> pointers) {
    for (String pointer : pointers) {
      // Every ancestor too: a pointer to a node that does not exist falls back to its parent.
      for (String current = pointer; current != null; current = parent(current)) {
        wanted.add(current);
      }
    }
  }

  /**
   * "line:column" for each of {@code pointers} that exists in the text, and for their ancestors.
   * Text the scanner cannot read past (too deep, malformed) ends the scan with what was found.
   */
  static Map<String, String> scan(JsonFactory factory, String text, Collection<String> pointers) {
    PositionScanner scanner = new PositionScanner(pointers);
    try (JsonParser json = factory.createParser(text)) {
      if (json.nextToken() != null) {
        scanner.node(json, "#");
      }
    } catch (IOException | RuntimeException e) {
      // The document was parsed before, up to the same point: positions found so far stand.
    }
    return scanner.found;
  }

  private void node(JsonParser json, String pointer) throws IOException {
    found.put(pointer, position(json.currentTokenLocation()));
    JsonToken token = json.currentToken();
    if (token == JsonToken.START_OBJECT) {
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String child = JsonPointer.child(pointer, json.currentName());
        json.nextToken();
        visit(json, child);
      }
    } else if (token == JsonToken.START_ARRAY) {
      int index = 0;
      while (json.nextToken() != JsonToken.END_ARRAY) {
        visit(json, JsonPointer.child(pointer, index++));
      }
    }
  }

  private void visit(JsonParser json, String child) throws IOException {
    if (wanted.contains(child)) {
      node(json, child);
    } else {
      json.skipChildren();
    }
  }

  static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash < 0 ? null : pointer.substring(0, slash);
  }

  private static String position(JsonLocation location) {
    return location == null || location.getLineNr() < 1
        ? null
        : location.getLineNr() + ":" + location.getColumnNr();
  }
}
