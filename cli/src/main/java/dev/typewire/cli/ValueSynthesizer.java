package dev.typewire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Makes a value for a schema of the description: its example when the validator accepts it, else a
 * minimal valid value built from the schema (required properties plus the first optional one, enums
 * by their first value, bounds respected).
 */
final class ValueSynthesizer {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int MAX_DEPTH = 8;
  private static final int MAX_REQUIRED_DEPTH = 40;
  private static final List<String> STRING_CANDIDATES =
      List.of("a", "A", "1", "abc", "a1", "ABC", "abc123", "x@example.com", "https://example.com");

  private final Description description;
  private final SchemaValidator validator;

  ValueSynthesizer(Description description, SchemaValidator validator) {
    this.description = description;
    this.validator = validator;
  }

  /** A value for the schema at {@code pointer}, preferring {@code example} when valid. */
  JsonNode valueFor(String pointer, JsonNode example) {
    if (example != null
        && !example.isMissingNode()
        && validator.problems(example, pointer).isEmpty()) {
      return example;
    }
    return synthesize(description.at(pointer), 0);
  }

  JsonNode synthesize(JsonNode raw, int depth) {
    if (depth > MAX_REQUIRED_DEPTH) {
      // Required properties that contain themselves have no finite value; null ends the chain
      // and the validator then says what the description demands.
      return NODES.nullNode();
    }
    JsonNode schema = description.resolve(raw);
    if (schema.has("example") && depth > 0) {
      return schema.get("example");
    }
    if (schema.has("const")) {
      return schema.get("const");
    }
    JsonNode enumValues = schema.get("enum");
    if (enumValues != null && enumValues.isArray()) {
      for (JsonNode value : enumValues) {
        if (!value.isNull()) {
          return value;
        }
      }
    }
    if (schema.has("default") && !schema.get("default").isNull()) {
      return schema.get("default");
    }
    for (String union : List.of("oneOf", "anyOf")) {
      JsonNode alternatives = schema.get(union);
      if (alternatives != null && alternatives.isArray()) {
        for (JsonNode alternative : alternatives) {
          JsonNode resolved = description.resolve(alternative);
          if (!"null".equals(resolved.path("type").asText())) {
            return withDiscriminator(schema, alternative, synthesize(alternative, depth + 1));
          }
        }
      }
    }
    JsonNode allOf = schema.get("allOf");
    if (allOf != null && allOf.isArray()) {
      ObjectNode merged = NODES.objectNode();
      JsonNode last = NODES.nullNode();
      for (JsonNode part : allOf) {
        last = synthesize(part, depth + 1);
        if (last instanceof ObjectNode object) {
          merged.setAll(object);
        }
      }
      if (schema.has("properties")) {
        merged.setAll((ObjectNode) object(schema, depth));
      }
      return merged.isEmpty() ? last : merged;
    }
    switch (type(schema)) {
      case "object":
        return object(schema, depth);
      case "array":
        return array(schema, depth);
      case "integer":
        return NODES.numberNode(number(schema, BigDecimal.ONE, true).toBigInteger());
      case "number":
        return NODES.numberNode(number(schema, new BigDecimal("1.5"), false));
      case "boolean":
        return NODES.booleanNode(true);
      case "string":
        return NODES.textNode(string(schema));
      case "null":
        return NODES.nullNode();
      default:
        return schema.has("properties") ? object(schema, depth) : NODES.textNode("a");
    }
  }

  /** A union chosen by discriminator must carry the value that selects the chosen alternative. */
  private JsonNode withDiscriminator(JsonNode union, JsonNode alternative, JsonNode value) {
    String property = union.path("discriminator").path("propertyName").asText("");
    if (property.isEmpty() || !(value instanceof ObjectNode object)) {
      return value;
    }
    String ref = alternative.path("$ref").asText("");
    Iterator<Map.Entry<String, JsonNode>> mapping =
        union.path("discriminator").path("mapping").fields();
    while (mapping.hasNext()) {
      Map.Entry<String, JsonNode> entry = mapping.next();
      if (entry.getValue().asText().equals(ref)) {
        object.put(property, entry.getKey());
        return object;
      }
    }
    if (!ref.isEmpty() && !object.has(property)) {
      object.put(property, ref.substring(ref.lastIndexOf('/') + 1));
    }
    return object;
  }

  private static String type(JsonNode schema) {
    JsonNode type = schema.get("type");
    if (type == null) {
      return schema.has("properties") || schema.has("additionalProperties") ? "object" : "";
    }
    if (type.isArray()) {
      for (JsonNode each : type) {
        if (!"null".equals(each.asText())) {
          return each.asText();
        }
      }
      return "null";
    }
    return type.asText();
  }

  private JsonNode object(JsonNode schema, int depth) {
    ObjectNode object = NODES.objectNode();
    JsonNode properties = schema.path("properties");
    JsonNode required = schema.path("required");
    for (JsonNode name : required) {
      JsonNode property = properties.get(name.asText());
      object.set(
          name.asText(), property == null ? NODES.textNode("a") : synthesize(property, depth + 1));
    }
    if (depth < MAX_DEPTH) {
      Iterator<Map.Entry<String, JsonNode>> fields = properties.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        JsonNode property = description.resolve(field.getValue());
        if (!object.has(field.getKey()) && !property.path("readOnly").asBoolean(false)) {
          object.set(field.getKey(), synthesize(field.getValue(), depth + 1));
          break;
        }
      }
    }
    JsonNode additional = schema.get("additionalProperties");
    if (object.isEmpty() && additional != null && additional.isObject() && depth < MAX_DEPTH) {
      object.set("key", synthesize(additional, depth + 1));
    }
    return object;
  }

  private JsonNode array(JsonNode schema, int depth) {
    ArrayNode array = NODES.arrayNode();
    int count = Math.max(1, schema.path("minItems").asInt(0));
    if (depth >= MAX_DEPTH && count == 1 && !schema.has("minItems")) {
      return array;
    }
    JsonNode item = synthesize(schema.path("items"), depth + 1);
    for (int i = 0; i < count; i++) {
      array.add(count > 1 && item.isNumber() ? NODES.numberNode(item.asLong() + i) : item);
    }
    return array;
  }

  private static BigDecimal number(JsonNode schema, BigDecimal preferred, boolean integer) {
    BigDecimal value = preferred;
    BigDecimal step = integer ? BigDecimal.ONE : new BigDecimal("0.5");
    if (schema.path("minimum").isNumber()
        && value.compareTo(schema.get("minimum").decimalValue()) < 0) {
      value = schema.get("minimum").decimalValue();
    }
    JsonNode exclusiveMin = schema.get("exclusiveMinimum");
    if (exclusiveMin != null
        && exclusiveMin.isNumber()
        && value.compareTo(exclusiveMin.decimalValue()) <= 0) {
      value = exclusiveMin.decimalValue().add(step);
    }
    if (schema.path("maximum").isNumber()
        && value.compareTo(schema.get("maximum").decimalValue()) > 0) {
      value = schema.get("maximum").decimalValue();
    }
    JsonNode exclusiveMax = schema.get("exclusiveMaximum");
    if (exclusiveMax != null
        && exclusiveMax.isNumber()
        && value.compareTo(exclusiveMax.decimalValue()) >= 0) {
      value = exclusiveMax.decimalValue().subtract(step);
    }
    if (schema.path("multipleOf").isNumber()) {
      value = schema.get("multipleOf").decimalValue();
    }
    return integer ? value.setScale(0, java.math.RoundingMode.CEILING) : value;
  }

  private static String string(JsonNode schema) {
    String format = schema.path("format").asText("");
    String value =
        switch (format) {
          case "date-time" -> "2026-01-02T03:04:05Z";
          case "date" -> "2026-01-02";
          case "time" -> "03:04:05Z";
          case "uuid" -> "123e4567-e89b-12d3-a456-426614174000";
          case "email" -> "user@example.com";
          case "uri", "url", "uri-reference", "iri" -> "https://example.com/a";
          case "hostname" -> "example.com";
          case "ipv4" -> "127.0.0.1";
          case "ipv6" -> "::1";
          case "byte" -> "YQ==";
          case "int32", "int64", "integer" -> "1";
          case "boolean" -> "true";
          case "number", "double", "float", "decimal" -> "1.5";
          default -> "a";
        };
    String pattern = schema.path("pattern").asText("");
    if (!pattern.isEmpty() && !matches(pattern, value)) {
      for (String candidate : STRING_CANDIDATES) {
        if (matches(pattern, candidate)) {
          value = candidate;
          break;
        }
      }
    }
    int min = schema.path("minLength").asInt(0);
    StringBuilder padded = new StringBuilder(value);
    while (padded.length() < min) {
      padded.append('a');
    }
    int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
    return padded.length() > max ? padded.substring(0, max) : padded.toString();
  }

  private static boolean matches(String pattern, String value) {
    try {
      return Pattern.compile(pattern).matcher(value).find();
    } catch (PatternSyntaxException e) {
      return false;
    }
  }
}
