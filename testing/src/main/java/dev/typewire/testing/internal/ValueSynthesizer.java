package dev.typewire.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Makes a value for a schema of the description: its example when the validator accepts it, else a
 * minimal valid value built from the schema (required properties plus the first optional one, enums
 * by their first value, bounds respected).
 */
public final class ValueSynthesizer {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int MAX_DEPTH = 8;
  private static final int MAX_REQUIRED_DEPTH = 40;
  private static final List<String> STRING_CANDIDATES =
      List.of("a", "A", "1", "abc", "a1", "ABC", "abc123", "x@example.com", "https://example.com");

  private final ApiDescription description;
  private final SchemaValidator validator;
  private final AlternativeSeparator separator;
  private final UnsatisfiableSchema unsatisfiable;

  public ValueSynthesizer(ApiDescription description, SchemaValidator validator) {
    this.description = description;
    this.validator = validator;
    this.separator = new AlternativeSeparator(description, validator);
    this.unsatisfiable = new UnsatisfiableSchema(description);
  }

  /** A value for the schema at {@code pointer}, preferring {@code example} when valid. */
  public JsonNode valueFor(String pointer, JsonNode example) {
    if (example != null
        && !example.isMissingNode()
        && validator.problems(example, pointer).isEmpty()) {
      return example;
    }
    return synthesize(pointer, 0, false);
  }

  /**
   * Like {@link #valueFor}, for values the check sends: one that is not valid would make the
   * server's verdict meaningless.
   *
   * @throws NoValueAdmittedException when the schema provably admits no value
   * @throws UnusableSchemaException when the validator cannot read the schema
   * @throws NoValidValueException when no valid value was found otherwise
   */
  public JsonNode validValueFor(String pointer, JsonNode example) {
    JsonNode value = valueFor(pointer, example);
    List<String> problems = validator.problems(value, pointer);
    if (!problems.isEmpty()) {
      Optional<String> unusable = validator.unusable(pointer);
      if (unusable.isPresent()) {
        throw new UnusableSchemaException(unusable.get());
      }
      Optional<String> proof = unsatisfiable.why(pointer);
      if (proof.isPresent()) {
        throw new NoValueAdmittedException(proof.get());
      }
      throw new NoValidValueException(pointer, problems);
    }
    return value;
  }

  /**
   * A value for the schema at {@code pointer}; {@code full} writes every property instead of the
   * required ones and the first optional one (what tells apart alternatives of a union).
   */
  private JsonNode synthesize(String pointer, int depth, boolean full) {
    if (depth > MAX_REQUIRED_DEPTH) {
      // Required properties that contain themselves have no finite value; null ends the chain
      // and the validator then says what the description demands.
      return NODES.nullNode();
    }
    Endpoint.Located located = Endpoint.locate(description, description.at(pointer), pointer);
    JsonNode schema = located.node();
    String at = located.pointer();
    // Examples in descriptions are often wrong (a URL where a pattern wants a path): only a
    // valid one is used.
    if (depth > 0
        && schema.has("example")
        && validator.problems(schema.get("example"), at).isEmpty()) {
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
    // A default of the wrong type ("12345" for an integer) is as common as a wrong example.
    if (schema.has("default")
        && !schema.get("default").isNull()
        && validator.problems(schema.get("default"), at).isEmpty()) {
      return schema.get("default");
    }
    for (String union : List.of("oneOf", "anyOf")) {
      JsonNode alternatives = schema.get(union);
      if (alternatives != null && alternatives.isArray() && !alternatives.isEmpty()) {
        return union(schema, at, union, depth);
      }
    }
    JsonNode allOf = schema.get("allOf");
    if (allOf != null && allOf.isArray()) {
      ObjectNode merged = NODES.objectNode();
      List<JsonNode> scalars = new ArrayList<>();
      for (int i = 0; i < allOf.size(); i++) {
        JsonNode part = synthesize(at + "/allOf/" + i, depth + 1, full);
        if (part instanceof ObjectNode object) {
          merged.setAll(object);
        } else {
          scalars.add(part);
        }
      }
      if (schema.has("properties")) {
        merged.setAll((ObjectNode) object(schema, at, depth, full));
      }
      if (!merged.isEmpty() || scalars.isEmpty()) {
        return withRequired(merged, at, depth);
      }
      // Parts that narrow one scalar (a pattern here, a length there): the value one part made
      // for its own rule must satisfy the others too.
      for (JsonNode scalar : scalars) {
        if (validator.problems(scalar, at).isEmpty()) {
          return scalar;
        }
      }
      return scalars.get(0);
    }
    return switch (type(schema)) {
      case "object" -> object(schema, at, depth, full);
      case "array" -> array(schema, at, depth);
      case "integer" ->
          NODES.numberNode(NumberExample.of(schema, BigDecimal.ONE, true).toBigInteger());
      case "number" -> NODES.numberNode(NumberExample.of(schema, new BigDecimal("1.5"), false));
      case "boolean" -> NODES.booleanNode(true);
      case "string" -> NODES.textNode(string(schema));
      case "null" -> NODES.nullNode();
      default -> schema.has("properties") ? object(schema, at, depth, full) : NODES.textNode("a");
    };
  }

  /**
   * The first alternative whose value the whole union accepts: a oneOf rejects a value that two
   * alternatives accept, so minimal values are tried first, then values with every property.
   */
  private JsonNode union(JsonNode schema, String at, String keyword, int depth) {
    JsonNode alternatives = schema.get(keyword);
    JsonNode first = null;
    for (boolean full : new boolean[] {false, true}) {
      for (int i = 0; i < alternatives.size(); i++) {
        JsonNode alternative = alternatives.get(i);
        if ("null".equals(description.resolve(alternative).path("type").asText())) {
          continue;
        }
        String pointer = at + "/" + keyword + "/" + i;
        JsonNode candidate =
            withDiscriminator(schema, alternative, withBase(schema, at, pointer, depth, full));
        if (first == null) {
          first = candidate;
        }
        if (validator.problems(candidate, at).isEmpty()) {
          return candidate;
        }
        JsonNode separated = separator.separated(candidate, at, keyword, i);
        if (validator.problems(separated, at).isEmpty()) {
          return separated;
        }
      }
    }
    return first == null ? NODES.nullNode() : first;
  }

  /**
   * The value of one alternative, on top of the properties the union's own schema declares: an
   * alternative may be only a constraint on them ({@code required: [title, category]}, as in
   * ReadMe's createDoc), with no type of its own to synthesize from.
   */
  private JsonNode withBase(
      JsonNode union, String at, String alternative, int depth, boolean full) {
    ObjectShape shared = ObjectShape.of(description, at);
    if (!union.has("properties") && shared.required().isEmpty()) {
      return synthesize(alternative, depth + 1, full);
    }
    ObjectNode merged =
        union.has("properties") ? (ObjectNode) object(union, at, depth, full) : NODES.objectNode();
    ObjectShape own = ObjectShape.of(description, alternative);
    if (!own.properties().isEmpty()
        || description.resolve(description.at(alternative)).has("type")) {
      JsonNode value = synthesize(alternative, depth + 1, full);
      if (!(value instanceof ObjectNode object)) {
        return value;
      }
      merged.setAll(object);
    }
    // Names the union requires of every alternative (Lob's resource proofs) and names the
    // alternative requires of the union's properties.
    Set<String> required = new LinkedHashSet<>(own.required());
    required.addAll(shared.required());
    for (String name : required) {
      if (!merged.has(name)) {
        String property = own.properties().getOrDefault(name, shared.properties().get(name));
        merged.set(
            name, property == null ? NODES.textNode("a") : synthesize(property, depth + 1, false));
      }
    }
    return merged;
  }

  /**
   * A union chosen by discriminator must carry the value that selects the chosen alternative. The
   * discriminator is the union's own, else one an {@code allOf} part of the alternative declares
   * (the "embedded" form, where {@code Cat} is {@code allOf: [Pet, ...]} and {@code Pet} names the
   * property).
   */
  private JsonNode withDiscriminator(JsonNode union, JsonNode alternative, JsonNode value) {
    JsonNode discriminator = union.path("discriminator");
    if (!discriminator.has("propertyName")) {
      discriminator = embeddedDiscriminator(description.resolve(alternative));
    }
    String property = discriminator.path("propertyName").asText("");
    if (property.isEmpty() || !(value instanceof ObjectNode object)) {
      return value;
    }
    String ref = alternative.path("$ref").asText("");
    Iterator<Map.Entry<String, JsonNode>> mapping =
        discriminator.path("mapping").properties().iterator();
    while (mapping.hasNext()) {
      Map.Entry<String, JsonNode> entry = mapping.next();
      if (entry.getValue().asText().equals(ref)) {
        object.put(property, entry.getKey());
        return object;
      }
    }
    if (!ref.isEmpty()) {
      object.put(property, ref.substring(ref.lastIndexOf('/') + 1));
    }
    return object;
  }

  private JsonNode embeddedDiscriminator(JsonNode schema) {
    for (JsonNode part : schema.path("allOf")) {
      JsonNode discriminator = description.resolve(part).path("discriminator");
      if (discriminator.has("propertyName")) {
        return discriminator;
      }
    }
    return schema.path("discriminator");
  }

  /**
   * The merged parts of an {@code allOf} with every name some part requires: a part may require a
   * property that another part declares, and the part that declares it left it out as optional.
   */
  private JsonNode withRequired(ObjectNode merged, String at, int depth) {
    ObjectShape shape = ObjectShape.of(description, at);
    for (String name : shape.required()) {
      String property = shape.properties().get(name);
      if (property != null
          && (!merged.has(name) || !validator.problems(merged.get(name), property).isEmpty())) {
        merged.set(name, synthesize(property, depth + 1, false));
      }
    }
    return merged;
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

  private JsonNode object(JsonNode schema, String at, int depth, boolean full) {
    ObjectNode object = NODES.objectNode();
    JsonNode properties = schema.path("properties");
    for (JsonNode name : schema.path("required")) {
      String key = name.asText();
      object.set(
          key,
          properties.has(key)
              ? synthesize(at + "/properties/" + ApiDescription.token(key), depth + 1, false)
              : NODES.textNode("a"));
    }
    if (depth < MAX_DEPTH) {
      Iterator<String> names = properties.fieldNames();
      while (names.hasNext()) {
        String key = names.next();
        JsonNode property = description.resolve(properties.get(key));
        if (!object.has(key) && !property.path("readOnly").asBoolean(false)) {
          String pointer = at + "/properties/" + ApiDescription.token(key);
          JsonNode value = synthesize(pointer, depth + 1, false);
          // An optional property is left out rather than sent with a value its schema rejects
          // (a oneOf whose alternatives all accept every string admits none).
          if (!validator.problems(value, pointer).isEmpty()) {
            continue;
          }
          object.set(key, value);
          if (!full) {
            break;
          }
        }
      }
    }
    JsonNode additional = schema.get("additionalProperties");
    if (object.isEmpty() && additional != null && additional.isObject() && depth < MAX_DEPTH) {
      object.set("key", synthesize(at + "/additionalProperties", depth + 1, false));
    }
    return object;
  }

  private JsonNode array(JsonNode schema, String at, int depth) {
    ArrayNode array = NODES.arrayNode();
    int count = Math.max(1, schema.path("minItems").asInt(0));
    if (depth >= MAX_DEPTH && !schema.has("minItems")) {
      return array;
    }
    JsonNode item = synthesize(at + "/items", depth + 1, false);
    for (int i = 0; i < count; i++) {
      array.add(i == 0 ? item : variant(item, i, at + "/items"));
    }
    return array;
  }

  /**
   * The {@code i}th item after the first: a different value where the items schema still accepts
   * it, since {@code uniqueItems} rejects repeats (Discord's bulk delete wants two distinct ids).
   */
  private JsonNode variant(JsonNode item, int i, String itemsPointer) {
    List<JsonNode> candidates = new ArrayList<>();
    if (item.isIntegralNumber()) {
      candidates.add(NODES.numberNode(item.bigIntegerValue().add(BigInteger.valueOf(i))));
    } else if (item.isTextual()) {
      // Appended first; prepended for patterns that fix the start of a number ("0" -> "10").
      candidates.add(NODES.textNode(item.asText() + i));
      candidates.add(NODES.textNode(i + item.asText()));
    }
    for (JsonNode changed : candidates) {
      if (validator.problems(changed, itemsPointer).isEmpty()) {
        return changed;
      }
    }
    return item;
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
    int min = schema.path("minLength").asInt(0);
    int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
    if (!pattern.isEmpty() && !matches(pattern, value)) {
      Optional<String> example =
          PatternExample.of(pattern, min)
              .filter(text -> text.codePointCount(0, text.length()) <= max);
      if (example.isPresent()) {
        return example.get();
      }
      for (String candidate : STRING_CANDIDATES) {
        if (matches(pattern, candidate)) {
          value = candidate;
          break;
        }
      }
    }
    StringBuilder padded = new StringBuilder(value);
    while (padded.length() < min) {
      padded.append('a');
    }
    return padded.length() > max ? padded.substring(0, max) : padded.toString();
  }

  private static boolean matches(String pattern, String value) {
    try {
      return Pattern.compile(EcmaPattern.inJavaSyntax(pattern)).matcher(value).find();
    } catch (PatternSyntaxException e) {
      return false;
    }
  }
}
