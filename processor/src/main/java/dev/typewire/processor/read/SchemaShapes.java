package dev.typewire.processor.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Questions about a schema node's shape that need no context: its types, union keyword, and whether
 * it declares a type. The rules {@link SchemaNormalizer} reads a node by; the translation asks the
 * {@link NormalizedSchema} instead, so each question is answered once per node.
 */
final class SchemaShapes {

  private SchemaShapes() {}

  /**
   * Whether this schema node itself admits JSON null, in every spelling the dialects have: 3.0's
   * {@code nullable: true}, 3.1's {@code type: [T, "null"]}, a {@code {type: null}} option of
   * {@code oneOf}/{@code anyOf}, {@code null} among the {@code enum} values, {@code const: null}.
   * The one place that answers the question, so no schema form is forgotten in one of its uses.
   */
  static boolean admitsNull(JsonNode schema) {
    if (schema.path("nullable").asBoolean(false) || typeNames(schema).contains("null")) {
      return true;
    }
    for (String keyword : List.of("oneOf", "anyOf")) {
      JsonNode options = schema.get(keyword);
      if (options != null && options.isArray() && nonNullOptions(options).size() < options.size()) {
        return true;
      }
    }
    JsonNode values = schema.get("enum");
    if (values != null && values.isArray()) {
      for (JsonNode value : values) {
        if (value.isNull()) {
          return true;
        }
      }
    }
    JsonNode constant = schema.get("const");
    return constant != null && constant.isNull();
  }

  /**
   * The single part of an {@code allOf} that only wraps it: a {@code $ref}, to add a description or
   * {@code nullable} (a common 3.0 idiom, since 3.0 ignores siblings of {@code $ref}), or an inline
   * schema that is no object (Box wraps strings so). Null when the wrapper adds anything that makes
   * it a type of its own, or the part is an inline object, which the wrapper's record holds. Parts
   * that only annotate ({@code {nullable: true}}) do not count.
   *
   * @return the part's index in the {@code allOf}, or -1
   */
  static int wrappedPartIndex(JsonNode schema) {
    JsonNode allOf = schema.get("allOf");
    if (allOf == null || !allOf.isArray()) {
      return -1;
    }
    int index = -1;
    int firstRefining = -1;
    for (int i = 0; i < allOf.size(); i++) {
      JsonNode candidate = allOf.get(i);
      if (!candidate.isObject()) {
        return -1;
      }
      if (annotationOnly(candidate)) {
        continue;
      }
      if (refinesScalar(candidate)) {
        firstRefining = firstRefining < 0 ? i : firstRefining;
        continue;
      }
      if (index >= 0) {
        return -1;
      }
      index = i;
    }
    index = index < 0 ? firstRefining : index;
    if (index < 0) {
      return -1;
    }
    JsonNode part = allOf.get(index);
    if (!part.has("$ref") && (isObject(part) || part.has("allOf"))) {
      return -1;
    }
    for (String keyword : TYPE_MAKING_KEYWORDS) {
      if (schema.has(keyword)) {
        return -1;
      }
    }
    return index;
  }

  /**
   * Whether an allOf wrapping its one real part says null is allowed: beside the allOf, or in a
   * part that only annotates ({@code allOf: [{type: string}, {nullable: true}]}, as Box writes).
   */
  static boolean wrapperAdmitsNull(JsonNode schema) {
    if (admitsNull(schema)) {
      return true;
    }
    for (JsonNode part : schema.path("allOf")) {
      if ((annotationOnly(part) || refinesScalar(part)) && admitsNull(part)) {
        return true;
      }
    }
    return false;
  }

  /** A part that constrains nothing: it only documents the value or says it may be null. */
  private static boolean annotationOnly(JsonNode part) {
    for (Map.Entry<String, JsonNode> field : part.properties()) {
      if (!ANNOTATIONS.contains(field.getKey()) && !field.getKey().startsWith("x-")) {
        return false;
      }
    }
    return true;
  }

  /**
   * An inline part that restates or narrows a scalar the other part defines ({@code allOf: [{$ref:
   * city}, {type: string, maxLength: 200}]}, as Lob writes): it checks the value but does not
   * change its Java type, so the wrapper stays the scalar.
   */
  private static boolean refinesScalar(JsonNode part) {
    if (part.has("$ref") || isObject(part) || typeNames(part).contains("array")) {
      return false;
    }
    for (String keyword : TYPE_MAKING_KEYWORDS) {
      if (!keyword.equals("enum") && !keyword.equals("const") && part.has(keyword)) {
        return false;
      }
    }
    return !part.has("allOf") && !part.has("not") && !typeNames(part).isEmpty();
  }

  private static final Set<String> ANNOTATIONS =
      Set.of(
          "nullable",
          "description",
          "title",
          "example",
          "examples",
          "deprecated",
          "readOnly",
          "writeOnly",
          "default",
          "externalDocs");

  private static boolean isObject(JsonNode schema) {
    return typeNames(schema).contains("object") || inferType(schema).equals("object");
  }

  /** Keywords beside a one-part {@code allOf} that would give the result a shape of its own. */
  private static final List<String> TYPE_MAKING_KEYWORDS =
      List.of(
          "properties",
          "additionalProperties",
          "patternProperties",
          "required",
          "oneOf",
          "anyOf",
          "enum",
          "const",
          "items",
          "discriminator");

  /**
   * {@code oneOf} or {@code anyOf} when every alternative is a single {@code const} that only a
   * title or description accompanies, all strings or all integers: an enum with named values, not a
   * union. Null otherwise.
   */
  static String constUnionKeyword(JsonNode schema) {
    for (String keyword : List.of("oneOf", "anyOf")) {
      JsonNode alternatives = schema.get(keyword);
      if (alternatives == null || !alternatives.isArray() || alternatives.size() < 2) {
        continue;
      }
      boolean strings = true;
      boolean integers = true;
      for (JsonNode alternative : alternatives) {
        JsonNode value = alternative.get("const");
        if (value == null || !isConstOnly(alternative)) {
          return null;
        }
        strings &= value.isTextual();
        integers &= value.isIntegralNumber();
      }
      return strings || integers ? keyword : null;
    }
    return null;
  }

  private static boolean isConstOnly(JsonNode alternative) {
    for (Map.Entry<String, JsonNode> field : alternative.properties()) {
      String key = field.getKey();
      if (!key.equals("const")
          && !key.equals("type")
          && !ANNOTATIONS.contains(key)
          && !key.startsWith("x-")) {
        return false;
      }
    }
    return true;
  }

  /** {@code oneOf} or {@code anyOf} when the schema is a union (or a nullable value), else null. */
  static String unionKeyword(JsonNode schema) {
    for (String keyword : List.of("oneOf", "anyOf")) {
      JsonNode options = schema.get(keyword);
      if (options == null) {
        continue;
      }
      if (schema.has("allOf")) {
        // allOf beside oneOf: the record comes from the allOf, unless the oneOf only makes the
        // value nullable.
        return options.isArray() && nonNullOptions(options).size() == 1 ? keyword : null;
      }
      // Properties beside several alternatives: a union whose variants each merge them with one
      // alternative (UnionTranslator).
      return keyword;
    }
    return null;
  }

  /**
   * Whether the schema declares properties of its own (beside a union: shared by every variant).
   */
  static boolean hasProperties(JsonNode schema) {
    return schema.path("properties").isObject() && schema.get("properties").size() > 0;
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
    if (schema.has("properties") && schema.get("properties").size() > 0) {
      return true;
    }
    // An allOf merges into a record, unless it only wraps one schema that is no object, or no part
    // may be an object at all (Box's metadata values: descriptions only), which a record could
    // not hold: the value is then free-form.
    int wrapped = wrappedPartIndex(schema);
    return schema.has("allOf")
        && (wrapped < 0 || schema.get("allOf").get(wrapped).has("$ref"))
        && mayBeObject(schema.get("allOf"));
  }

  /**
   * Whether any of these schemas may describe an object: a {@code $ref} (its target is not looked
   * at here), an object shape, or a composition with such an option. False for annotations and
   * scalars.
   */
  private static boolean mayBeObject(JsonNode schemas) {
    if (!schemas.isArray()) {
      return true;
    }
    for (JsonNode part : schemas) {
      if (!part.isObject() || part.has("$ref") || isObject(part)) {
        return true;
      }
      for (String keyword : List.of("allOf", "oneOf", "anyOf")) {
        if (part.has(keyword) && mayBeObject(part.get(keyword))) {
          return true;
        }
      }
    }
    return false;
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
