package dev.typewire.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Proves that a schema admits no value at all, for the few forms where the proof is short: an empty
 * {@code enum}, {@code allOf} parts whose types share no value, a required property that contains
 * itself with no way out (not nullable, no alternative), and what contains those. No proof means
 * only that none was found: the check then reports its failure to find a value as a FAIL.
 */
public final class UnsatisfiableSchema {

  private static final int MAX_DEPTH = 64;

  private final ApiDescription description;

  public UnsatisfiableSchema(ApiDescription description) {
    this.description = description;
  }

  /** Why the schema at {@code pointer} admits no value, when that can be proven. */
  public Optional<String> why(String pointer) {
    return why(pointer, new LinkedHashSet<>());
  }

  private Optional<String> why(String pointer, Set<String> enclosing) {
    JsonNode node = description.at(pointer);
    if (enclosing.size() > MAX_DEPTH || admitsNull(node)) {
      return Optional.empty();
    }
    Endpoint.Located located = Endpoint.locate(description, node, pointer);
    String at = located.pointer();
    JsonNode schema = located.node();
    if (enclosing.contains(at)) {
      return Optional.of(at + " is required inside itself, with no null or alternative to end it");
    }
    if (schema.isBoolean() && !schema.asBoolean()) {
      return Optional.of(at + " is false");
    }
    if (!schema.isObject() || admitsNull(schema)) {
      return Optional.empty();
    }
    if (schema.path("enum").isArray() && schema.get("enum").isEmpty()) {
      return Optional.of(at + " has an empty enum");
    }
    Set<String> inside = new LinkedHashSet<>(enclosing);
    inside.add(at);
    Optional<String> types = disjointTypes(schema, at);
    if (types.isPresent()) {
      return types;
    }
    JsonNode allOf = schema.path("allOf");
    for (int i = 0; i < allOf.size(); i++) {
      Optional<String> part = why(at + "/allOf/" + i, inside);
      if (part.isPresent()) {
        return part;
      }
    }
    for (String union : new String[] {"oneOf", "anyOf"}) {
      JsonNode alternatives = schema.path(union);
      if (alternatives.isArray() && !alternatives.isEmpty()) {
        Optional<String> mapping = danglingMapping(schema, alternatives, at);
        if (mapping.isPresent()) {
          return mapping;
        }
        Optional<String> first = Optional.empty();
        for (int i = 0; i < alternatives.size(); i++) {
          Optional<String> alternative = why(at + "/" + union + "/" + i, inside);
          if (alternative.isEmpty()) {
            return Optional.empty();
          }
          first = first.isPresent() ? first : alternative;
        }
        return Optional.of(
            "every alternative of " + at + "/" + union + " admits none: " + first.get());
      }
    }
    ObjectShape shape = ObjectShape.of(description, at);
    for (String name : shape.required()) {
      String property = shape.properties().get(name);
      if (property != null) {
        Optional<String> required = why(property, inside);
        if (required.isPresent()) {
          return Optional.of("required property '" + name + "' of " + at + ": " + required.get());
        }
      }
    }
    if (schema.path("minItems").asInt(0) > 0 && schema.has("items")) {
      return why(at + "/items", inside).map(items -> "required items of " + at + ": " + items);
    }
    return Optional.empty();
  }

  /**
   * A discriminator that can select no alternative: its mapping names schemas, but every
   * alternative is written inline, so no value names one of them (Lob's resource proofs map to
   * {@code #/components/schemas/0}, an identical copy that is not the alternative). The validator
   * follows the discriminator, as OpenAPI reads it.
   */
  private static Optional<String> danglingMapping(
      JsonNode schema, JsonNode alternatives, String at) {
    JsonNode mapping = schema.path("discriminator").path("mapping");
    if (!mapping.isObject() || mapping.isEmpty()) {
      return Optional.empty();
    }
    for (JsonNode alternative : alternatives) {
      if (alternative.has("$ref")) {
        return Optional.empty();
      }
    }
    return Optional.of(
        "the discriminator of "
            + at
            + " maps its values to named schemas, but every alternative is written inline, so no"
            + " value selects one");
  }

  /** The types an {@code allOf} and its schema declare together, when they share no value. */
  private Optional<String> disjointTypes(JsonNode schema, String at) {
    Set<String> common = types(schema);
    JsonNode allOf = schema.path("allOf");
    for (JsonNode part : allOf) {
      Set<String> declared = types(description.resolve(part));
      if (common == null) {
        common = declared;
      } else if (declared != null) {
        Set<String> both = new HashSet<>();
        for (String type : common) {
          for (String other : declared) {
            String shared = shared(type, other);
            if (shared != null) {
              both.add(shared);
            }
          }
        }
        if (both.isEmpty()) {
          return Optional.of(
              "the allOf parts of "
                  + at
                  + " demand types that share no value: "
                  + common
                  + ", "
                  + declared);
        }
        common = both;
      }
    }
    return Optional.empty();
  }

  private static final Map<String, String> NARROWER = Map.of("integer", "number");

  /** The type two declared types have in common: an integer is a number. */
  private static String shared(String one, String other) {
    if (one.equals(other)) {
      return one;
    }
    if (other.equals(NARROWER.get(one))) {
      return one;
    }
    return one.equals(NARROWER.get(other)) ? other : null;
  }

  /** The declared types, or null when the schema declares none (any type). */
  private static Set<String> types(JsonNode schema) {
    JsonNode type = schema.get("type");
    if (type == null) {
      return null;
    }
    Set<String> types = new HashSet<>();
    if (type.isArray()) {
      type.forEach(each -> types.add(each.asText()));
    } else {
      types.add(type.asText());
    }
    return types;
  }

  /** 3.0 {@code nullable: true} (also beside a {@code $ref}) or a 3.1 type list with null. */
  private static boolean admitsNull(JsonNode node) {
    if (node.path("nullable").asBoolean(false)) {
      return true;
    }
    JsonNode type = node.path("type");
    if (type.isArray()) {
      for (JsonNode each : type) {
        if ("null".equals(each.asText())) {
          return true;
        }
      }
    }
    return "null".equals(type.asText());
  }
}
