package dev.typewire.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.typewire.processor.model.TypeRef;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The expressions a generated codec reads values with, the parser standing on the value. Common
 * scalars go through the runtime's static readers; lists and maps get a loop of their own; every
 * other type (records, enums, unions, free-form JSON) goes through its Jackson deserializer,
 * resolved once per codec into a field, so that the codecs compose with one another and with
 * anything else Jackson knows.
 */
final class ValueReads {

  static final ClassName PARSER = ClassName.get("com.fasterxml.jackson.core", "JsonParser");
  static final ClassName TOKEN = ClassName.get("com.fasterxml.jackson.core", "JsonToken");
  static final ClassName CONTEXT =
      ClassName.get("com.fasterxml.jackson.databind", "DeserializationContext");
  static final ClassName DESERIALIZER =
      ClassName.get("com.fasterxml.jackson.databind", "JsonDeserializer");
  private static final ClassName READS = EmitContext.runtime("CodecReads");

  private final EmitContext context;
  private final CodecMembers members = new CodecMembers("deserializer");

  ValueReads(EmitContext context) {
    this.context = context;
  }

  /** The expression reading a value of {@code type}. */
  CodeBlock read(TypeRef type, boolean quoted) {
    if (type instanceof TypeRef.Primitive primitive) {
      CodeBlock scalar = scalar(primitive.scalar(), quoted);
      if (scalar != null) {
        return scalar;
      }
    }
    if (type instanceof TypeRef.ListOf || type instanceof TypeRef.MapOf) {
      return CodeBlock.of("$N(parser, context)", loop(type, quoted));
    }
    TypeName name = context.typeName(type);
    String field = members.field(name);
    // Called here rather than through a shared runtime method: each call site then sees one
    // deserializer class, which the JIT can call directly and inline.
    return CodeBlock.of(
        "($T) (parser.hasToken($T.VALUE_NULL) ? $N.getNullValue(context) : $N.deserialize(parser,"
            + " context))",
        name,
        TOKEN,
        field,
        field);
  }

  private static CodeBlock scalar(TypeRef.Scalar scalar, boolean quoted) {
    return switch (scalar) {
      case STRING -> CodeBlock.of("$T.string(parser, context)", READS);
      case INTEGER -> CodeBlock.of("$T.integer(parser, context, $L)", READS, quoted);
      case LONG -> CodeBlock.of("$T.longValue(parser, context, $L)", READS, quoted);
      case BIG_INTEGER -> CodeBlock.of("$T.bigInteger(parser, context, $L)", READS, quoted);
      case DOUBLE -> CodeBlock.of("$T.doubleValue(parser, context, $L)", READS, quoted);
      case BOOLEAN -> CodeBlock.of("$T.bool(parser, context, $L)", READS, quoted);
      case DATE_TIME -> CodeBlock.of("$T.offsetDateTime(parser, context)", READS);
      case DATE -> CodeBlock.of("$T.localDate(parser, context)", READS);
      case EPOCH_MILLIS -> CodeBlock.of("$T.instant(parser, context)", READS);
      default -> null;
    };
  }

  /** The name of the method reading a list or map of {@code type}, added on first use. */
  private String loop(TypeRef type, boolean quoted) {
    return members.loop(
        type + "/" + quoted,
        type instanceof TypeRef.ListOf ? "list" : "map",
        name -> loopMethod(name, type, quoted));
  }

  private MethodSpec loopMethod(String name, TypeRef type, boolean quoted) {
    TypeName javaType = context.typeName(type);
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PRIVATE)
            .returns(javaType)
            .addParameter(PARSER, "parser")
            .addParameter(CONTEXT, "context")
            .addException(IOException.class);
    if (type instanceof TypeRef.ListOf list) {
      TypeName implementation =
          ParameterizedTypeName.get(ClassName.get(ArrayList.class), context.typeName(list.items()));
      method
          .beginControlFlow("if (parser.hasToken($T.VALUE_NULL))", TOKEN)
          .addStatement("return null")
          .endControlFlow()
          .beginControlFlow("if (!parser.hasToken($T.START_ARRAY))", TOKEN)
          .addStatement("throw $T.unexpected(parser, context, $T.class)", READS, List.class)
          .endControlFlow()
          .addStatement("$T values = new $T<>()", implementation, ArrayList.class)
          .beginControlFlow("while (parser.nextToken() != $T.END_ARRAY)", TOKEN)
          .addStatement("values.add($L)", read(list.items(), quoted))
          .endControlFlow()
          .addStatement("return $T.decodedList(values)", READS);
    } else {
      TypeRef values = ((TypeRef.MapOf) type).values();
      TypeName implementation =
          ParameterizedTypeName.get(
              ClassName.get(LinkedHashMap.class),
              ClassName.get(String.class),
              context.typeName(values));
      method
          .beginControlFlow("if (parser.hasToken($T.VALUE_NULL))", TOKEN)
          .addStatement("return null")
          .endControlFlow()
          .beginControlFlow("if (!parser.hasToken($T.START_OBJECT))", TOKEN)
          .addStatement("throw $T.unexpected(parser, context, $T.class)", READS, Map.class)
          .endControlFlow()
          .addStatement("$T values = new $T<>()", implementation, LinkedHashMap.class)
          .beginControlFlow(
              "for ($T key = parser.nextFieldName(); key != null; key = parser.nextFieldName())",
              String.class)
          .addStatement("parser.nextToken()")
          .addStatement("values.put(key, $L)", read(values, quoted))
          .endControlFlow()
          .addStatement("return $T.decodedMap(values)", READS);
    }
    return method.build();
  }

  /** The fields holding resolved deserializers. */
  List<FieldSpec> fields() {
    return members.fields(DESERIALIZER);
  }

  /** The statements of {@code resolve}: each deserializer looked up once. */
  CodeBlock resolutions() {
    CodeBlock.Builder code = CodeBlock.builder();
    members
        .resolved()
        .forEach(
            (type, name) ->
                code.addStatement(
                    "$N =$Wcontext.findRootValueDeserializer(context.constructType($T.class))",
                    name,
                    type));
    return code.build();
  }

  List<MethodSpec> loops() {
    return members.loops();
  }
}
