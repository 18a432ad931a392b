package dev.typewire.processor.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The codec nested in each generated record and enum: a Jackson deserializer on the streaming
 * parser that calls the canonical constructor directly, so that decoding needs no reflection. A
 * record's properties are read into locals by a switch on a slot number, found by matching the name
 * the codec expects next against the parser's bytes (see {@code addNameMatching}) or else by a
 * switch on the wire name; the required ones seen are bits in a mask, so the missing-required drift
 * check is one compare per record. An enum's unlisted values are noted as drift by the runtime's
 * wrapper of every {@code OpenEnum} deserializer, which Jackson applies to these codecs too.
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

  /**
   * The most constructor parameters a codec passes from locals. HotSpot's C2 on Java 17 (x86-64)
   * does not compile a method calling a constructor of 54 or more parameters ("unsupported calling
   * sequence"), so such a codec ran interpreted or in C1 only; a wider record is read into an array
   * by a method of its own, which C2 compiles, and only the small method making the record stays
   * out of C2. The margin below 53 allows for other platforms' calling conventions.
   */
  static final int WIDEST_CONSTRUCTOR_CALL = 50;

  private static final ClassName STD_DESERIALIZER =
      ClassName.get("com.fasterxml.jackson.databind.deser.std", "StdDeserializer");
  private static final ClassName RESOLVABLE =
      ClassName.get("com.fasterxml.jackson.databind.deser", "ResolvableDeserializer");
  private static final ClassName MAPPING_EXCEPTION =
      ClassName.get("com.fasterxml.jackson.databind", "JsonMappingException");
  private static final ClassName STD_SERIALIZER =
      ClassName.get("com.fasterxml.jackson.databind.ser.std", "StdSerializer");
  private static final ClassName RESOLVABLE_SERIALIZER =
      ClassName.get("com.fasterxml.jackson.databind.ser", "ResolvableSerializer");
  private static final ClassName NAME =
      ClassName.get("com.fasterxml.jackson.core.io", "SerializedString");
  private static final ClassName READS = EmitContext.runtime("CodecReads");
  private static final ClassName PARSER = ValueReads.PARSER;
  private static final ClassName TOKEN = ValueReads.TOKEN;
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
    ValueReads reads = new ValueReads(context);
    List<Property> properties = object.properties();
    List<Property> required = new ArrayList<>();
    for (Property property : properties) {
      if (property.required() && !property.writeOnly()) {
        required.add(property);
      }
    }
    int words = (required.size() + 63) / 64;
    // A wide record's values go into an array v, passed to a reading method of its own.
    boolean wide = properties.size() + (extra == null ? 0 : 1) > WIDEST_CONSTRUCTOR_CALL;
    CodeBlock.Builder body = CodeBlock.builder();
    body.addStatement("$T token = parser.currentToken()", TOKEN)
        .beginControlFlow("if (token == $T.START_OBJECT)", TOKEN)
        // null: the parser stands before the next property's name or the end of the object.
        .addStatement("token = null")
        .nextControlFlow("else if (token != $T.FIELD_NAME && token != $T.END_OBJECT)", TOKEN, TOKEN)
        .addStatement("throw $T.unexpected(parser, context, $T.class)", READS, recordType)
        .endControlFlow();
    CodeBlock.Builder values = wide ? CodeBlock.builder() : body;
    if (wide) {
      values.addStatement("$T[] v = new $T[$L]", Object.class, Object.class, properties.size());
    }
    for (int i = 0; i < properties.size(); i++) {
      Property property = properties.get(i);
      boolean optionalNullable = object.distinguishesNull(property);
      CodeBlock initial =
          optionalNullable
              ? CodeBlock.of("$T.absent()", EmitContext.runtime("OptionalNullable"))
              : CodeBlock.of("null");
      if (!wide) {
        values.addStatement("$T p$L = $L", componentType(object, property), i, initial);
      } else if (optionalNullable) {
        values.addStatement("v[$L] = $L", i, initial);
      }
    }
    TypeName extraMap =
        extra == null
            ? null
            : ParameterizedTypeName.get(
                ClassName.get(LinkedHashMap.class),
                ClassName.get(String.class),
                context.typeName(extraType));
    if (extra != null) {
      values.addStatement("$T extra = new $T<>()", extraMap, LinkedHashMap.class);
    }
    for (int w = 0; w < words; w++) {
      body.addStatement("long seen$L = 0L", w);
    }
    // Slots: the distinct wire names, in declaration order; a repeated one is read only once.
    List<Integer> slots = new ArrayList<>();
    Set<String> wireNames = new HashSet<>();
    for (int i = 0; i < properties.size(); i++) {
      if (wireNames.add(properties.get(i).wireName())) {
        slots.add(i);
      }
    }
    body.addStatement("$T name = null", String.class);
    if (!slots.isEmpty()) {
      body.addStatement("int previous = $L", slots.size());
    }
    body.beginControlFlow("try").beginControlFlow("while (true)").addStatement("int slot");
    if (slots.isEmpty()) {
      body.beginControlFlow("if (token == null)")
          .addStatement("token = parser.nextToken()")
          .endControlFlow()
          .beginControlFlow("if (token != $T.FIELD_NAME)", TOKEN)
          .addStatement("break")
          .endControlFlow()
          .addStatement("slot = -1");
    } else {
      body.beginControlFlow("if (token == null && parser.nextFieldName(NAMES[next[previous]]))")
          .addStatement("slot = next[previous]")
          .nextControlFlow("else")
          .beginControlFlow("if (token == null)")
          .addStatement("token = parser.currentToken()")
          .endControlFlow()
          .beginControlFlow("if (token != $T.FIELD_NAME)", TOKEN)
          .addStatement("break")
          .endControlFlow()
          .addStatement("slot = slot(parser.currentName())")
          .endControlFlow();
    }
    body.addStatement("token = null")
        .addStatement("name = parser.currentName()")
        .addStatement("parser.nextToken()")
        .beginControlFlow("switch (slot)");
    boolean requiredFirst = requiredSlotsFirst(properties, slots, required);
    for (int k = 0; k < slots.size(); k++) {
      int i = slots.get(k);
      Property property = properties.get(i);
      CodeBlock value = reads.read(property.type(), property.stringEncoded());
      CodeBlock local = CodeBlock.of(wide ? "v[$L]" : "p$L", i);
      CodeBlock assignment =
          object.distinguishesNull(property)
              ? CodeBlock.of(
                  "$L = parser.hasToken($T.VALUE_NULL) ? $T.ofNull() : $T.of($L)",
                  local,
                  TOKEN,
                  EmitContext.runtime("OptionalNullable"),
                  EmitContext.runtime("OptionalNullable"),
                  value)
              : CodeBlock.of("$L = $L", local, value);
      int bit = required.indexOf(property);
      if (bit < 0 || requiredFirst) {
        body.addStatement("case $L -> $L", k, assignment);
        continue;
      }
      body.add("case $L -> {\n", k)
          .indent()
          .addStatement(assignment)
          .addStatement("seen$L |= $LL", bit / 64, "0x" + Long.toHexString(1L << (bit % 64)))
          .unindent()
          .add("}\n");
    }
    if (extra != null) {
      body.addStatement("default -> extra.put(name, $L)", reads.read(extraType, false));
    } else {
      body.addStatement(
          "default -> $T.unknownProperty(parser, context, $T.class, name)", READS, recordType);
    }
    body.endControlFlow();
    if (!slots.isEmpty()) {
      body.beginControlFlow("if (slot >= 0)");
      if (requiredFirst) {
        // One line for all required slots instead of one per slot: javac reads every line of
        // every codec on every build.
        body.beginControlFlow("if (slot < $L)", required.size())
            .addStatement("seen0 |= 1L << slot")
            .endControlFlow();
      }
      body.addStatement("next[previous] = slot").addStatement("previous = slot").endControlFlow();
    }
    body.endControlFlow()
        .nextControlFlow("catch ($T failure)", MAPPING_EXCEPTION)
        .addStatement("throw $T.atProperty(failure, $T.class, name)", READS, recordType)
        .endControlFlow();
    if (words > 0) {
      CodeBlock.Builder all = CodeBlock.builder();
      CodeBlock.Builder array = CodeBlock.builder();
      for (int w = 0; w < words; w++) {
        int bits = Math.min(64, required.size() - 64 * w);
        long mask = bits == 64 ? -1L : (1L << bits) - 1;
        all.add(w == 0 ? "" : " || ").add("seen$L != 0x$LL", w, Long.toHexString(mask));
        array.add(w == 0 ? "seen$L" : ", seen$L", w);
      }
      body.beginControlFlow("if ($L)", all.build())
          .addStatement(
              "$T.missingRequired(context, $T.class, new long[] {$L}, REQUIRED)",
              READS,
              recordType,
              array.build())
          .endControlFlow();
    }
    CodeBlock.Builder arguments = CodeBlock.builder();
    for (int i = 0; i < properties.size(); i++) {
      arguments.add(i == 0 ? "" : ", ");
      if (wide) {
        arguments.add("($T) v[$L]", componentType(object, properties.get(i)), i);
      } else {
        arguments.add("p$L", i);
      }
    }
    if (extra != null) {
      arguments.add(
          properties.isEmpty() ? "$T.decodedMap(extra)" : ", $T.decodedMap(extra)", READS);
    }
    TypeSpec.Builder codec = codecType(object.javaName(), recordType);
    MethodSpec.Builder deserialize = deserialize(recordType);
    if (wide) {
      MethodSpec.Builder readValues =
          MethodSpec.methodBuilder("readValues")
              .addModifiers(Modifier.PRIVATE)
              .addParameter(PARSER, "parser")
              .addParameter(CONTEXT, "context")
              .addParameter(Object[].class, "v")
              .addException(IOException.class)
              .addCode(body.build());
      if (extra != null) {
        readValues.addParameter(extraMap, "extra");
      }
      codec.addMethod(readValues.build());
      deserialize
          .addAnnotation(
              AnnotationSpec.builder(SuppressWarnings.class)
                  .addMember("value", StringLiteral.of("unchecked"))
                  .build())
          .addCode(values.build())
          .addStatement(
              extra == null
                  ? "readValues(parser, context, v)"
                  : "readValues(parser, context, v, extra)")
          .addComment("Each value was read as its component's type.")
          .addStatement("return new $T($L)", recordType, arguments.build());
    } else {
      body.addStatement("return new $T($L)", recordType, arguments.build());
      deserialize.addCode(body.build());
    }

    if (!required.isEmpty()) {
      CodeBlock.Builder names = CodeBlock.builder();
      for (int i = 0; i < required.size(); i++) {
        names.add(i == 0 ? "$L" : ", $L", StringLiteral.of(required.get(i).wireName()));
      }
      codec.addField(
          FieldSpec.builder(
                  String[].class, "REQUIRED", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .initializer("{$L}", names.build())
              .build());
    }
    if (!slots.isEmpty()) {
      addNameMatching(codec, properties, slots);
    }
    codec.addType(recordWriter(object, recordType, extra, extraType));
    return finish(codec, reads, deserialize.build());
  }

  /**
   * Whether the required properties are slots 0, 1, ... in order and fit one mask word, so that a
   * slot number is its own bit and the mask can be set once after the switch.
   */
  private static boolean requiredSlotsFirst(
      List<Property> properties, List<Integer> slots, List<Property> required) {
    if (required.isEmpty() || required.size() > 64 || required.size() > slots.size()) {
      return false;
    }
    for (int k = 0; k < slots.size(); k++) {
      if (required.indexOf(properties.get(slots.get(k))) != (k < required.size() ? k : -1)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The names as the parser matches them against its input bytes, skipping its symbol table, when
   * the codec's guess of the next property is right; the guess is the property that followed the
   * previous one last time, so it learns the order the server writes. Without a match, a switch on
   * the name the parser read finds the slot.
   */
  private static void addNameMatching(
      TypeSpec.Builder codec, List<Property> properties, List<Integer> slots) {
    CodeBlock.Builder names = CodeBlock.builder();
    CodeBlock.Builder order = CodeBlock.builder();
    CodeBlock.Builder cases = CodeBlock.builder();
    for (int k = 0; k < slots.size(); k++) {
      String wireName = properties.get(slots.get(k)).wireName();
      names.add(k == 0 ? "" : ", ").add("new $T($L)", NAME, StringLiteral.of(wireName));
      order.add("$L, ", (k + 1) % slots.size());
      cases.add("case $L -> $L;\n", StringLiteral.of(wireName), k);
    }
    codec.addField(
        FieldSpec.builder(
                ArrayTypeName.of(NAME), "NAMES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("{$L}", names.build())
            .build());
    codec.addField(
        FieldSpec.builder(int[].class, "next", Modifier.PRIVATE, Modifier.FINAL)
            .addJavadoc(
                "The slot expected after each slot, and first (last entry). Decoding threads"
                    + " share it unsynchronized: any value in it is a valid guess.\n")
            .initializer("{$L0}", order.build())
            .build());
    codec.addMethod(
        MethodSpec.methodBuilder("slot")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(int.class)
            .addParameter(String.class, "name")
            .addCode(
                CodeBlock.builder()
                    .add("return switch (name) {\n")
                    .indent()
                    .add(cases.build())
                    .add("default -> -1;\n")
                    .unindent()
                    .add("};\n")
                    .build())
            .build());
  }

  /**
   * Writes the properties in declaration order, then the undeclared ones: a null is left out unless
   * the property is always written, an {@code OptionalNullable} only when absent.
   */
  private TypeSpec recordWriter(
      ObjectType object, TypeName recordType, String extra, TypeRef extraType) {
    ValueWrites writes = new ValueWrites(context);
    TypeSpec.Builder writer = writerType(recordType);
    CodeBlock.Builder body = CodeBlock.builder().addStatement("generator.writeStartObject(value)");
    List<Property> properties = object.properties();
    Set<String> wireNames = new HashSet<>();
    for (int i = 0; i < properties.size(); i++) {
      Property property = properties.get(i);
      if (!wireNames.add(property.wireName())) {
        continue;
      }
      // The enclosing codec's name for this slot (slots count the distinct names in order).
      CodeBlock name = CodeBlock.of("NAMES[$L]", wireNames.size() - 1);
      body.addStatement(
          "$T v$L = value.$N()", componentType(object, property), i, property.javaName());
      if (object.distinguishesNull(property)) {
        body.beginControlFlow("if (v$L != null && !v$L.isAbsent())", i, i)
            .addStatement("generator.writeFieldName($L)", name)
            .beginControlFlow("if (v$L.isNull())", i)
            .addStatement("generator.writeNull()")
            .nextControlFlow("else")
            .add(
                writes.write(
                    property.type(), property.stringEncoded(), CodeBlock.of("v$L.get()", i)))
            .endControlFlow()
            .endControlFlow();
        continue;
      }
      CodeBlock write =
          writes.write(property.type(), property.stringEncoded(), CodeBlock.of("v$L", i));
      if (property.alwaysWritten()) {
        // The name once, before the branch: javac parses every line of this for every build.
        body.addStatement("generator.writeFieldName($L)", name)
            .beginControlFlow("if (v$L != null)", i)
            .add(write)
            .nextControlFlow("else")
            .addStatement("generator.writeNull()")
            .endControlFlow();
        continue;
      }
      body.beginControlFlow("if (v$L != null)", i)
          .addStatement("generator.writeFieldName($L)", name)
          .add(write)
          .endControlFlow();
    }
    if (extra != null) {
      TypeName values = context.typeName(extraType);
      body.beginControlFlow("if (value.$N() != null)", extra)
          .beginControlFlow(
              "for ($T<$T, $T> entry : value.$N().entrySet())",
              ClassName.get(java.util.Map.Entry.class),
              ClassName.get(String.class),
              values,
              extra)
          .addStatement("generator.writeFieldName(entry.getKey())")
          .beginControlFlow("if (entry.getValue() == null)")
          .addStatement("generator.writeNull()")
          .nextControlFlow("else")
          .add(writes.write(extraType, false, CodeBlock.of("entry.getValue()")))
          .endControlFlow()
          .endControlFlow()
          .endControlFlow();
    }
    body.addStatement("generator.writeEndObject()");
    return finishWriter(writer, writes, recordType, body.build());
  }

  private TypeSpec enumWriter(EnumType type, TypeName enumType) {
    ValueWrites writes = new ValueWrites(context);
    CodeBlock body =
        writes.write(TypeRef.of(type.valueType()), false, CodeBlock.of("value.value()"));
    return finishWriter(writerType(enumType), writes, enumType, body);
  }

  private static TypeSpec.Builder writerType(TypeName type) {
    return streamingClass(
        "Writer", STD_SERIALIZER, RESOLVABLE_SERIALIZER, "Writes", "writer", type);
  }

  private static TypeSpec finishWriter(
      TypeSpec.Builder writer, ValueWrites writes, TypeName type, CodeBlock body) {
    writer.addFields(writes.fields());
    writer.addMethod(
        MethodSpec.methodBuilder("resolve")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(ValueWrites.PROVIDER, "provider")
            .addException(MAPPING_EXCEPTION)
            .addCode(writes.resolutions())
            .build());
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

  private TypeName componentType(ObjectType object, Property property) {
    TypeName type = context.typeName(property.type());
    return object.distinguishesNull(property)
        ? ParameterizedTypeName.get(EmitContext.runtime("OptionalNullable"), type)
        : type;
  }

  private static TypeSpec.Builder codecType(String javaName, TypeName type) {
    return streamingClass(
        codecSimpleName(javaName), STD_DESERIALIZER, RESOLVABLE, "Reads", "codec", type);
  }

  /** A public nested Jackson (de)serializer of {@code type}, as {@code jsonModule()} creates. */
  private static TypeSpec.Builder streamingClass(
      String name,
      ClassName superclass,
      ClassName resolvable,
      String verb,
      String noun,
      TypeName type) {
    return TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(superclass, type))
        .addSuperinterface(resolvable)
        .addJavadoc(
            verb
                + " {@link $T} on Jackson's streaming API, without reflection. Registered by the"
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

  private static MethodSpec.Builder deserialize(TypeName type) {
    return MethodSpec.methodBuilder("deserialize")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addParameter(PARSER, "parser")
        .addParameter(CONTEXT, "context")
        .addException(IOException.class);
  }

  private static TypeSpec finish(TypeSpec.Builder codec, ValueReads reads, MethodSpec deserialize) {
    codec.addFields(reads.fields());
    codec.addMethod(
        MethodSpec.methodBuilder("resolve")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(CONTEXT, "context")
            .addException(MAPPING_EXCEPTION)
            .addCode(reads.resolutions())
            .build());
    codec.addMethod(
        MethodSpec.methodBuilder("isCachable")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(boolean.class)
            .addComment(
                "Resolved once per mapper; also lets records refer to each other in cycles.")
            .addStatement("return true")
            .build());
    codec.addMethod(deserialize);
    codec.addMethods(reads.loops());
    return codec.build();
  }
}
