package dev.typewire.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import dev.typewire.processor.model.EnumType;
import dev.typewire.processor.model.ObjectType;
import dev.typewire.processor.model.TypeDecl;
import dev.typewire.processor.model.TypeRef;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The statements a generated codec writes a value or JSON null with, the same output as Jackson's
 * serializers with {@code JsonCodec.module()}: common scalars by the runtime's {@code CodecWrites}
 * (as strings where the schema carries them in strings), lists and maps by a loop of their own,
 * records and enums through their serializer, resolved once per codec, anything else through
 * Jackson by the value's class.
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

  /**
   * The statement writing {@code value}, an expression of {@code type}: the value, or JSON null for
   * null.
   */
  CodeBlock write(TypeRef type, boolean quoted, CodeBlock value) {
    RuntimeWriter writer = runtimeWriter(type, quoted);
    if (writer == null) {
      return CodeBlock.of("$N($L, generator, provider);\n", loop(type, quoted), value);
    }
    return CodeBlock.of(
        "$T.$N(generator, $L$L);\n", WRITES, writer.method(), value, writer.trailing());
  }

  /**
   * The statement writing a property, its name and then {@code value} of {@code type}, in one call
   * of {@code CodecWrites}: JSON null for a null value when {@code always}, else nothing at all.
   * Null for a list or map, whose loop is a method of the writer.
   */
  CodeBlock property(
      TypeRef type, boolean quoted, CodeBlock name, CodeBlock value, boolean always) {
    RuntimeWriter writer = runtimeWriter(type, quoted);
    if (writer == null) {
      return null;
    }
    return CodeBlock.of(
        "$T.$N(generator, $L, $L$L);\n",
        WRITES,
        writer.method() + (always ? "" : "IfPresent"),
        name,
        value,
        writer.trailing());
  }

  /** A {@code CodecWrites} writer: its name, and the arguments after the value. */
  private record RuntimeWriter(String method, CodeBlock trailing) {}

  /** The {@code CodecWrites} writer of {@code type}; null for a list or map. */
  private RuntimeWriter runtimeWriter(TypeRef type, boolean quoted) {
    String scalar = scalarWriter(type, quoted);
    if (scalar != null) {
      return new RuntimeWriter(scalar, CodeBlock.of(""));
    }
    if (type instanceof TypeRef.ListOf || type instanceof TypeRef.MapOf) {
      return null;
    }
    if (isRecordOrEnum(type)) {
      String field = members.field(context.typeName(type));
      return new RuntimeWriter("serialized", CodeBlock.of(", $N, provider", field));
    }
    // Unions and free-form JSON are interfaces: the value's own class picks the serializer.
    return new RuntimeWriter("any", CodeBlock.of(", provider"));
  }

  /**
   * The {@code CodecWrites} method for a scalar, or null: each format is written there, once for
   * properties, list items and map values alike.
   */
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
    // Null-safe as every other value write, so that a list of lists needs no branch either.
    method
        .beginControlFlow("if (values == null)")
        .addStatement("generator.writeNull()")
        .addStatement("return")
        .endControlFlow();
    if (type instanceof TypeRef.ListOf list) {
      method
          .addStatement("generator.writeStartArray(values, values.size())")
          .beginControlFlow("for ($T item : values)", context.typeName(list.items()))
          .addCode(write(list.items(), quoted, CodeBlock.of("item")))
          .endControlFlow()
          .addStatement("generator.writeEndArray()");
    } else {
      method
          .addStatement("generator.writeStartObject(values)")
          .addCode(mapEntries(((TypeRef.MapOf) type).values(), quoted, CodeBlock.of("values")))
          .addStatement("generator.writeEndObject()");
    }
    return method.build();
  }

  /** The loop writing each entry of {@code map}, not null, as a property of the open object. */
  CodeBlock mapEntries(TypeRef values, boolean quoted, CodeBlock map) {
    return CodeBlock.builder()
        .beginControlFlow(
            "for ($T<$T, $T> entry : $L.entrySet())",
            ClassName.get(Map.Entry.class),
            ClassName.get(String.class),
            context.typeName(values),
            map)
        .addStatement("generator.writeFieldName(entry.getKey())")
        .add(write(values, quoted, CodeBlock.of("entry.getValue()")))
        .endControlFlow()
        .build();
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
