package dev.typewire.processor.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.typewire.processor.model.ObjectType;
import dev.typewire.processor.model.Property;
import dev.typewire.processor.model.TypeDecl;
import dev.typewire.processor.model.TypeRef;
import dev.typewire.processor.model.UnionType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * A {@code oneOf}/{@code anyOf} as a sealed interface. Object variants are the records themselves;
 * other variants (a string, a list, an enum) are nested records wrapping the value; {@code Unknown}
 * keeps, as a {@code JsonNode}, what no variant accepts, since APIs add variants.
 *
 * <p>Decoding is a generated {@code Decoder} rather than {@code @JsonTypeInfo}: with a
 * discriminator it picks the variant by the property's value (an unlisted value gives {@code
 * Unknown}); without one, or when the property is missing, it tries the variants whose shape fits
 * (JSON kind, required properties present), most matching properties first. Jackson inherits class
 * annotations from interfaces, so every implementation opts out of the interface's deserializer. A
 * value kept as {@code Unknown} is noted as drift ({@code UNKNOWN_VARIANT}) by the runtime.
 */
final class UnionEmitter {

  private static final ClassName JSON_DESERIALIZE =
      ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonDeserialize");
  private static final ClassName JSON_DESERIALIZER =
      ClassName.get("com.fasterxml.jackson.databind", "JsonDeserializer");
  private static final ClassName STD_DESERIALIZER =
      ClassName.get("com.fasterxml.jackson.databind.deser.std", "StdDeserializer");
  private static final ClassName JSON_PARSER =
      ClassName.get("com.fasterxml.jackson.core", "JsonParser");
  private static final ClassName JSON_PROCESSING_EXCEPTION =
      ClassName.get("com.fasterxml.jackson.core", "JsonProcessingException");
  private static final ClassName DESERIALIZATION_CONTEXT =
      ClassName.get("com.fasterxml.jackson.databind", "DeserializationContext");

  // Called where a value becomes Unknown; the parser then stands on the value's last token.
  private static final ClassName UNION_DRIFT = EmitContext.runtime("UnionDrift");

  private final EmitContext context;
  private final Map<String, TypeDecl> declarations;

  UnionEmitter(EmitContext context) {
    this.context = context;
    this.declarations = context.declarations();
  }

  /** Keeps an implementation from inheriting its interface's {@code Decoder}. */
  static AnnotationSpec ownDeserializer() {
    return AnnotationSpec.builder(JSON_DESERIALIZE)
        .addMember("using", "$T.None.class", JSON_DESERIALIZER)
        .build();
  }

  /** Whether {@code variant} is an object record that implements the interface itself. */
  static boolean isRecord(UnionType.Variant variant, Map<String, TypeDecl> declarations) {
    return variant.type() instanceof TypeRef.Named named
        && declarations.get(named.javaName()) instanceof ObjectType;
  }

  /**
   * A nested helper's name: a nested type may not share its enclosing type's name, so a union
   * called {@code Unknown} gets {@code UnionUnknown}. Variant wrappers never take these names.
   */
  static String nested(String helper, String union) {
    return helper.equals(union) ? "Union" + helper : helper;
  }

  TypeSpec emit(UnionType union) {
    ClassName name = context.className(union.javaName());
    CodeBlock.Builder javadoc = CodeBlock.builder().add(Javadocs.of(union.docs()));
    if (!javadoc.isEmpty()) {
      javadoc.add("\n");
    }
    javadoc.add(
        "<p>One of several shapes: switch over the implementations. {@link $L} holds a value"
            + " none of them accepts$L.\n",
        nested("Unknown", union.javaName()),
        union.discriminator() == null
            ? ""
            : " (such as a "
                + JavadocText.code(union.discriminator())
                + " value this client does not know)");
    TypeSpec.Builder type =
        context
            .stamp(TypeSpec.interfaceBuilder(name))
            .addModifiers(Modifier.PUBLIC, Modifier.SEALED)
            .addJavadoc(javadoc.build())
            .addAnnotation(
                AnnotationSpec.builder(JSON_DESERIALIZE)
                    .addMember(
                        "using", "$T.class", name.nestedClass(nested("Decoder", union.javaName())))
                    .build());
    List<TypeName> permitted = new ArrayList<>();
    CodeBlock.Builder shapes = CodeBlock.builder();
    CodeBlock.Builder tags = CodeBlock.builder();
    for (UnionType.Variant variant : union.variants()) {
      ClassName implementation;
      if (isRecord(variant, declarations)) {
        implementation = context.className(((TypeRef.Named) variant.type()).javaName());
      } else {
        implementation = name.nestedClass(variant.wrapperName());
        type.addType(wrapper(name, implementation, context.typeName(variant.type()), "value"));
      }
      permitted.add(implementation);
      shapes
          .add(shapes.isEmpty() ? "\n" : ",\n")
          .add(shape(variant, implementation, union.javaName()));
      for (String tag : variant.tags()) {
        tags.add(tags.isEmpty() ? "\n" : ",\n")
            .add("$T.entry($L, $T.class)", Map.class, StringLiteral.of(tag), implementation);
      }
    }
    ClassName unknown = name.nestedClass(nested("Unknown", union.javaName()));
    type.addType(wrapper(name, unknown, EmitContext.JSON_NODE, "json"));
    permitted.add(unknown);
    type.addPermittedSubclasses(permitted);
    type.addType(decoder(union, name, unknown, shapes.build(), tags.build()));
    return type.build();
  }

  /** A record holding one value, written and read as that value alone. */
  private TypeSpec wrapper(ClassName union, ClassName name, TypeName valueType, String component) {
    return TypeSpec.recordBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addSuperinterface(union)
        .addAnnotation(ownDeserializer())
        .addJavadoc(
            "A {@link $T} that is a $L.\n\n@param $L the value\n",
            union,
            JavadocText.code(valueType.toString()),
            component)
        .recordConstructor(
            MethodSpec.constructorBuilder()
                .addParameter(
                    ParameterSpec.builder(valueType, component)
                        .addAnnotation(EmitContext.jackson("JsonValue"))
                        .build())
                .build())
        .addMethod(
            MethodSpec.methodBuilder("of")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addAnnotation(
                    AnnotationSpec.builder(EmitContext.jackson("JsonCreator"))
                        .addMember("mode", "$T.Mode.DELEGATING", EmitContext.jackson("JsonCreator"))
                        .build())
                .addJavadoc(
                    "Wraps a value.\n\n@param $L the value\n@return the wrapper\n", component)
                .addParameter(valueType, component)
                .returns(name)
                .addStatement("return new $T($L)", name, component)
                .build())
        .build();
  }

  private CodeBlock shape(UnionType.Variant variant, ClassName implementation, String union) {
    List<String> required = new ArrayList<>();
    List<String> known = new ArrayList<>();
    List<String> kinds = new ArrayList<>();
    String kind = kind(variant.type());
    if (isRecord(variant, declarations)) {
      ObjectType object =
          (ObjectType) declarations.get(((TypeRef.Named) variant.type()).javaName());
      for (Property property : object.properties()) {
        known.add(property.wireName());
        // A string-encoded number travels as a string: its Java type says nothing of the wire.
        kinds.add(property.stringEncoded() ? "any" : kind(property.type()));
        // A response need not carry a write-only property, required or not.
        if (property.required() && !property.writeOnly()) {
          required.add(property.wireName());
        }
      }
    }
    return CodeBlock.of(
        "new $L($T.class, $L, $L, $L, $L)",
        nested("Fit", union),
        implementation,
        StringLiteral.of(kind),
        strings(required),
        strings(known),
        strings(kinds));
  }

  private static CodeBlock strings(List<String> values) {
    CodeBlock.Builder list = CodeBlock.builder().add("$T.of(", List.class);
    for (int i = 0; i < values.size(); i++) {
      list.add(i == 0 ? "$L" : ", $L", StringLiteral.of(values.get(i)));
    }
    return list.add(")").build();
  }

  /** Which JSON values a variant can be decoded from; "any" tries it whatever the value is. */
  private String kind(TypeRef type) {
    if (type instanceof TypeRef.Primitive primitive) {
      return switch (primitive.scalar()) {
        case INTEGER, LONG, BIG_INTEGER, EPOCH_MILLIS -> "integer";
        case DOUBLE, BIG_DECIMAL -> "number";
        case BOOLEAN -> "boolean";
        default -> "string";
      };
    }
    if (type instanceof TypeRef.ListOf) {
      return "array";
    }
    if (type instanceof TypeRef.MapOf) {
      return "object";
    }
    if (type instanceof TypeRef.Named named) {
      TypeDecl declaration = declarations.get(named.javaName());
      if (declaration instanceof ObjectType) {
        return "object";
      }
      if (declaration instanceof dev.typewire.processor.model.EnumType enumType) {
        return enumType.valueType() == TypeRef.Scalar.STRING ? "string" : "integer";
      }
    }
    return "any";
  }

  /**
   * Counts the properties whose JSON kind is not the one the variant declares. Jackson would coerce
   * {@code 1} into {@code "1"}, so a variant that merely names a property would win over an open
   * one that keeps it as it came, and the value would not survive a decode and re-encode.
   */
  private static MethodSpec mismatches(TypeName jsonNode) {
    return MethodSpec.methodBuilder("mismatches")
        .returns(int.class)
        .addParameter(jsonNode, "json")
        .addStatement("int mismatches = 0")
        .beginControlFlow("for (int i = 0; i < known.size(); i++)")
        .addStatement("$T value = json.get(known.get(i))", jsonNode)
        .beginControlFlow("if (value == null || value.isNull())")
        .addStatement("continue")
        .endControlFlow()
        .addCode(
            CodeBlock.builder()
                .add("boolean fits = switch (kinds.get(i)) {\n")
                .indent()
                .addStatement("case \"object\" -> value.isObject()")
                .addStatement("case \"string\" -> value.isTextual()")
                .addStatement("case \"integer\" -> value.isIntegralNumber()")
                .addStatement("case \"number\" -> value.isNumber()")
                .addStatement("case \"boolean\" -> value.isBoolean()")
                .addStatement("case \"array\" -> value.isArray()")
                .addStatement("default -> true")
                .unindent()
                .addStatement("}")
                .build())
        .beginControlFlow("if (!fits)")
        .addStatement("mismatches++")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return mismatches")
        .build();
  }

  private TypeSpec decoder(
      UnionType union, ClassName name, ClassName unknown, CodeBlock shapes, CodeBlock tags) {
    ClassName decoder = name.nestedClass(nested("Decoder", union.javaName()));
    ClassName shape = decoder.nestedClass(nested("Fit", union.javaName()));
    TypeName variantClass =
        ParameterizedTypeName.get(ClassName.get(Class.class), WildcardTypeName.subtypeOf(name));
    TypeName stringList = ParameterizedTypeName.get(List.class, String.class);
    TypeName jsonNode = EmitContext.JSON_NODE;
    TypeSpec.Builder type =
        TypeSpec.classBuilder(decoder)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .superclass(ParameterizedTypeName.get(STD_DESERIALIZER, name))
            .addJavadoc("Chooses the variant of a decoded {@link $T}.\n", name)
            .addField(
                FieldSpec.builder(
                        long.class,
                        "serialVersionUID",
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                    .initializer("1L")
                    .build())
            .addType(
                TypeSpec.recordBuilder(shape)
                    .addModifiers(Modifier.PRIVATE)
                    .recordConstructor(
                        MethodSpec.constructorBuilder()
                            .addParameter(variantClass, "type")
                            .addParameter(String.class, "kind")
                            .addParameter(stringList, "required")
                            .addParameter(stringList, "known")
                            .addParameter(stringList, "kinds")
                            .build())
                    .addMethod(mismatches(jsonNode))
                    .addMethod(
                        MethodSpec.methodBuilder("score")
                            .addJavadoc(
                                "-1 when the value cannot be this variant, else how well it"
                                    + " fits.\n")
                            .returns(int.class)
                            .addParameter(jsonNode, "json")
                            .addCode(
                                CodeBlock.builder()
                                    .add("boolean fits = switch (kind) {\n")
                                    .indent()
                                    .addStatement("case \"object\" -> json.isObject()")
                                    .addStatement("case \"string\" -> json.isTextual()")
                                    .addStatement("case \"integer\" -> json.isIntegralNumber()")
                                    .addStatement("case \"number\" -> json.isNumber()")
                                    .addStatement("case \"boolean\" -> json.isBoolean()")
                                    .addStatement("case \"array\" -> json.isArray()")
                                    .addStatement("default -> true")
                                    .unindent()
                                    .addStatement("}")
                                    .beginControlFlow("if (!fits)")
                                    .addStatement("return -1")
                                    .endControlFlow()
                                    .beginControlFlow("for ($T property : required)", String.class)
                                    .beginControlFlow("if (!json.has(property))")
                                    .addStatement("return -1")
                                    .endControlFlow()
                                    .endControlFlow()
                                    .addStatement("int score = kind.equals(\"any\") ? 0 : 1")
                                    .beginControlFlow("for ($T property : known)", String.class)
                                    .beginControlFlow("if (json.has(property))")
                                    .addStatement("score++")
                                    .endControlFlow()
                                    .endControlFlow()
                                    .addStatement("return score")
                                    .build())
                            .build())
                    .build())
            .addField(
                FieldSpec.builder(
                        ParameterizedTypeName.get(ClassName.get(List.class), shape),
                        "SHAPES",
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                    .initializer("$T.of($>$L$<)", List.class, shapes)
                    .build())
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PUBLIC)
                    .addJavadoc("Used by Jackson through {@code @JsonDeserialize}.\n")
                    .addStatement("super($T.class)", name)
                    .build());
    MethodSpec.Builder deserialize =
        MethodSpec.methodBuilder("deserialize")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(name)
            .addParameter(JSON_PARSER, "parser")
            .addParameter(DESERIALIZATION_CONTEXT, "context")
            .addException(IOException.class)
            .addStatement("$T json = context.readTree(parser)", jsonNode);
    if (union.discriminator() != null) {
      TypeName tagMap =
          ParameterizedTypeName.get(
              ClassName.get(Map.class), ClassName.get(String.class), variantClass);
      type.addField(
          FieldSpec.builder(tagMap, "TAGS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .initializer(
                  tags.isEmpty()
                      ? CodeBlock.of("$T.of()", Map.class)
                      : CodeBlock.of("$T.ofEntries($>$L$<)", Map.class, tags))
              .build());
      deserialize
          .addStatement("$T tag = json.get($L)", jsonNode, StringLiteral.of(union.discriminator()))
          .beginControlFlow("if (tag != null && tag.isTextual())")
          .addStatement("$T type = TAGS.get(tag.asText())", variantClass)
          .beginControlFlow("if (type == null)")
          .addStatement(
              "$T.unknownVariant(context, parser, $T.class, tag.asText())", UNION_DRIFT, name)
          .addStatement("return new $T(json)", unknown)
          .endControlFlow()
          .addStatement("return context.readTreeAsValue(json, type)")
          .endControlFlow();
    }
    deserialize
        .addStatement("$T<$T> fitting = new $T<>()", List.class, shape, ArrayList.class)
        .beginControlFlow("for ($T candidate : SHAPES)", shape)
        .beginControlFlow("if (candidate.score(json) >= 0)")
        .addStatement("fitting.add(candidate)")
        .endControlFlow()
        .endControlFlow()
        .addStatement(
            "fitting.sort($T.comparingInt(($T candidate) -> candidate.mismatches(json))"
                + ".thenComparingInt(candidate -> -candidate.score(json)))",
            Comparator.class,
            shape)
        .beginControlFlow("for ($T candidate : fitting)", shape)
        .beginControlFlow("try")
        .addStatement("return context.readTreeAsValue(json, candidate.type())")
        .nextControlFlow("catch ($T e)", JSON_PROCESSING_EXCEPTION)
        .addComment("Not this variant after all (a malformed date, say): try the next.")
        .endControlFlow()
        .endControlFlow()
        .addStatement("$T.unknownVariant(context, parser, $T.class, json)", UNION_DRIFT, name)
        .addStatement("return new $T(json)", unknown);
    type.addMethod(deserialize.build());
    return type.build();
  }
}
