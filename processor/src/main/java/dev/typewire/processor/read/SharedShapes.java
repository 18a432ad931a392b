package dev.typewire.processor.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewire.processor.model.EnumType;
import dev.typewire.processor.model.ObjectType;
import dev.typewire.processor.model.TypeDecl;
import dev.typewire.processor.model.UnionType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds inline schemas that would generate the same type as one declared before, so that one type
 * serves every place. Large descriptions restate the same inline object many times (GitHub's has
 * 444 copies of one permissions record); a class each costs the processor, javac and the user's IDE
 * for nothing.
 *
 * <p>Two inline types are the same when everything that reaches generated code other than their
 * names is equal: properties (wire and Java names, types, required, nullable, read/write-only,
 * secret, rules, documentation), additional properties, enum values, union alternatives and
 * discriminator. Documentation is compared too, so a shared type's Javadoc is true of every place
 * that uses it; on GitHub's description that costs 338 more classes than ignoring it (3,412 against
 * 3,074, from 7,324, before unused types were left out). Nested types are declared first and shared
 * first, so their references already compare by the shared name: equality is transitive without
 * walking. The first occurrence in reading order keeps its name (see README, "Names").
 */
final class SharedShapes {

  /**
   * The schema of a body, response or parameter itself (or the one schema it wraps): its type is
   * named after its operation and is what users write, so it is never shared. A multipart body's
   * record is also rewritten later (its binary parts become files), which must not reach a type
   * used elsewhere.
   */
  private static final Pattern OWN_SCHEMA =
      Pattern.compile(".*(?<!/properties)/schema(/(allOf|anyOf|oneOf)/\\d+)*");

  /**
   * Beside the model's content: whether the schema says anything about undeclared properties, which
   * {@link OpenVariants} reads from the first occurrence's schema.
   */
  private record Shape(TypeDecl content, boolean undeclaredRuled) {}

  private final Map<Shape, String> firstByShape = new HashMap<>();

  /** Whether an inline schema at {@code pointer} may share its type with others. */
  static boolean shareable(String pointer) {
    return !ComponentNames.isComponent(pointer) && !OWN_SCHEMA.matcher(pointer).matches();
  }

  /**
   * Makes {@code declared} the type that later identical inline schemas share, unless an identical
   * one was registered before. Component schemas are registered too (and keep their names): an
   * inline schema that restates one uses it.
   */
  void register(TypeDecl declared, JsonNode schema) {
    identicalOrRegister(declared, schema);
  }

  /**
   * The name of a registered type identical to {@code declared}; when there is none, registers
   * {@code declared} (as {@link #register} does) and returns null. One call, so the shape is built
   * once per inline schema.
   */
  String identicalOrRegister(TypeDecl declared, JsonNode schema) {
    return declared == null
        ? null
        : firstByShape.putIfAbsent(shape(declared, schema), declared.javaName());
  }

  private static Shape shape(TypeDecl declared, JsonNode schema) {
    boolean undeclaredRuled =
        schema != null
            && (schema.has("additionalProperties") || schema.has("unevaluatedProperties"));
    return new Shape(anonymous(declared), undeclaredRuled);
  }

  /** The declaration without its name and the pointers to where it is written. */
  private static TypeDecl anonymous(TypeDecl declared) {
    if (declared instanceof ObjectType object) {
      return new ObjectType(
          "",
          "",
          object.docs(),
          object.properties(),
          object.additionalProperties(),
          object.requestBody());
    }
    if (declared instanceof EnumType enumType) {
      return new EnumType(
          "",
          "",
          enumType.docs(),
          enumType.constants().stream()
              .map(each -> new EnumType.EnumConstant(each.wireValue(), each.javaName(), ""))
              .toList(),
          enumType.valueType());
    }
    UnionType union = (UnionType) declared;
    return new UnionType(
        "", "", union.docs(), List.copyOf(union.variants()), union.discriminator());
  }
}
