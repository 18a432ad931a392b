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
import dev.typewire.processor.model.ObjectType;
import dev.typewire.processor.model.Property;
import dev.typewire.processor.model.TypeDecl;
import dev.typewire.processor.model.TypeRef;
import dev.typewire.processor.model.UnionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * A {@code oneOf}/{@code anyOf} as a sealed interface. Object variants are the records themselves;
 * other variants (a string, a list, an enum) are nested records wrapping the value; {@code Unknown}
 * keeps, as a {@code JsonNode}, what no variant accepts, since APIs add variants.
 *
 * <p>Decoding is a nested {@code Decoder} rather than {@code @JsonTypeInfo}: the runtime's {@code
 * UnionDecoder} driven by a table of the variants (JSON kind, declared properties and their kinds,
 * discriminator values, how to wrap a value). With a discriminator it picks the variant by the
 * property's value (an unlisted value gives {@code Unknown}); without one, or when the property is
 * missing, it tries the variants whose shape fits, most matching properties first. Jackson inherits
 * class annotations from interfaces, so every implementation opts out of the interface's
 * deserializer. A value kept as {@code Unknown} is noted as drift ({@code UNKNOWN_VARIANT}) by the
 * runtime.
 */
final class UnionEmitter {

  private static final ClassName JSON_DESERIALIZE =
      ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonDeserialize");
  private static final ClassName JSON_DESERIALIZER =
      ClassName.get("com.fasterxml.jackson.databind", "JsonDeserializer");
  private static final ClassName TYPE_REFERENCE =
      ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");
  private static final ClassName UNION_DECODER = EmitContext.runtime("UnionDecoder");
  private static final ClassName UNION_VARIANTS = EmitContext.runtime("UnionVariants");
  private static final ClassName JSON_KIND = EmitContext.runtime("JsonKind");

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
    CodeBlock.Builder variants = CodeBlock.builder();
    for (UnionType.Variant variant : union.variants()) {
      ClassName implementation;
      if (isRecord(variant, declarations)) {
        implementation = context.className(((TypeRef.Named) variant.type()).javaName());
      } else {
        implementation = name.nestedClass(variant.wrapperName());
        type.addType(wrapper(name, implementation, context.typeName(variant.type()), "value"));
      }
      permitted.add(implementation);
      variants.add(variant(variant, implementation));
    }
    ClassName unknown = name.nestedClass(nested("Unknown", union.javaName()));
    type.addType(wrapper(name, unknown, EmitContext.JSON_NODE, "json"));
    permitted.add(unknown);
    type.addPermittedSubclasses(permitted);
    type.addType(decoder(union, name, unknown, variants.build()));
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

  /**
   * The union's {@code Decoder}: the runtime's {@code UnionDecoder} given the table of this union's
   * variants, built once. A class of its own so that {@code @JsonDeserialize} and modules can
   * create it with {@code new}.
   */
  private TypeSpec decoder(UnionType union, ClassName name, ClassName unknown, CodeBlock variants) {
    ClassName decoder = name.nestedClass(nested("Decoder", union.javaName()));
    CodeBlock.Builder table =
        CodeBlock.builder().add("$T.builder($T.class, $T::new)$>$>", UNION_VARIANTS, name, unknown);
    if (union.discriminator() != null) {
      table.add("\n.discriminator($L)", StringLiteral.of(union.discriminator()));
    }
    table.add(variants).add("\n.build()$<$<");
    return TypeSpec.classBuilder(decoder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(UNION_DECODER, name))
        .addJavadoc("Chooses the variant of a decoded {@link $T}.\n", name)
        .addField(CodecEmitter.SERIAL_VERSION)
        .addField(
            FieldSpec.builder(
                    ParameterizedTypeName.get(UNION_VARIANTS, name),
                    "VARIANTS",
                    Modifier.PRIVATE,
                    Modifier.STATIC,
                    Modifier.FINAL)
                .initializer(table.build())
                .build())
        .addMethod(
            MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Used by Jackson through {@code @JsonDeserialize}, or by a module.\n")
                .addStatement("super(VARIANTS)")
                .build())
        .build();
  }

  /** One variant's rows of the table: how it is decoded, its tags, and its properties. */
  private CodeBlock variant(UnionType.Variant variant, ClassName implementation) {
    CodeBlock.Builder rows = CodeBlock.builder();
    if (isRecord(variant, declarations)) {
      rows.add("\n.object($T.class)", implementation);
    } else {
      TypeName valueType = context.typeName(variant.type()).withoutAnnotations().box();
      // A generic value type has no class literal: a TypeReference carries its arguments.
      CodeBlock type =
          valueType instanceof ParameterizedTypeName
              ? CodeBlock.of("new $T<$T>() {}", TYPE_REFERENCE, valueType)
              : CodeBlock.of("$T.class", valueType);
      rows.add(
          "\n.value($T.$L, $L, $T::new)", JSON_KIND, kind(variant.type()), type, implementation);
    }
    if (!variant.tags().isEmpty()) {
      rows.add("\n.tags(");
      for (int i = 0; i < variant.tags().size(); i++) {
        rows.add(i == 0 ? "$L" : ", $L", StringLiteral.of(variant.tags().get(i)));
      }
      rows.add(")");
    }
    if (isRecord(variant, declarations)) {
      ObjectType object =
          (ObjectType) declarations.get(((TypeRef.Named) variant.type()).javaName());
      for (Property property : object.properties()) {
        // A response need not carry a write-only property, required or not.
        boolean required = property.required() && !property.writeOnly();
        // A string-encoded number travels as a string: its Java type says nothing of the wire.
        String kind = property.stringEncoded() ? "ANY" : kind(property.type());
        rows.add(
            "\n.$L($L, $T.$L)",
            required ? "required" : "optional",
            StringLiteral.of(property.wireName()),
            JSON_KIND,
            kind);
      }
    }
    return rows.build();
  }

  /** Which JSON values a variant can be decoded from: a constant of the runtime's JsonKind. */
  private String kind(TypeRef type) {
    if (type instanceof TypeRef.Primitive primitive) {
      return switch (primitive.scalar()) {
        case INTEGER, LONG, BIG_INTEGER, EPOCH_MILLIS -> "INTEGER";
        case DOUBLE, BIG_DECIMAL -> "NUMBER";
        case BOOLEAN -> "BOOLEAN";
        default -> "STRING";
      };
    }
    if (type instanceof TypeRef.ListOf) {
      return "ARRAY";
    }
    if (type instanceof TypeRef.MapOf) {
      return "OBJECT";
    }
    if (type instanceof TypeRef.Named named) {
      TypeDecl declaration = declarations.get(named.javaName());
      if (declaration instanceof ObjectType) {
        return "OBJECT";
      }
      if (declaration instanceof dev.typewire.processor.model.EnumType enumType) {
        return enumType.valueType() == TypeRef.Scalar.STRING ? "STRING" : "INTEGER";
      }
    }
    return "ANY";
  }
}
