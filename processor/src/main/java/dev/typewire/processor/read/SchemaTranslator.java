package dev.typewire.processor.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewire.processor.diag.Diagnostics;
import dev.typewire.processor.diag.JsonPointer;
import dev.typewire.processor.model.Constraints;
import dev.typewire.processor.model.ObjectType;
import dev.typewire.processor.model.TypeDecl;
import dev.typewire.processor.model.TypeRef;
import dev.typewire.processor.model.TypeRef.Scalar;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Translates JSON Schemas into {@link TypeRef}s, declaring a record, enum or union for every schema
 * that is a type of its own. Each node is read once by the {@link SchemaNormalizer} and translated
 * by its {@link NormalizedSchema.Form}; objects and unions have translators of their own. Component
 * schemas keep their names; inline ones are named from their place ({@code Chat} property {@code
 * ai_metadata} gives {@code ChatAiMetadata}).
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
  private final SchemaNormalizer normalizer;
  private final ComponentNames componentNames;
  private final ClassNames classNames;
  private final ObjectTranslator objects;
  private final UnionTranslator unions;

  /**
   * The class declared for each schema node, by pointer. A node reached again (through a $ref into
   * it, or an allOf cycle back to it) is the same type: declaring it anew each time would multiply
   * classes, exponentially when a schema reaches itself by two paths (found by fuzzing).
   */
  private final Map<String, String> declaredAt = new HashMap<>();

  private final Map<String, TypeDecl> declarations = new LinkedHashMap<>();
  private final Set<String> aliasesInProgress = new HashSet<>();
  private final SharedShapes shapes = new SharedShapes();

  /**
   * Inline types referred to (through a $ref to their node) before their declaration was complete:
   * their own parts use their name, so they are never replaced by an earlier identical type.
   */
  private final Set<String> usedWhileDeclared = new HashSet<>();

  private int nesting;

  /**
   * Depth errors already reported: every component on a long chain reaches the limit at a node of
   * its own, and one error per chain is enough to find it.
   */
  private boolean nestingReported;

  SchemaTranslator(
      RefResolver refs, Diagnostics diagnostics, ClassNames classNames, NameMappings mappings) {
    this.refs = refs;
    this.diagnostics = diagnostics;
    this.checks = new SchemaChecks(diagnostics);
    this.classNames = classNames;
    this.constraints = new ConstraintReader(diagnostics);
    this.normalizer = new SchemaNormalizer(refs);
    this.componentNames = new ComponentNames(refs, normalizer, diagnostics, classNames, mappings);
    this.objects = new ObjectTranslator(this, normalizer, refs, diagnostics, checks, mappings);
    this.unions = new UnionTranslator(this);
  }

  /** Names every component schema before any is declared; see {@link ComponentNames}. */
  void nameComponents(JsonNode schemas) {
    componentNames.name(schemas);
  }

  /** Declares every component named by {@link #nameComponents}, in the document's order. */
  void declareComponents(JsonNode schemas) {
    if (schemas == null) {
      return;
    }
    for (Map.Entry<String, JsonNode> component : schemas.properties()) {
      String pointer = ComponentNames.pointer(component.getKey());
      // Checked even when unused or not a class of its own, so its mistakes are not hidden.
      checks.check(component.getValue(), pointer);
      String name = componentNames.get(component.getKey());
      if (name != null) {
        declaredAt.put(pointer, name);
        NormalizedSchema normalized = normalizer.normalize(component.getValue());
        declare(name, normalized, pointer);
        shapes.register(declarations.get(name), normalized.node());
      }
    }
  }

  List<TypeDecl> declarations() {
    return List.copyOf(declarations.values());
  }

  TypeDecl declaration(String javaName) {
    return declarations.get(javaName);
  }

  /**
   * The record of one alternative of a union that declares properties beside its alternatives: the
   * shared properties merged with the alternative's, declared once, at the alternative's pointer.
   */
  TypeRef mergedVariant(
      String nameHint, JsonNode union, String unionPointer, JsonNode option, String optionPointer) {
    String name = declaredAt.get(optionPointer);
    if (name == null) {
      name = classNames.quietly(JavaNames.upperCamel(nameHint), "an inline schema", optionPointer);
      declaredAt.put(optionPointer, name);
      declarations.put(name, null);
      declarations.put(name, objects.merged(name, union, unionPointer, option, optionPointer));
    }
    return new TypeRef.Named(name);
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
    Constraints own = constraints.read(normalizer.normalize(schema), pointer);
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
    NormalizedSchema normalized = normalizer.normalize(schema);
    if (normalized.form() == NormalizedSchema.Form.ANY) {
      if (schema != null && !schema.isBoolean()) {
        diagnostics.warning(
            "TW-SCHEMA",
            pointer,
            "a schema must be an object, found " + schema.getNodeType() + "; " + AS_JSON);
      }
      return new Typed(new TypeRef.AnyJson(), true, false);
    }
    if (normalized.form() == NormalizedSchema.Form.REF) {
      return referenced(normalized, pointer, nameHint);
    }
    checks.check(schema, pointer);
    return switch (normalized.form()) {
      case WRAPPER ->
          declaredAt.containsKey(pointer)
              ? declaredOrStructural(normalized, pointer, nameHint)
              : option(normalized, "allOf", normalized.wrappedPart(), pointer, nameHint);
      case MALFORMED_UNION -> {
        diagnostics.warning(
            "TW-SCHEMA",
            JsonPointer.child(pointer, normalized.unionKeyword()),
            normalized.unionKeyword() + " must be a non-empty array; it is ignored and " + AS_JSON);
        yield new Typed(new TypeRef.AnyJson(), true, false);
      }
      case NULL_ONLY -> new Typed(new TypeRef.AnyJson(), true, false);
      case NULLABLE_OPTION ->
          option(
              normalized,
              normalized.unionKeyword(),
              normalized.options().get(0),
              pointer,
              nameHint);
      default -> declaredOrStructural(normalized, pointer, nameHint);
    };
  }

  /**
   * The one schema a wrapper or a nullable option stands for ({@code allOf: [{$ref: X}]}, {@code
   * anyOf: [X, {type: null}]}), admitting null when either says so.
   */
  private Typed option(
      NormalizedSchema normalized, String keyword, int index, String pointer, String nameHint) {
    JsonNode part = normalized.node().get(keyword).get(index);
    Typed inner =
        typeOf(part, JsonPointer.child(JsonPointer.child(pointer, keyword), index), nameHint);
    return inner.nullable(inner.nullable() || normalized.admitsNull());
  }

  private Typed declaredOrStructural(NormalizedSchema normalized, String pointer, String nameHint) {
    // Several alternatives: a union even beside an enum, which a component would read as enum.
    boolean union =
        normalized.form() == NormalizedSchema.Form.DECLARED
            && normalized.unionKeyword() != null
            && !normalized.constUnion();
    if (!union && !normalized.declaresType()) {
      return structural(normalized, pointer, nameHint);
    }
    String name = declaredAt.get(pointer);
    if (name == null) {
      name = classNames.quietly(JavaNames.upperCamel(nameHint), "an inline schema", pointer);
      declaredAt.put(pointer, name);
      if (union) {
        declarations.put(name, null);
        declarations.put(name, unions.union(name, normalized, pointer));
      } else {
        declare(name, normalized, pointer);
      }
      name = shareIfIdentical(name, normalized.node(), pointer);
    } else if (declarations.containsKey(name) && declarations.get(name) == null) {
      usedWhileDeclared.add(name);
    }
    return new Typed(new TypeRef.Named(name), normalized.admitsNull(), false);
  }

  /**
   * The name of an earlier identical type when there is one ({@link SharedShapes}), the just
   * declared {@code name} dropped in its favour; else {@code name}. The dropped name stays claimed,
   * so the types that are not shared keep the names they had before sharing existed.
   */
  private String shareIfIdentical(String name, JsonNode schema, String pointer) {
    if (!SharedShapes.shareable(pointer) || usedWhileDeclared.contains(name)) {
      return name;
    }
    String earlier = shapes.identicalOrRegister(declarations.get(name), schema);
    if (earlier == null) {
      return name;
    }
    declarations.remove(name);
    declaredAt.put(pointer, earlier);
    return earlier;
  }

  /**
   * The referenced schema's type. It admits null when the target does (a 3.0 component with {@code
   * nullable: true}) or when the reference says so beside it; {@link SchemaNormalizer} answers
   * both.
   */
  private Typed referenced(NormalizedSchema normalized, String pointer, String nameHint) {
    JsonNode schema = normalized.node();
    checks.checkRef(schema, pointer);
    String component = RefResolver.componentName(schema, "schemas");
    if (component != null && componentNames.contains(component)) {
      refs.resolve(schema, pointer, "schemas", AS_JSON);
      return new Typed(
          new TypeRef.Named(componentNames.get(component)), normalized.admitsNull(), false);
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
      return typed.nullable(typed.nullable() || normalized.admitsNull());
    } finally {
      aliasesInProgress.remove(target.pointer());
    }
  }

  private Typed structural(NormalizedSchema normalized, String pointer, String nameHint) {
    JsonNode schema = normalized.node();
    boolean nullable = normalized.admitsNull();
    if (normalized.types().size() > 1) {
      return new Typed(new TypeRef.AnyJson(), nullable, false);
    }
    String type =
        normalized.types().isEmpty() ? SchemaShapes.inferType(schema) : normalized.singleType();
    checks.checkFormat(type, schema, pointer);
    String format = normalized.format();
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
      case "integer" ->
          new Typed(ScalarTypes.integerType(normalized.bounds(), format), nullable, false);
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

  private void declare(String name, NormalizedSchema normalized, String pointer) {
    // Reserve the slot first: a record may refer to itself through its properties.
    declarations.put(name, null);
    JsonNode schema = normalized.node();
    if (normalized.constUnion() && !schema.has("enum")) {
      declarations.put(name, new EnumReader(diagnostics).readConstUnion(name, schema, pointer));
    } else if (normalized.unionKeyword() != null && !schema.has("enum")) {
      declarations.put(name, unions.union(name, normalized, pointer));
    } else if (schema.has("enum")) {
      declarations.put(name, new EnumReader(diagnostics).read(name, schema, pointer));
    } else {
      declarations.put(name, objects.object(name, normalized, pointer));
    }
  }
}
