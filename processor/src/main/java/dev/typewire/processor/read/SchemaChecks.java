package dev.typewire.processor.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewire.processor.diag.Diagnostics;
import dev.typewire.processor.diag.JsonPointer;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reports what a schema object says that Typewire cannot honour: an unknown {@code type}, a
 * malformed {@code properties}, and keywords whose meaning the generated code drops. Each schema is
 * checked once, however many places refer to it, so a warning is not repeated per use.
 */
final class SchemaChecks {

  static final Set<String> KNOWN_TYPES =
      Set.of("object", "array", "string", "integer", "number", "boolean", "null");

  /** Keywords a generated record cannot express; each gets a warning saying what happens. */
  private static final Map<String, String> IGNORED_KEYWORDS =
      Map.of(
          "discriminator",
          "a discriminator without oneOf or anyOf beside it is ignored; the value is read by its"
              + " declared shape only (a union with a discriminator is generated as a sealed"
              + " interface)",
          "not",
          "'not' is ignored; the generated type does not exclude what it describes",
          "patternProperties",
          "patternProperties is ignored; keys matching the patterns are dropped when decoding");

  /** Formats each type may carry without a warning: mapped to a Java type, or fine as is. */
  private static final Map<String, Set<String>> KNOWN_FORMATS =
      Map.of(
          "string",
          Set.of(
              "date-time",
              "date",
              "time",
              "duration",
              "uuid",
              "byte",
              "binary",
              "password",
              "email",
              "idn-email",
              "hostname",
              "idn-hostname",
              "ipv4",
              "ipv6",
              "uri",
              "uri-reference",
              "iri",
              "iri-reference",
              "uri-template",
              "json-pointer",
              "relative-json-pointer",
              "regex",
              // Typewire's convention for a number or boolean the wire carries in a string.
              "int32",
              "int64",
              "boolean"),
          "integer",
          Set.of("int32", "int64", "epoch-millis", "int128", "uint64", "big-integer"),
          "number",
          Set.of("float", "double", "decimal"));

  private static final String TYPE_IGNORED =
      "It is ignored: the Java type comes from the schema's other keywords, and is JsonNode when"
          + " they say nothing";

  private final Diagnostics diagnostics;
  private final Set<String> checked = new HashSet<>();
  private final Set<String> formatsChecked = new HashSet<>();

  SchemaChecks(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  void check(JsonNode schema, String pointer) {
    if (schema == null || !schema.isObject() || !checked.add(pointer)) {
      return;
    }
    checkType(schema.get("type"), JsonPointer.child(pointer, "type"));
    JsonNode properties = schema.get("properties");
    if (properties != null && !properties.isObject()) {
      diagnostics.warning(
          "TW-PROPERTIES",
          JsonPointer.child(pointer, "properties"),
          "properties must be an object mapping property names to schemas, found "
              + properties.getNodeType()
              + "; it is ignored and no property is generated from it");
    }
    for (String keyword : List.of("discriminator", "not", "patternProperties")) {
      boolean union = schema.has("oneOf") || schema.has("anyOf");
      if (schema.has(keyword) && !(keyword.equals("discriminator") && union)) {
        diagnostics.warning(
            "TW-IGNORED-KEYWORD",
            JsonPointer.child(pointer, keyword),
            IGNORED_KEYWORDS.get(keyword));
      }
    }
  }

  /**
   * Keywords beside a {@code $ref} that would give the value a shape of its own. 3.1 honours them
   * (as if both were in an {@code allOf}), 3.0 ignores them; Typewire generates the referenced type
   * alone, so each is named in a warning rather than dropped silently.
   */
  private static final List<String> SHAPING_REF_SIBLINGS =
      List.of(
          "properties",
          "additionalProperties",
          "items",
          "allOf",
          "oneOf",
          "anyOf",
          "enum",
          "const");

  void checkRef(JsonNode schema, String pointer) {
    if (!checked.add(pointer)) {
      return;
    }
    for (String keyword : SHAPING_REF_SIBLINGS) {
      if (schema.has(keyword)) {
        diagnostics.warning(
            "TW-REF-SIBLING",
            JsonPointer.child(pointer, keyword),
            "'"
                + keyword
                + "' beside $ref is not generated: the value is the referenced schema's type."
                + " To extend it, write allOf: [{$ref: ...}, {"
                + keyword
                + ": ...}]");
      }
    }
  }

  /** Warns about a format the given JSON type does not know; the value keeps the plain type. */
  void checkFormat(String type, JsonNode schema, String pointer) {
    JsonNode format = schema.get("format");
    Set<String> known = KNOWN_FORMATS.getOrDefault(type, Set.of());
    if (format == null
        || (format.isTextual() && known.contains(format.asText()))
        || !formatsChecked.add(pointer)) {
      return;
    }
    diagnostics.warning(
        "TW-FORMAT",
        JsonPointer.child(pointer, "format"),
        "unknown format "
            + format
            + " for type "
            + type
            + "; it is ignored and the value generated as a plain "
            + type
            + (known.isEmpty() ? "" : ". Known formats: " + new TreeSet<>(known)));
  }

  private void checkType(JsonNode type, String pointer) {
    if (type == null) {
      return;
    }
    if (type.isTextual()) {
      checkTypeName(type, pointer);
    } else if (type.isArray()) {
      for (int i = 0; i < type.size(); i++) {
        checkTypeName(type.get(i), JsonPointer.child(pointer, i));
      }
    } else {
      diagnostics.warning(
          "TW-TYPE",
          pointer,
          "type must be a string or an array of strings, found "
              + type.getNodeType()
              + "; "
              + TYPE_IGNORED);
    }
  }

  private void checkTypeName(JsonNode name, String pointer) {
    if (!name.isTextual() || !KNOWN_TYPES.contains(name.asText())) {
      diagnostics.warning(
          "TW-TYPE",
          pointer,
          "unknown type "
              + name
              + "; expected one of "
              + new TreeSet<>(KNOWN_TYPES)
              + ". "
              + TYPE_IGNORED);
    }
  }
}
