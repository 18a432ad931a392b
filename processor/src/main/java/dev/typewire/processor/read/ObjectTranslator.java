package dev.typewire.processor.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.typewire.processor.diag.Diagnostics;
import dev.typewire.processor.diag.JsonPointer;
import dev.typewire.processor.model.Constraints;
import dev.typewire.processor.model.Docs;
import dev.typewire.processor.model.ObjectType;
import dev.typewire.processor.model.Property;
import dev.typewire.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Translates an object schema into an {@link ObjectType}: its properties and those of every {@code
 * allOf} part, merged in order, and its {@code additionalProperties}.
 */
final class ObjectTranslator {

  /**
   * Names a record's generated code gives its own members: a builder's factory and copy method, and
   * the local its copy method fills.
   */
  static final Set<String> RECORD_MEMBERS = Set.of("builder", "toBuilder");

  private final SchemaTranslator schemas;
  private final SchemaNormalizer normalizer;
  private final RefResolver refs;
  private final Diagnostics diagnostics;
  private final SchemaChecks checks;
  private final NameMappings mappings;
  private final PropertyIntersection intersection;
  private boolean allOfNestingReported;

  ObjectTranslator(
      SchemaTranslator schemas,
      SchemaNormalizer normalizer,
      RefResolver refs,
      Diagnostics diagnostics,
      SchemaChecks checks,
      NameMappings mappings) {
    this.schemas = schemas;
    this.normalizer = normalizer;
    this.refs = refs;
    this.diagnostics = diagnostics;
    this.checks = checks;
    this.mappings = mappings;
    this.intersection = new PropertyIntersection(schemas::declaration);
  }

  ObjectType object(String name, NormalizedSchema normalized, String pointer) {
    JsonNode schema = normalized.node();
    Gathering gathered = new Gathering(null);
    collect(schema, pointer, gathered);
    return record(name, pointer, normalized.docs(), schema, gathered.properties, gathered.required);
  }

  /**
   * A variant of a union that declares properties beside its alternatives: those properties, then
   * the alternative's, merged as an {@code allOf} of the two would be.
   */
  ObjectType merged(
      String name, JsonNode union, String unionPointer, JsonNode option, String optionPointer) {
    Gathering gathered = new Gathering(unionPointer);
    collect(union, unionPointer, gathered);
    RefResolver.Resolved alternative =
        refs.resolve(
            option,
            optionPointer,
            "schemas",
            "the variant has only the properties declared beside the alternatives");
    JsonNode own = alternative == null ? union : alternative.node();
    if (alternative != null) {
      collect(own, alternative.pointer(), gathered);
    }
    return record(
        name,
        optionPointer,
        normalizer.normalize(own).docs(),
        own,
        gathered.properties,
        gathered.required);
  }

  private ObjectType record(
      String name,
      String pointer,
      Docs docs,
      JsonNode schema,
      Map<String, List<PropertySource>> properties,
      Set<String> required) {
    for (String key : required) {
      // Required but never described: the key must still be sent, with any value, so it is a
      // property of its own rather than lost.
      properties.putIfAbsent(
          key,
          List.of(
              new PropertySource(
                  JsonNodeFactory.instance.objectNode(), JsonPointer.child(pointer, "required"))));
    }
    Map<String, String> javaNames = javaNames(name, properties);
    List<Property> result = new ArrayList<>();
    for (Map.Entry<String, List<PropertySource>> entry : properties.entrySet()) {
      String wireName = entry.getKey();
      result.add(
          property(
              wireName,
              javaNames.get(wireName),
              entry.getValue(),
              required.contains(wireName),
              name + JavaNames.upperCamel(wireName)));
    }
    return new ObjectType(
        name, pointer, docs, result, additional(name, schema, pointer, result), false);
  }

  private Map<String, String> javaNames(String name, Map<String, List<PropertySource>> properties) {
    Map<String, NameMappings.Pin> pins = new LinkedHashMap<>();
    properties.forEach(
        (wire, sources) -> {
          NameMappings.Pin pin = mappings.at(last(sources).pointer());
          if (pin != null) {
            pins.put(wire, pin);
          }
        });
    return JavaNames.memberNames(
        properties.keySet(),
        RECORD_MEMBERS,
        NameMappings.members(pins, RECORD_MEMBERS, "record " + name, diagnostics));
  }

  /**
   * One property from its definitions in the schema and its {@code allOf} parts, in order. The last
   * definition that gives a type decides it; earlier ones that give a type through a ref or a plain
   * schema must agree with it ({@link PropertyIntersection}), else the property is a JsonNode and a
   * warning says why. Earlier inline records and enums are not merged: the later definition
   * restates them. Rules written in several parts all apply, the later first.
   */
  private Property property(
      String wireName,
      String javaName,
      List<PropertySource> sources,
      boolean required,
      String hint) {
    boolean readOnly = false;
    boolean writeOnly = false;
    boolean secret = false;
    PropertySource primary = null;
    for (PropertySource source : sources) {
      NormalizedSchema normalized = normalizer.normalize(source.schema());
      readOnly |= normalized.readOnly();
      writeOnly |= normalized.writeOnly();
      secret |= "password".equals(normalized.format());
      if (!annotatesOnly(normalized)) {
        primary = source;
      }
    }
    primary = primary == null ? last(sources) : primary;
    Typed typed = schemas.typeOf(primary.schema(), primary.pointer(), hint);
    Constraints rules = schemas.constraints(primary.schema(), primary.pointer(), typed.type());
    for (int i = sources.indexOf(primary) - 1; i >= 0 && typed != null; i--) {
      PropertySource earlier = sources.get(i);
      NormalizedSchema normalized = normalizer.normalize(earlier.schema());
      if (annotatesOnly(normalized) || isInlineType(normalized)) {
        continue;
      }
      Typed own = schemas.typeOf(earlier.schema(), earlier.pointer(), hint);
      Typed both = intersection.of(own, typed);
      if (both == null) {
        diagnostics.warning(
            "TW-ALLOF-CONFLICT",
            primary.pointer(),
            "property '"
                + wireName
                + "' is defined here and at "
                + earlier.pointer()
                + " with types no value can have both of; it is generated as a JsonNode, which"
                + " decodes whatever the server sends");
        typed = new Typed(new TypeRef.AnyJson(), true, false);
        rules = Constraints.NONE;
        break;
      }
      typed = both;
      rules = rules.orElse(schemas.constraints(earlier.schema(), earlier.pointer(), own.type()));
    }
    return new Property(
        wireName,
        javaName,
        typed.type(),
        required,
        typed.nullable(),
        typed.stringEncoded(),
        readOnly,
        writeOnly,
        normalizer.normalize(last(sources).schema()).docs(),
        rules,
        secret);
  }

  /** A definition that only documents ({@code {description: ...}}): it says nothing of the type. */
  private static boolean annotatesOnly(NormalizedSchema normalized) {
    JsonNode node = normalized.node();
    return normalized.form() == NormalizedSchema.Form.STRUCTURAL
        && normalized.types().isEmpty()
        && SchemaShapes.inferType(node).equals("any")
        && !node.has("enum")
        && !node.has("const")
        && !node.has("format");
  }

  /** An inline record, enum or union: declared as a type of its own where it is written. */
  private static boolean isInlineType(NormalizedSchema normalized) {
    return normalized.form() != NormalizedSchema.Form.REF && normalized.declaresType();
  }

  private static PropertySource last(List<PropertySource> sources) {
    return sources.get(sources.size() - 1);
  }

  private TypeRef additional(String name, JsonNode schema, String pointer, List<Property> result) {
    JsonNode additionalSchema = schema.get("additionalProperties");
    if (additionalSchema == null || result.isEmpty()) {
      return null;
    }
    if (additionalSchema.asBoolean(false)) {
      return new TypeRef.AnyJson();
    }
    if (additionalSchema.isObject()) {
      return schemas
          .typeOf(
              additionalSchema, JsonPointer.child(pointer, "additionalProperties"), name + "Value")
          .type();
    }
    return null;
  }

  private record PropertySource(JsonNode schema, String pointer) {}

  /**
   * A record holds the properties gathered here; alternatives of a {@code oneOf} or {@code anyOf}
   * beside an {@code allOf} or in an {@code allOf} part have no place in it, so they are named
   * rather than dropped (beside properties alone, they make a union: {@link UnionTranslator}). One
   * alternative beside {@code {type: null}} only makes the value nullable.
   */
  private void reportUnionInRecord(JsonNode schema, String pointer) {
    for (String keyword : List.of("oneOf", "anyOf")) {
      JsonNode options = schema.get(keyword);
      if (options != null
          && (!options.isArray() || SchemaShapes.nonNullOptions(options).size() > 1)) {
        diagnostics.warning(
            "TW-IGNORED-KEYWORD",
            JsonPointer.child(pointer, keyword),
            keyword
                + " beside an allOf or in an allOf part is not generated: the record holds the"
                + " merged properties only, the alternatives' own properties (and a discriminator)"
                + " are ignored");
      }
    }
  }

  /** What a record gathers from its schema and its {@code allOf} parts, and where the walk is. */
  private static final class Gathering {
    final Map<String, List<PropertySource>> properties = new LinkedHashMap<>();
    final Set<String> required = new LinkedHashSet<>();
    final Set<String> visiting = new HashSet<>();
    final Set<String> done = new HashSet<>();

    /**
     * The union whose shared properties are merged into one of its variants, or null: its oneOf is
     * what the variants are made of, not a keyword the record ignores.
     */
    final String mergingUnion;

    Gathering(String mergingUnion) {
      this.mergingUnion = mergingUnion;
    }
  }

  /** Gathers properties from the schema and, merged in order, from every {@code allOf} part. */
  private void collect(JsonNode schema, String pointer, Gathering gathered) {
    Map<String, List<PropertySource>> properties = gathered.properties;
    Set<String> visiting = gathered.visiting;
    Set<String> done = gathered.done;
    diagnostics.workingAt(pointer);
    if (done.contains(pointer)) {
      // Reached again through another allOf branch: merging it twice adds nothing, and walking
      // every path through a diamond of allOfs would take exponential time.
      return;
    }
    if (visiting.contains(pointer)) {
      // The schema's properties are being gathered already: including it again adds nothing.
      diagnostics.warning(
          "TW-ALLOF-CYCLE",
          pointer,
          "allOf includes itself (through "
              + visiting
              + "); the repeated inclusion adds no properties and is skipped");
      return;
    }
    if (visiting.size() >= SchemaTranslator.MAX_NESTING) {
      if (allOfNestingReported) {
        return;
      }
      allOfNestingReported = true;
      diagnostics.error(
          "TW-DEPTH",
          pointer,
          "allOf nests more than "
              + SchemaTranslator.MAX_NESTING
              + " levels deep; a description this deep is refused, to bound the processor's time"
              + " and memory");
      return;
    }
    visiting.add(pointer);
    checks.check(schema, pointer);
    if (!pointer.equals(gathered.mergingUnion)) {
      reportUnionInRecord(schema, pointer);
    }
    JsonNode allOf = schema.get("allOf");
    if (allOf != null) {
      if (!allOf.isArray()) {
        diagnostics.warning(
            "TW-SCHEMA",
            JsonPointer.child(pointer, "allOf"),
            "allOf must be an array; it is ignored and only the schema's own properties are"
                + " generated");
      } else {
        for (int i = 0; i < allOf.size(); i++) {
          String partPointer = JsonPointer.child(JsonPointer.child(pointer, "allOf"), i);
          RefResolver.Resolved part =
              refs.resolve(
                  allOf.get(i),
                  partPointer,
                  "schemas",
                  "this allOf part is skipped and its properties are not generated");
          if (part != null) {
            collect(part.node(), part.pointer(), gathered);
          }
        }
      }
    }
    JsonNode declared = schema.get("properties");
    String propertiesPointer = JsonPointer.child(pointer, "properties");
    // A properties that is not an object was reported by SchemaChecks.
    if (declared != null && declared.isObject()) {
      for (Map.Entry<String, JsonNode> field : declared.properties()) {
        properties
            .computeIfAbsent(field.getKey(), key -> new ArrayList<>())
            .add(
                new PropertySource(
                    field.getValue(), JsonPointer.child(propertiesPointer, field.getKey())));
      }
    }
    JsonNode requiredNode = schema.get("required");
    if (requiredNode != null && requiredNode.isArray()) {
      requiredNode.forEach(value -> gathered.required.add(value.asText()));
    }
    visiting.remove(pointer);
    done.add(pointer);
  }
}
