package dev.typewire.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.typewire.processor.model.EnumType;
import dev.typewire.processor.model.ObjectType;
import dev.typewire.processor.model.TypeDecl;
import dev.typewire.processor.model.TypeRef;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The statements a generated codec writes a non-null value with, the same output as Jackson's
 * serializers with {@code JsonCodec.module()}: common scalars directly on the generator (as strings
 * where the schema carries them in strings), lists and maps by a loop of their own, records and
 * enums through their serializer, resolved once per codec, anything else through Jackson by the
 * value's class.
 */
final class ValueWrites {

  static final ClassName GENERATOR = ClassName.get("com.fasterxml.jackson.core", "JsonGenerator");
  static final ClassName PROVIDER =
      ClassName.get("com.fasterxml.jackson.databind", "SerializerProvider");
  static final ClassName SERIALIZER =
      ClassName.get("com.fasterxml.jackson.databind", "JsonSerializer");
  private static final ClassName WRITES = EmitContext.runtime("CodecWrites");

  private final EmitContext context;
  private final CodecMembers members = new CodecMembers("serializer");

  ValueWrites(EmitContext context) {
    this.context = context;
  }

  /** The statement writing {@code value}, a non-null expression of {@code type}. */
  CodeBlock write(TypeRef type, boolean quoted, CodeBlock value) {
    if (type instanceof TypeRef.Primitive primitive) {
      CodeBlock scalar = scalar(primitive.scalar(), quoted, value);
      if (scalar != null) {
        return scalar;
      }
    }
    if (type instanceof TypeRef.ListOf || type instanceof TypeRef.MapOf) {
      return CodeBlock.of("$N($L, generator, provider);\n", loop(type, quoted), value);
    }
    if (isRecordOrEnum(type)) {
      TypeName name = context.typeName(type);
      String field = members.field(name);
      return CodeBlock.of("$N.serialize($L, generator, provider);\n", field, value);
    }
    // Unions and free-form JSON are interfaces: the value's own class picks the serializer.
    return CodeBlock.of("provider.defaultSerializeValue($L, generator);\n", value);
  }

  /**
   * The statement writing a property, its name and then {@code value} of {@code type}, in one call
   * of {@code CodecWrites}: JSON null for a null value when {@code always}, else nothing at all.
   * Null for a list or map, whose loop is a method of the writer.
   */
  CodeBlock property(
      TypeRef type, boolean quoted, CodeBlock name, CodeBlock value, boolean always) {
    String suffix = always ? "" : "IfPresent";
    String scalar = scalarWriter(type, quoted);
    if (scalar != null) {
      return CodeBlock.of("$T.$N(generator, $L, $L);\n", WRITES, scalar + suffix, name, value);
    }
    if (type instanceof TypeRef.ListOf || type instanceof TypeRef.MapOf) {
      return null;
    }
    if (isRecordOrEnum(type)) {
      String field = members.field(context.typeName(type));
      return CodeBlock.of(
          "$T.$N(generator, $L, $L, $N, provider);\n",
          WRITES,
          "serialized" + suffix,
          name,
          value,
          field);
    }
    return CodeBlock.of(
        "$T.$N(generator, $L, $L, provider);\n", WRITES, "any" + suffix, name, value);
  }

  /** The {@code CodecWrites} method for a scalar written directly, or null. */
  private static String scalarWriter(TypeRef type, boolean quoted) {
    if (!(type instanceof TypeRef.Primitive primitive)) {
      return null;
    }
    if (quoted && isNumberOrBoolean(primitive.scalar())) {
      return "quoted";
    }
    return switch (primitive.scalar()) {
      case STRING -> "string";
      case INTEGER -> "int32";
      case LONG -> "int64";
      case DOUBLE -> "float64";
      case BIG_INTEGER -> "bigInteger";
      case BIG_DECIMAL -> "bigDecimal";
      case BOOLEAN -> "bool";
      case DATE_TIME -> "offsetDateTime";
      case DATE -> "date";
      case EPOCH_MILLIS -> "epochMillis";
      default -> null;
    };
  }

  private boolean isRecordOrEnum(TypeRef type) {
    if (!(type instanceof TypeRef.Named named)) {
      return false;
    }
    TypeDecl declaration = context.declarations().get(named.javaName());
    return declaration instanceof ObjectType || declaration instanceof EnumType;
  }

  private static boolean isNumberOrBoolean(TypeRef.Scalar scalar) {
    return switch (scalar) {
      case INTEGER, LONG, BIG_INTEGER, DOUBLE, BIG_DECIMAL, BOOLEAN -> true;
      default -> false;
    };
  }

  private static CodeBlock scalar(TypeRef.Scalar scalar, boolean quoted, CodeBlock value) {
    if (quoted && isNumberOrBoolean(scalar)) {
      // Jackson writes a property declared @JsonFormat(shape = STRING) with its toString().
      return CodeBlock.of("generator.writeString($L.toString());\n", value);
    }
    return switch (scalar) {
      case STRING -> CodeBlock.of("generator.writeString($L);\n", value);
      case INTEGER -> CodeBlock.of("generator.writeNumber($L.intValue());\n", value);
      case LONG -> CodeBlock.of("generator.writeNumber($L.longValue());\n", value);
      case DOUBLE -> CodeBlock.of("generator.writeNumber($L.doubleValue());\n", value);
      case BIG_INTEGER, BIG_DECIMAL -> CodeBlock.of("generator.writeNumber($L);\n", value);
      case BOOLEAN -> CodeBlock.of("generator.writeBoolean($L.booleanValue());\n", value);
      case DATE_TIME -> CodeBlock.of("$T.offsetDateTime(generator, $L);\n", WRITES, value);
      case DATE -> CodeBlock.of("generator.writeString($L.toString());\n", value);
      case EPOCH_MILLIS -> CodeBlock.of("generator.writeNumber($L.toEpochMilli());\n", value);
      default -> null;
    };
  }

  private String loop(TypeRef type, boolean quoted) {
    return members.loop(
        type + "/" + quoted,
        type instanceof TypeRef.ListOf ? "writeList" : "writeMap",
        name -> loopMethod(name, type, quoted));
  }

  private MethodSpec loopMethod(String name, TypeRef type, boolean quoted) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PRIVATE)
            .addParameter(context.typeName(type), "values")
            .addParameter(GENERATOR, "generator")
            .addParameter(PROVIDER, "provider")
            .addException(IOException.class);
    if (type instanceof TypeRef.ListOf list) {
      method
          .addStatement("generator.writeStartArray(values, values.size())")
          .beginControlFlow("for ($T item : values)", context.typeName(list.items()))
          .beginControlFlow("if (item == null)")
          .addStatement("generator.writeNull()")
          .nextControlFlow("else")
          .addCode(write(list.items(), quoted, CodeBlock.of("item")))
          .endControlFlow()
          .endControlFlow()
          .addStatement("generator.writeEndArray()");
    } else {
      TypeRef values = ((TypeRef.MapOf) type).values();
      method
          .addStatement("generator.writeStartObject(values)")
          .beginControlFlow(
              "for ($T<$T, $T> entry : values.entrySet())",
              ClassName.get(Map.Entry.class),
              ClassName.get(String.class),
              context.typeName(values))
          .addStatement("generator.writeFieldName(entry.getKey())")
          .beginControlFlow("if (entry.getValue() == null)")
          .addStatement("generator.writeNull()")
          .nextControlFlow("else")
          .addCode(write(values, quoted, CodeBlock.of("entry.getValue()")))
          .endControlFlow()
          .endControlFlow()
          .addStatement("generator.writeEndObject()");
    }
    return method.build();
  }

  List<FieldSpec> fields() {
    return members.fields(SERIALIZER);
  }

  CodeBlock resolutions() {
    CodeBlock.Builder code = CodeBlock.builder();
    members
        .resolved()
        .forEach(
            (type, name) ->
                code.addStatement("$N = provider.findValueSerializer($T.class)", name, type));
    return code.build();
  }

  List<MethodSpec> loops() {
    return members.loops();
  }
}
