package dev.typewire.testing.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A description as one JSON tree, every {@code $ref} in it local: what requests are validated
 * against and answers are built from. {@code typewire check} builds it from the processor's bundled
 * document; the fake loads it from the class path with Jackson alone, so the test-scope artifact
 * does not drag the processor (and its code generator) onto users' test class paths.
 */
public record ApiDescription(JsonNode root) {

  /**
   * Reads a description from the class path, JSON or YAML by its file name. Relative-file refs are
   * refused by name rather than left dangling: the fake would otherwise answer with bodies that
   * miss whatever they point at.
   *
   * @throws IllegalArgumentException when the resource is absent, unreadable, or refers to files
   */
  public static ApiDescription fromClassPath(String resource, ClassLoader loader) {
    String path = resource.startsWith("/") ? resource.substring(1) : resource;
    JsonNode root;
    try (InputStream in = loader.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no description on the class path at '" + path + "'");
      }
      String lower = path.toLowerCase(Locale.ROOT);
      JsonFactory format =
          lower.endsWith(".yaml") || lower.endsWith(".yml") ? new YAMLFactory() : new JsonFactory();
      try (JsonParser parser = format.createParser(in)) {
        root = JsonTrees.read(parser);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the description '" + path + "'", e);
    }
    if (root == null || !root.isObject() || !root.has("paths")) {
      throw new IllegalArgumentException("'" + path + "' is not an OpenAPI description");
    }
    List<String> external = new ArrayList<>();
    collectExternalRefs(root, new ArrayDeque<>(), external);
    if (!external.isEmpty()) {
      throw new IllegalArgumentException(
          "'"
              + path
              + "' refers to other files, which the fake does not load yet: "
              + String.join(", ", external.subList(0, Math.min(5, external.size()))));
    }
    return new ApiDescription(root);
  }

  /**
   * Walks the whole tree, so it keeps the path as raw keys and spells a pointer only for a ref it
   * reports: building one per node was a large share of a fake's start.
   */
  private static void collectExternalRefs(JsonNode node, Deque<String> path, List<String> into) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null && ref.isTextual() && !ref.textValue().startsWith("#")) {
        StringBuilder at = new StringBuilder("#");
        path.descendingIterator().forEachRemaining(key -> at.append('/').append(token(key)));
        into.add(ref.textValue() + " at " + at);
      }
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        path.push(property.getKey());
        collectExternalRefs(property.getValue(), path, into);
        path.pop();
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        path.push(Integer.toString(i));
        collectExternalRefs(node.get(i), path, into);
        path.pop();
      }
    }
  }

  public boolean isOpenApi31() {
    return root.path("openapi").asText("").startsWith("3.1");
  }

  /** The node a local pointer ({@code #/components/...}) names, or a missing node. */
  public JsonNode at(String pointer) {
    String path = pointer.startsWith("#") ? pointer.substring(1) : pointer;
    return root.at(path);
  }

  /** Follows {@code $ref}s (local after bundling) until a node that is not one. */
  public JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    for (int hops = 0; hops < 64 && current.has("$ref"); hops++) {
      current = at(current.get("$ref").asText());
    }
    return current;
  }

  /** Escapes one JSON pointer token. */
  public static String token(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
