package dev.typewire.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.typewire.processor.model.EnumType;
import dev.typewire.processor.model.ObjectType;
import dev.typewire.processor.model.Property;
import dev.typewire.processor.model.TypeRef;
import java.io.IOException;
import javax.lang.model.element.Modifier;

/**
 * The codec nested in each generated record and enum: a Jackson deserializer on the streaming
 * parser that calls the canonical constructor directly, so that decoding needs no reflection. A
 * record's properties are read into locals by a switch on a slot number, found by matching the name
 * the codec expects next against the parser's bytes (see {@link RecordSlots#addNameMatching}) or
 * else by a switch on the wire name; the required ones seen are bits in a mask, so the
 * missing-required drift check is one compare per record ({@link RecordCodecEmitter}). An enum's
 * unlisted values are noted as drift by the runtime's wrapper of every {@code OpenEnum}
 * deserializer, which Jackson applies to these codecs too. This class holds the enum's codec and
 * the frame every codec and writer shares.
 */
final class CodecEmitter {

  /** Jackson's (de)serializers are {@code Serializable}; so are the generated ones. */
  static final FieldSpec SERIAL_VERSION =
      FieldSpec.builder(
              long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("1L")
          .build();

  /** The nested codec's name; no schema-derived nested type (builders, union members) takes it. */
  static final String CODEC = "WireCodec";

  private static final ClassName STD_DESERIALIZER =
      ClassName.get("com.fasterxml.jackson.databind.deser.std", "StdDeserializer");
  private static final ClassName RESOLVABLE =
      ClassName.get("com.fasterxml.jackson.databind.deser", "ResolvableDeserializer");
  static final ClassName MAPPING_EXCEPTION =
      ClassName.get("com.fasterxml.jackson.databind", "JsonMappingException");
  private static final ClassName STD_SERIALIZER =
      ClassName.get("com.fasterxml.jackson.databind.ser.std", "StdSerializer");
  private static final ClassName RESOLVABLE_SERIALIZER =
      ClassName.get("com.fasterxml.jackson.databind.ser", "ResolvableSerializer");
  static final ClassName READS = EmitContext.runtime("CodecReads");
  private static final ClassName PARSER = ValueReads.PARSER;
  private static final ClassName CONTEXT = ValueReads.CONTEXT;

  private final EmitContext context;

  CodecEmitter(EmitContext context) {
    this.context = context;
  }

  /** The codec's class name, nested in the generated type {@code javaName}. */
  ClassName codecName(String javaName) {
    return context.className(javaName).nestedClass(codecSimpleName(javaName));
  }

  /** A nested type may not share its enclosing type's name. */
  static String codecSimpleName(String javaName) {
    return javaName.equals(CODEC) ? CODEC + "_" : CODEC;
  }

  TypeSpec record(ObjectType object, TypeName recordType, String extra, TypeRef extraType) {
    return new RecordCodecEmitter(context, object, recordType, extra, extraType).codec();
  }

  TypeSpec enumeration(EnumType type, TypeName enumType, TypeName valueType) {
    ValueReads reads = new ValueReads(context);
    CodeBlock.Builder body = CodeBlock.builder();
    boolean text = type.valueType() == TypeRef.Scalar.STRING;
    body.addStatement("$T raw = $L", valueType, reads.read(TypeRef.of(type.valueType()), false))
        .beginControlFlow("if (raw == null)")
        .addStatement("return null")
        .endControlFlow();
    if (text && !type.constants().isEmpty()) {
      // Known values are matched here rather than through of(), to skip isKnown()'s list search.
      body.beginControlFlow("switch (raw)");
      for (EnumType.EnumConstant constant : type.constants()) {
        body.addStatement(
            "case $L: return $T.$N",
            StringLiteral.of(constant.wireValue()),
            enumType,
            constant.javaName());
      }
      body.addStatement("default: return new $T(raw)", enumType).endControlFlow();
    } else {
      body.addStatement("return $T.of(raw)", enumType);
    }
    MethodSpec deserialize = deserialize(enumType).addCode(body.build()).build();
    return finish(
        codecType(type.javaName(), enumType).addType(enumWriter(type, enumType)),
        reads,
        deserialize);
  }

  private TypeSpec enumWriter(EnumType type, TypeName enumType) {
    ValueWrites writes = new ValueWrites(context);
    CodeBlock body =
        writes.write(TypeRef.of(type.valueType()), false, CodeBlock.of("value.value()"));
    return finishWriter(writerType(enumType), writes, enumType, body);
  }

  /** A record component's type: {@code OptionalNullable<T>} where absence and null differ. */
  static TypeName componentType(EmitContext context, ObjectType object, Property property) {
    TypeName type = context.typeName(property.type());
    return object.distinguishesNull(property)
        ? ParameterizedTypeName.get(EmitContext.runtime("OptionalNullable"), type)
        : type;
  }

  static TypeSpec.Builder codecType(String javaName, TypeName type) {
    return streamingClass(codecSimpleName(javaName), STD_DESERIALIZER, "Reads", "codec", type);
  }

  /** A public nested Jackson (de)serializer of {@code type}, as {@code jsonModule()} creates. */
  private static TypeSpec.Builder streamingClass(
      String name, ClassName superclass, String verb, String noun, TypeName type) {
    return TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(superclass, type))
        .addJavadoc(
            verb
                + " {@link $T} on Jackson's streaming API, without reflection.\nRegistered by the"
                + " client's {@code jsonModule()}; not meant to be used directly.\n",
            type)
        .addField(SERIAL_VERSION)
        .addMethod(
            MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Creates the " + noun + ".\n")
                .addStatement("super($T.class)", type)
                .build());
  }

  static MethodSpec.Builder deserialize(TypeName type) {
    return MethodSpec.methodBuilder("deserialize")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addParameter(PARSER, "parser")
        .addParameter(CONTEXT, "context")
        .addException(IOException.class);
  }

  /** Adds what every codec has around its {@code deserialize}. */
  static TypeSpec finish(TypeSpec.Builder codec, ValueReads reads, MethodSpec deserialize) {
    codec.addFields(reads.fields());
    CodeBlock resolutions = reads.resolutions();
    if (!resolutions.isEmpty()) {
      codec
          .addSuperinterface(RESOLVABLE)
          .addMethod(resolve(CONTEXT, "context", resolutions))
          .addMethod(
              MethodSpec.methodBuilder("isCachable")
                  .addAnnotation(Override.class)
                  .addModifiers(Modifier.PUBLIC)
                  .returns(boolean.class)
                  .addComment(
                      "Resolved once per mapper; also lets records refer to each other in cycles.")
                  .addStatement("return true")
                  .build());
    }
    codec.addMethod(deserialize);
    codec.addMethods(reads.loops());
    return codec.build();
  }

  static TypeSpec.Builder writerType(TypeName type) {
    return streamingClass("Writer", STD_SERIALIZER, "Writes", "writer", type);
  }

  /**
   * Jackson's {@code resolve}, which looks up the serializers or deserializers a codec delegates to
   * once per mapper; a codec that delegates to none has none.
   */
  private static MethodSpec resolve(ClassName owner, String name, CodeBlock resolutions) {
    return MethodSpec.methodBuilder("resolve")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(owner, name)
        .addException(MAPPING_EXCEPTION)
        .addCode(resolutions)
        .build();
  }

  /** Adds what every writer has around its {@code serialize} body. */
  static TypeSpec finishWriter(
      TypeSpec.Builder writer, ValueWrites writes, TypeName type, CodeBlock body) {
    writer.addFields(writes.fields());
    CodeBlock resolutions = writes.resolutions();
    if (!resolutions.isEmpty()) {
      writer
          .addSuperinterface(RESOLVABLE_SERIALIZER)
          .addMethod(resolve(ValueWrites.PROVIDER, "provider", resolutions));
    }
    writer.addMethod(
        MethodSpec.methodBuilder("serialize")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(type, "value")
            .addParameter(ValueWrites.GENERATOR, "generator")
            .addParameter(ValueWrites.PROVIDER, "provider")
            .addException(IOException.class)
            .addCode(body)
            .build());
    writer.addMethods(writes.loops());
    return writer.build();
  }
}
