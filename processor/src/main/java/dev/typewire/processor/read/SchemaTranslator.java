package dev.typewire.processor.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.typewire.processor.diag.Diagnostics;
import dev.typewire.processor.diag.JsonPointer;
import dev.typewire.processor.model.Constraints;
import dev.typewire.processor.model.EnumType;
import dev.typewire.processor.model.ObjectType;
import dev.typewire.processor.model.Property;
import dev.typewire.processor.model.TypeDecl;
import dev.typewire.processor.model.TypeRef;
import dev.typewire.processor.model.TypeRef.Scalar;
import dev.typewire.processor.model.UnionType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Translates JSON Schemas into {@link TypeRef}s, declaring a record or enum for every object or
 * enum schema it meets. Component schemas keep their names; inline ones are named from their place
 * ({@code Chat} property {@code ai_metadata} gives {@code ChatAiMetadata}).
 */
final class SchemaTranslator {

  /**
   * How deeply schemas may nest, counting inline nesting and every {@code $ref} followed to a
   * schema that is not a named component. The parser bounds one document's nesting, but a chain of
   * refs can nest without bound; this keeps the reader (and the emitters walking its types) far
   * from a stack overflow. Real schemas stay well below it.
   */
  static final int MAX_NESTING = 64;

  /** What a value Typewire cannot type becomes, as warnings say it. */
  private static final String AS_JSON = "the value is generated as a JsonNode";

  private final RefResolver refs;
  private final Diagnostics diagnostics;
  private final SchemaChecks checks;
  private final ConstraintReader constraints;
  private final Map<String, String> componentNames = new LinkedHashMap<>();

  /**
   * The class declared for each schema node, by pointer. A node reached again (through a $ref into
   * it, or an allOf cycle back to it) is the same type: declaring it anew each time would multiply
   * classes, exponentially when a schema reaches itself by two paths (found by fuzzing).
   */
  private final Map<String, String> declaredAt = new HashMap<>();

  private final ClassNames classNames;
  private final NameMappings mappings;

  private final Map<String, TypeDecl> declarations = new LinkedHashMap<>();
  private final Set<String> aliasesInProgress = new HashSet<>();
  private int nesting;

  /**
   * Depth errors already reported: every component on a long chain reaches the limit at a node of
   * its own, and one error per chain is enough to find it.
   */
  private boolean nestingReported;

  private boolean allOfNestingReported;

  /**
   * Names a record's generated code gives its own members: a builder's factory and copy method, and
   * the local its copy method fills.
   */
  static final Set<String> RECORD_MEMBERS = Set.of("builder", "toBuilder");

  SchemaTranslator(
      RefResolver refs, Diagnostics diagnostics, ClassNames classNames, NameMappings mappings) {
    this.refs = refs;
    this.diagnostics = diagnostics;
    this.checks = new SchemaChecks(diagnostics);
    this.classNames = classNames;
    this.mappings = mappings;
    this.constraints = new ConstraintReader(diagnostics);
  }

  /**
   * Names every component schema before any is declared, so refs resolve regardless of order. Names
   * pinned by the user come first; then the components whose name already is the class name ({@code
   * ChatType}), then the others alphabetically: one that clashes ({@code chat_type}) takes its own
   * spelling ({@code Chat_type}) if free, else a suffix from its name's hash.
   */
  void nameComponents(JsonNode schemas) {
    if (schemas == null) {
      return;
    }
    List<String> automatic = new ArrayList<>();
    for (Map.Entry<String, JsonNode> component : schemas.properties()) {
      String key = component.getKey();
      String pointer = componentPointer(key);
      diagnostics.workingAt(pointer);
      if (!SchemaShapes.declaresType(component.getValue()) || wrapsScalar(component.getValue())) {
        continue;
      }
      NameMappings.Pin pin = mappings.at(pointer);
      if (pin != null
          && classNames.pin(
              pin.name(),
              "component '" + key + "'",
              pointer,
              "names entry \"" + pin.entry() + "\"")) {
        componentNames.put(key, pin.name());
      } else {
        automatic.add(key);
      }
    }
    automatic.sort(
        Comparator.comparing((String key) -> !JavaNames.upperCamel(key).equals(key))
            .thenComparing(Comparator.naturalOrder()));
    for (String key : automatic) {
      String javaName = JavaNames.upperCamel(key);
      String spelled =
          key.isEmpty() ? javaName : Character.toUpperCase(key.charAt(0)) + key.substring(1);
      componentNames.put(
          key,
          classNames.claim(
              javaName,
              List.of(spelled),
              key,
              "the class of component '" + key + "'",
              componentPointer(key)));
    }
  }

  /** Declares every component named by {@link #nameComponents}, in the document's order. */
  void declareComponents(JsonNode schemas) {
    if (schemas == null) {
      return;
    }
    for (Map.Entry<String, JsonNode> component : schemas.properties()) {
      String pointer = componentPointer(component.getKey());
      // Checked even when unused or not a class of its own, so its mistakes are not hidden.
      checks.check(component.getValue(), pointer);
      String name = componentNames.get(component.getKey());
      if (name != null) {
        declaredAt.put(pointer, name);
        declare(name, component.getValue(), pointer);
      }
    }
  }

  private static String componentPointer(String key) {
    return JsonPointer.child("#/components/schemas", key);
  }

  List<TypeDecl> declarations() {
    return List.copyOf(declarations.values());
  }

  TypeDecl declaration(String javaName) {
    return declarations.get(javaName);
  }

  void replace(ObjectType type) {
    declarations.put(type.javaName(), type);
  }

  /**
   * The validation keywords of a schema already translated to {@code type}, its array items'
   * included; see {@link ConstraintReader}. A {@code $ref} to a shared string or array schema (a
   * {@code Username} used in many places) carries its target's rules; rules written beside the ref
   * override them keyword by keyword.
   */
  Constraints constraints(JsonNode schema, String pointer, TypeRef type) {
    Constraints own = constraints.read(schema, pointer);
    constraints.warnUnchecked(own, type, pointer);
    JsonNode items = schema.get("items");
    if (type instanceof TypeRef.ListOf list && items != null && items.isObject()) {
      Constraints itemRules = constraints(items, JsonPointer.child(pointer, "items"), list.items());
      own = itemRules.equals(Constraints.NONE) ? own : own.withItems(itemRules);
    }
    if (!schema.has("$ref")
        || !(type instanceof TypeRef.Primitive || type instanceof TypeRef.ListOf)) {
      return own;
    }
    // typeOf followed this ref without error (a broken one gives AnyJson), so this reports nothing.
    RefResolver.Resolved target = refs.resolve(schema, pointer, "schemas", AS_JSON);
    return target == null ? own : own.orElse(constraints(target.node(), target.pointer(), type));
  }

  /** Translates a schema used in place: a property, parameter, body or response. */
  Typed typeOf(JsonNode schema, String pointer, String nameHint) {
    diagnostics.workingAt(pointer);
    if (nesting >= MAX_NESTING) {
      if (nestingReported) {
        return new Typed(new TypeRef.AnyJson(), true, false);
      }
      nestingReported = true;
      diagnostics.error(
          "TW-DEPTH",
          pointer,
          "schemas nest more than "
              + MAX_NESTING
              + " levels deep here (inline schemas and $refs counted together); a description"
              + " this deep is refused, to bound the processor's time and memory");
      return new Typed(new TypeRef.AnyJson(), true, false);
    }
    nesting++;
    try {
      return translate(schema, pointer, nameHint);
    } finally {
      nesting--;
    }
  }

  private Typed translate(JsonNode schema, String pointer, String nameHint) {
    if (schema == null || !schema.isObject()) {
      if (schema != null && !schema.isBoolean()) {
        diagnostics.warning(
            "TW-SCHEMA",
            pointer,
            "a schema must be an object, found " + schema.getNodeType() + "; " + AS_JSON);
      }
      return new Typed(new TypeRef.AnyJson(), true, false);
    }
    if (schema.has("$ref")) {
      return referenced(schema, pointer, nameHint);
    }
    checks.check(schema, pointer);
    int index = SchemaShapes.wrappedPartIndex(schema);
    if (index >= 0 && !declaredAt.containsKey(pointer)) {
      JsonNode wrapped = schema.get("allOf").get(index);
      Typed target =
          typeOf(wrapped, JsonPointer.child(JsonPointer.child(pointer, "allOf"), index), nameHint);
      return target.nullable(target.nullable() || SchemaShapes.wrapperAdmitsNull(schema));
    }
    Typed union = nullableUnion(schema, pointer, nameHint);
    if (union != null) {
      return union;
    }
    if (SchemaShapes.declaresType(schema)) {
      String name = declaredAt.get(pointer);
      if (name == null) {
        name = classNames.quietly(JavaNames.upperCamel(nameHint), "an inline schema", pointer);
        declaredAt.put(pointer, name);
        declare(name, schema, pointer);
      }
      return new Typed(new TypeRef.Named(name), SchemaShapes.admitsNull(schema), false);
    }
    return structural(schema, pointer, nameHint);
  }

  /**
   * The referenced schema's type. It admits null when the target does (a 3.0 component with {@code
   * nullable: true}) or when the reference says so beside it (3.1 allows siblings of {@code $ref},
   * and 3.0 descriptions use them too).
   */
  private Typed referenced(JsonNode schema, String pointer, String nameHint) {
    String component = RefResolver.componentName(schema, "schemas");
    if (component != null && componentNames.containsKey(component)) {
      RefResolver.Resolved target = refs.resolve(schema, pointer, "schemas", AS_JSON);
      boolean nullable =
          SchemaShapes.admitsNull(schema)
              || (target != null && SchemaShapes.admitsNull(target.node()));
      return new Typed(new TypeRef.Named(componentNames.get(component)), nullable, false);
    }
    RefResolver.Resolved target = refs.resolve(schema, pointer, "schemas", AS_JSON);
    if (target == null) {
      return new Typed(new TypeRef.AnyJson(), true, false);
    }
    if (!aliasesInProgress.add(target.pointer())) {
      diagnostics.error(
          "TW-REF-CYCLE", pointer, "schema refers to itself without an object in between");
      return new Typed(new TypeRef.AnyJson(), true, false);
    }
    try {
      Typed typed = typeOf(target.node(), target.pointer(), nameHint);
      return typed.nullable(typed.nullable() || SchemaShapes.admitsNull(schema));
    } finally {
      aliasesInProgress.remove(target.pointer());
    }
  }

  /**
   * {@code anyOf}/{@code oneOf}: one schema and {@code {type: null}} is a nullable value; several
   * schemas are a union, declared as its own type. A schema that also declares properties stays a
   * record: its {@code oneOf} then usually only says which properties go together.
   */
  private Typed nullableUnion(JsonNode schema, String pointer, String nameHint) {
    String keyword = SchemaShapes.unionKeyword(schema);
    if (keyword == null || SchemaShapes.constUnionKeyword(schema) != null) {
      return null;
    }
    JsonNode options = schema.get(keyword);
    String optionsPointer = JsonPointer.child(pointer, keyword);
    if (!options.isArray() || options.isEmpty()) {
      diagnostics.warning(
          "TW-SCHEMA",
          optionsPointer,
          keyword + " must be a non-empty array; it is ignored and " + AS_JSON);
      return new Typed(new TypeRef.AnyJson(), true, false);
    }
    List<Integer> nonNull = SchemaShapes.nonNullOptions(options);
    boolean hasNull = SchemaShapes.admitsNull(schema);
    if (nonNull.size() == 1) {
      int index = nonNull.get(0);
      Typed inner = typeOf(options.get(index), JsonPointer.child(optionsPointer, index), nameHint);
      return inner.nullable(inner.nullable() || hasNull);
    }
    if (nonNull.isEmpty()) {
      return new Typed(new TypeRef.AnyJson(), true, false);
    }
    String name = declaredAt.get(pointer);
    if (name == null) {
      name = classNames.quietly(JavaNames.upperCamel(nameHint), "an inline schema", pointer);
      declaredAt.put(pointer, name);
      declarations.put(name, null);
      declarations.put(name, unionType(name, schema, pointer));
    }
    return new Typed(new TypeRef.Named(name), hasNull, false);
  }

  private UnionType unionType(String name, JsonNode schema, String pointer) {
    String keyword = SchemaShapes.unionKeyword(schema);
    JsonNode options = schema.get(keyword);
    String optionsPointer = JsonPointer.child(pointer, keyword);
    JsonNode discriminatorNode = schema.get("discriminator");
    String discriminator =
        discriminatorNode == null ? null : discriminatorNode.path("propertyName").asText(null);
    Map<String, List<String>> tagsByRef = discriminatorTags(discriminatorNode);
    List<UnionType.Variant> variants = new ArrayList<>();
    Set<TypeRef> seen = new HashSet<>();
    Set<String> wrapperNames =
        new HashSet<>(
            List.of("Unknown", "Decoder", "Fit", "UnionUnknown", "UnionDecoder", "UnionFit", name));
    for (int index : SchemaShapes.nonNullOptions(options)) {
      JsonNode option = options.get(index);
      String optionPointer = JsonPointer.child(optionsPointer, index);
      String title = option.path("title").asText("");
      String hint = name + (title.isBlank() ? "Option" + (index + 1) : JavaNames.upperCamel(title));
      TypeRef type = typeOf(option, optionPointer, hint).type();
      if (!seen.add(type)) {
        continue;
      }
      List<String> tags = new ArrayList<>();
      if (discriminator != null) {
        String ref = option.path("$ref").asText(null);
        if (ref != null) {
          tags.addAll(tagsByRef.getOrDefault(ref, List.of()));
          String component = RefResolver.componentName(option, "schemas");
          if (tags.isEmpty() && component != null) {
            tags.add(component);
          }
        }
      }
      variants.add(
          new UnionType.Variant(
              type, JavaNames.distinct(wrapperName(type), wrapperNames), List.copyOf(tags)));
    }
    return new UnionType(
        name, pointer, SchemaDocs.docs(schema), List.copyOf(variants), discriminator);
  }

  /** The discriminator's mapping inverted: each target ref to the values that name it. */
  private static Map<String, List<String>> discriminatorTags(JsonNode discriminator) {
    Map<String, List<String>> tags = new LinkedHashMap<>();
    JsonNode mapping = discriminator == null ? null : discriminator.get("mapping");
    if (mapping != null && mapping.isObject()) {
      for (Map.Entry<String, JsonNode> entry : mapping.properties()) {
        String target = entry.getValue().asText("");
        // A bare name stands for the component schema of that name.
        String ref = target.contains("/") || target.startsWith("#") ? target : null;
        tags.computeIfAbsent(
                ref == null ? "#/components/schemas/" + target : ref, k -> new ArrayList<>())
            .add(entry.getKey());
      }
    }
    return tags;
  }

  /** The name of the record wrapping a variant that is not an object record. */
  private static String wrapperName(TypeRef type) {
    if (type instanceof TypeRef.Primitive primitive) {
      return JavaNames.upperCamel(primitive.scalar().name().toLowerCase(java.util.Locale.ROOT))
          + "Value";
    }
    if (type instanceof TypeRef.Named named) {
      return named.javaName() + "Value";
    }
    if (type instanceof TypeRef.ListOf) {
      return "ListValue";
    }
    if (type instanceof TypeRef.MapOf) {
      return "MapValue";
    }
    return "JsonValue";
  }

  private Typed structural(JsonNode schema, String pointer, String nameHint) {
    Set<String> types = SchemaShapes.typeNames(schema);
    boolean nullable = SchemaShapes.admitsNull(schema);
    types.remove("null");
    if (types.size() > 1) {
      return new Typed(new TypeRef.AnyJson(), nullable, false);
    }
    String type = types.isEmpty() ? SchemaShapes.inferType(schema) : types.iterator().next();
    checks.checkFormat(type, schema, pointer);
    String format = schema.path("format").asText("");
    return switch (type) {
      case "array" -> {
        JsonNode items = schema.get("items");
        TypeRef itemType =
            items == null
                ? new TypeRef.AnyJson()
                : typeOf(items, JsonPointer.child(pointer, "items"), nameHint + "Item").type();
        yield new Typed(new TypeRef.ListOf(itemType), nullable, false);
      }
      case "object" -> new Typed(mapOrAny(schema, pointer, nameHint), nullable, false);
      case "string" -> ScalarTypes.stringType(format, nullable);
      case "integer" -> new Typed(ScalarTypes.integerType(schema, format), nullable, false);
      case "number" ->
          new Typed(
              TypeRef.of("decimal".equals(format) ? Scalar.BIG_DECIMAL : Scalar.DOUBLE),
              nullable,
              false);
      case "boolean" -> new Typed(TypeRef.of(Scalar.BOOLEAN), nullable, false);
      default -> new Typed(new TypeRef.AnyJson(), true, false);
    };
  }

  private TypeRef mapOrAny(JsonNode schema, String pointer, String nameHint) {
    JsonNode additional = schema.get("additionalProperties");
    if (additional != null && additional.isObject() && !additional.isEmpty()) {
      return new TypeRef.MapOf(
          typeOf(additional, JsonPointer.child(pointer, "additionalProperties"), nameHint + "Value")
              .type());
    }
    return new TypeRef.AnyJson();
  }

  /**
   * An allOf that wraps a reference to a scalar, to describe or narrow it ({@code allOf: [{$ref:
   * city}, {type: string, maxLength: 200}]}): the value is that scalar, not a type of its own.
   */
  private boolean wrapsScalar(JsonNode schema) {
    JsonNode current = schema;
    // A chain of such wrappers ends at a scalar or an enum; the bound stops a cycle of them.
    for (int hop = 0; hop < 16; hop++) {
      int index = SchemaShapes.wrappedPartIndex(current);
      if (index < 0) {
        return false;
      }
      JsonNode target = refs.peek(current.get("allOf").get(index));
      if (target == null
          || SchemaShapes.typeNames(target).contains("object")
          || target.has("properties")
          || (SchemaShapes.unionKeyword(target) != null
              && SchemaShapes.constUnionKeyword(target) == null)) {
        return false;
      }
      if (target.has("enum")
          || SchemaShapes.constUnionKeyword(target) != null
          || !SchemaShapes.declaresType(target)) {
        return true;
      }
      current = target;
    }
    return false;
  }

  private void declare(String name, JsonNode schema, String pointer) {
    // Reserve the slot first: a record may refer to itself through its properties.
    declarations.put(name, null);
    if (SchemaShapes.constUnionKeyword(schema) != null && !schema.has("enum")) {
      declarations.put(name, new EnumReader(diagnostics).readConstUnion(name, schema, pointer));
    } else if (SchemaShapes.unionKeyword(schema) != null && !schema.has("enum")) {
      declarations.put(name, unionType(name, schema, pointer));
    } else if (schema.has("enum")) {
      declarations.put(name, enumType(name, schema, pointer));
    } else {
      declarations.put(name, objectType(name, schema, pointer));
    }
  }

  private EnumType enumType(String name, JsonNode schema, String pointer) {
    return new EnumReader(diagnostics).read(name, schema, pointer);
  }

  private ObjectType objectType(String name, JsonNode schema, String pointer) {
    Map<String, PropertySource> properties = new LinkedHashMap<>();
    Set<String> required = new LinkedHashSet<>();
    collectProperties(schema, pointer, properties, required, new HashSet<>(), new HashSet<>());
    for (String key : required) {
      // Required but never described: the key must still be sent, with any value, so it is a
      // property of its own rather than lost.
      properties.putIfAbsent(
          key,
          new PropertySource(
              JsonNodeFactory.instance.objectNode(), JsonPointer.child(pointer, "required")));
    }
    List<Property> result = new ArrayList<>();
    Map<String, NameMappings.Pin> pins = new LinkedHashMap<>();
    properties.forEach(
        (wire, source) -> {
          NameMappings.Pin pin = mappings.at(source.pointer());
          if (pin != null) {
            pins.put(wire, pin);
          }
        });
    Map<String, String> javaNames =
        JavaNames.memberNames(
            properties.keySet(),
            RECORD_MEMBERS,
            NameMappings.members(pins, RECORD_MEMBERS, "record " + name, diagnostics));
    for (Map.Entry<String, PropertySource> entry : properties.entrySet()) {
      String wireName = entry.getKey();
      PropertySource source = entry.getValue();
      Typed typed =
          typeOf(source.schema(), source.pointer(), name + JavaNames.upperCamel(wireName));
      boolean isRequired = required.contains(wireName);
      result.add(
          new Property(
              wireName,
              javaNames.get(wireName),
              typed.type(),
              isRequired,
              typed.nullable(),
              typed.stringEncoded(),
              source.schema().path("readOnly").asBoolean(false),
              source.schema().path("writeOnly").asBoolean(false),
              SchemaDocs.docs(source.schema()),
              constraints(source.schema(), source.pointer(), typed.type()),
              source.schema().path("format").asText("").equals("password")));
    }
    TypeRef additional = null;
    JsonNode additionalSchema = schema.get("additionalProperties");
    if (additionalSchema != null && additionalSchema.asBoolean(false) && !result.isEmpty()) {
      additional = new TypeRef.AnyJson();
    } else if (additionalSchema != null && additionalSchema.isObject() && !result.isEmpty()) {
      additional =
          typeOf(
                  additionalSchema,
                  JsonPointer.child(pointer, "additionalProperties"),
                  name + "Value")
              .type();
    }
    return new ObjectType(name, pointer, SchemaDocs.docs(schema), result, additional, false);
  }

  private record PropertySource(JsonNode schema, String pointer) {}

  /** Gathers properties from the schema and, merged in order, from every {@code allOf} part. */
  private void collectProperties(
      JsonNode schema,
      String pointer,
      Map<String, PropertySource> properties,
      Set<String> required,
      Set<String> visiting,
      Set<String> done) {
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
    if (visiting.size() >= MAX_NESTING) {
      if (allOfNestingReported) {
        return;
      }
      allOfNestingReported = true;
      diagnostics.error(
          "TW-DEPTH",
          pointer,
          "allOf nests more than "
              + MAX_NESTING
              + " levels deep; a description this deep is refused, to bound the processor's time"
              + " and memory");
      return;
    }
    visiting.add(pointer);
    checks.check(schema, pointer);
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
            collectProperties(part.node(), part.pointer(), properties, required, visiting, done);
          }
        }
      }
    }
    JsonNode declared = schema.get("properties");
    String propertiesPointer = JsonPointer.child(pointer, "properties");
    // A properties that is not an object was reported by SchemaChecks.
    if (declared != null && declared.isObject()) {
      for (Map.Entry<String, JsonNode> field : declared.properties()) {
        properties.put(
            field.getKey(),
            new PropertySource(
                field.getValue(), JsonPointer.child(propertiesPointer, field.getKey())));
      }
    }
    JsonNode requiredNode = schema.get("required");
    if (requiredNode != null && requiredNode.isArray()) {
      requiredNode.forEach(value -> required.add(value.asText()));
    }
    visiting.remove(pointer);
    done.add(pointer);
  }
}
