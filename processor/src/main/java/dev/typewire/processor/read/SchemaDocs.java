package dev.typewire.processor.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewire.processor.model.Docs;

/** Reads the human-facing keywords shared by schemas, parameters and operations. */
final class SchemaDocs {

  private SchemaDocs() {}

  static Docs docs(JsonNode node) {
    return new Docs(
        text(node, "summary"),
        text(node, "description"),
        example(node),
        node.path("deprecated").asBoolean(false),
        defaultValue(node));
  }

  private static String defaultValue(JsonNode node) {
    JsonNode value = node.get("default");
    if (value == null || value.isNull() || (value.isContainerNode() && value.isEmpty())) {
      return null;
    }
    return value.isTextual() ? value.asText() : JsonText.of(value);
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() && !value.asText().isBlank()
        ? value.asText().strip()
        : null;
  }

  private static String example(JsonNode node) {
    JsonNode example = node.get("example");
    if (example == null) {
      JsonNode examples = node.get("examples");
      if (examples != null && examples.isArray() && !examples.isEmpty()) {
        example = examples.get(0);
      }
    }
    if (example == null || example.isObject() || example.isArray()) {
      // Structured examples are too long for a Javadoc line; the schema keeps them.
      return null;
    }
    return JsonText.of(example);
  }
}
