package dev.typewire.processor.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Questions about a schema node's shape that need no context: its types, union keyword, and whether
 * it declares a type.
 */
final class SchemaShapes {

  private SchemaShapes() {}

  static boolean nullableKeyword(JsonNode schema) {
    return schema.path("nullable").asBoolean(false) || typeNames(schema).contains("null");
  }

  /** {@code oneOf} or {@code anyOf} when the schema is a union (or a nullable value), else null. */
  static String unionKeyword(JsonNode schema) {
    boolean hasProperties = schema.has("properties") && schema.get("properties").size() > 0;
    for (String keyword : List.of("oneOf", "anyOf")) {
      JsonNode options = schema.get(keyword);
      if (options == null) {
        continue;
      }
      if (hasProperties || schema.has("allOf")) {
        // Properties beside oneOf: the record comes from the properties, unless the oneOf only
        // makes the value nullable.
        return options.isArray() && nonNullOptions(options).size() == 1 ? keyword : null;
      }
      return keyword;
    }
    return null;
  }

  static List<Integer> nonNullOptions(JsonNode options) {
    List<Integer> nonNull = new ArrayList<>();
    for (int i = 0; i < options.size(); i++) {
      if (!"null".equals(options.get(i).path("type").asText(null))) {
        nonNull.add(i);
      }
    }
    return nonNull;
  }

  /** The schema's known type names; unknown ones were reported by SchemaChecks. */
  static Set<String> typeNames(JsonNode schema) {
    Set<String> types = new LinkedHashSet<>();
    JsonNode type = schema.get("type");
    if (type == null) {
      return types;
    }
    if (type.isTextual()) {
      types.add(type.asText());
    } else if (type.isArray()) {
      type.forEach(t -> types.add(t.asText()));
    }
    types.retainAll(SchemaChecks.KNOWN_TYPES);
    return types;
  }

  static String inferType(JsonNode schema) {
    if (schema.has("properties") || schema.has("additionalProperties")) {
      return "object";
    }
    if (schema.has("items")) {
      return "array";
    }
    return "any";
  }

  /**
   * An object schema with properties (or allOf), or a string or integer enum, becomes a declared
   * type.
   */
  static boolean declaresType(JsonNode schema) {
    if (schema == null || !schema.isObject()) {
      return false;
    }
    if (schema.has("enum")) {
      JsonNode type = schema.get("type");
      return type == null
          || type.asText("").equals("string")
          || containsString(type)
          || EnumReader.isIntegerEnum(schema);
    }
    String union = unionKeyword(schema);
    if (union != null
        && schema.get(union).isArray()
        && nonNullOptions(schema.get(union)).size() > 1) {
      return true;
    }
    return (schema.has("properties") && schema.get("properties").size() > 0) || schema.has("allOf");
  }

  static boolean containsString(JsonNode type) {
    if (!type.isArray()) {
      return false;
    }
    for (JsonNode t : type) {
      if (t.asText().equals("string")) {
        return true;
      }
    }
    return false;
  }
}
