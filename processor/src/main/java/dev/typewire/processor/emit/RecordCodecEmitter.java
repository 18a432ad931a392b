package dev.typewire.processor.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.typewire.processor.model.ObjectType;
import dev.typewire.processor.model.Property;
import dev.typewire.processor.model.TypeRef;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The codec of one generated record (see {@link CodecEmitter}): properties are read into locals by
 * a switch on the slot number the name matching of {@link RecordSlots} finds, then passed to the
 * canonical constructor. A record wider than {@link #WIDEST_CONSTRUCTOR_CALL} is read into an array
 * {@code v} by a method of its own, {@code readValues}.
 */
final class RecordCodecEmitter {

  /**
   * The most constructor parameters a codec passes from locals. HotSpot's C2 on Java 17 (x86-64)
   * does not compile a method calling a constructor of 54 or more parameters ("unsupported calling
   * sequence"), so such a codec ran interpreted or in C1 only; a wider record is read into an array
   * by a method of its own, which C2 compiles, and only the small method making the record stays
   * out of C2. The margin below 53 allows for other platforms' calling conventions.
   */
  static final int WIDEST_CONSTRUCTOR_CALL = 50;

  private static final ClassName OPTIONAL_NULLABLE = EmitContext.runtime("OptionalNullable");
  private static final ClassName TOKEN = ValueReads.TOKEN;

  private final EmitContext context;
  private final ObjectType object;
  private final TypeName recordType;
  private final List<Property> properties;
  private final RecordSlots slots;
  // The component holding undeclared properties and the type of their values, or both null.
  private final String extra;
  private final TypeRef extraType;
  private final TypeName extraMap;
  private final boolean wide;
  private final ValueReads reads;

  RecordCodecEmitter(
      EmitContext context,
      ObjectType object,
      TypeName recordType,
      String extra,
      TypeRef extraType) {
    this.context = context;
    this.object = object;
    this.recordType = recordType;
    this.properties = object.properties();
    this.slots = new RecordSlots(properties);
    this.extra = extra;
    this.extraType = extraType;
    this.extraMap =
        extra == null
            ? null
            : ParameterizedTypeName.get(
                ClassName.get(LinkedHashMap.class),
                ClassName.get(String.class),
                context.typeName(extraType));
    this.wide = properties.size() + (extra == null ? 0 : 1) > WIDEST_CONSTRUCTOR_CALL;
    this.reads = new ValueReads(context);
  }

  TypeSpec codec() {
    CodeBlock.Builder body = CodeBlock.builder();
    addTokenCheck(body);
    // A wide record's values are declared by deserialize, which passes them to readValues.
    CodeBlock.Builder values = wide ? CodeBlock.builder() : body;
    addDeclarations(values);
    addReadLoop(body);
    addRequiredCheck(body);
    CodeBlock arguments = constructorArguments();
    TypeSpec.Builder codec = CodecEmitter.codecType(object.javaName(), recordType);
    MethodSpec.Builder deserialize = CodecEmitter.deserialize(recordType);
    if (wide) {
      codec.addMethod(readValues(body.build()));
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
          .addStatement("return new $T($L)", recordType, arguments);
    } else {
      body.addStatement("return new $T($L)", recordType, arguments);
      deserialize.addCode(body.build());
    }
    if (!slots.required().isEmpty()) {
      codec.addField(slots.requiredNames());
    }
    if (slots.count() > 0) {
      slots.addNameMatching(codec);
    }
    codec.addType(
        new RecordWriterEmitter(context, object, recordType, slots).writer(extra, extraType));
    return CodecEmitter.finish(codec, reads, deserialize.build());
  }

  private void addTokenCheck(CodeBlock.Builder body) {
    body.addStatement("$T token = parser.currentToken()", TOKEN)
        .beginControlFlow("if (token == $T.START_OBJECT)", TOKEN)
        // null: the parser stands before the next property's name or the end of the object.
        .addStatement("token = null")
        .nextControlFlow("else if (token != $T.FIELD_NAME && token != $T.END_OBJECT)", TOKEN, TOKEN)
        .addStatement(
            "throw $T.unexpected(parser, context, $T.class)", CodecEmitter.READS, recordType)
        .endControlFlow();
  }

  /** A local per property ({@code p0, p1, ...}), or the array {@code v}; the undeclared map. */
  private void addDeclarations(CodeBlock.Builder values) {
    if (wide) {
      values.addStatement("$T[] v = new $T[$L]", Object.class, Object.class, properties.size());
    }
    for (int i = 0; i < properties.size(); i++) {
      Property property = properties.get(i);
      boolean optionalNullable = object.distinguishesNull(property);
      CodeBlock initial =
          optionalNullable ? CodeBlock.of("$T.absent()", OPTIONAL_NULLABLE) : CodeBlock.of("null");
      if (!wide) {
        values.addStatement("$T p$L = $L", componentType(property), i, initial);
      } else if (optionalNullable) {
        values.addStatement("v[$L] = $L", i, initial);
      }
    }
    if (extra != null) {
      values.addStatement("$T extra = new $T<>()", extraMap, LinkedHashMap.class);
    }
  }

  /**
   * Reads property after property until the end of the object: the slot found by name, its value
   * read by the switch, its required bit set.
   */
  private void addReadLoop(CodeBlock.Builder body) {
    for (int w = 0; w < slots.words(); w++) {
      body.addStatement("long seen$L = 0L", w);
    }
    body.addStatement("$T name = null", String.class);
    if (slots.count() > 0) {
      body.addStatement("int previous = $L", slots.count());
    }
    body.beginControlFlow("try").beginControlFlow("while (true)").addStatement("int slot");
    addNextSlot(body);
    body.addStatement("token = null")
        .addStatement("name = parser.currentName()")
        .addStatement("parser.nextToken()")
        .beginControlFlow("switch (slot)");
    addSlotCases(body);
    body.endControlFlow();
    if (slots.count() > 0) {
      body.beginControlFlow("if (slot >= 0)");
      if (slots.requiredFirst()) {
        // One line for all required slots instead of one per slot: javac reads every line of
        // every codec on every build.
        body.beginControlFlow("if (slot < $L)", slots.required().size())
            .addStatement("seen0 |= 1L << slot")
            .endControlFlow();
      }
      body.addStatement("next[previous] = slot").addStatement("previous = slot").endControlFlow();
    }
    body.endControlFlow()
        .nextControlFlow("catch ($T failure)", CodecEmitter.MAPPING_EXCEPTION)
        .addStatement(
            "throw $T.atProperty(failure, $T.class, name)", CodecEmitter.READS, recordType)
        .endControlFlow();
  }

  /** Sets {@code slot} to the next property's, or leaves the loop at the end of the object. */
  private void addNextSlot(CodeBlock.Builder body) {
    if (slots.count() == 0) {
      body.beginControlFlow("if (token == null)")
          .addStatement("token = parser.nextToken()")
          .endControlFlow()
          .beginControlFlow("if (token != $T.FIELD_NAME)", TOKEN)
          .addStatement("break")
          .endControlFlow()
          .addStatement("slot = -1");
      return;
    }
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

  /** A case per slot reading its value; the default keeps or rejects an undeclared property. */
  private void addSlotCases(CodeBlock.Builder body) {
    boolean requiredFirst = slots.requiredFirst();
    for (int k = 0; k < slots.count(); k++) {
      int i = slots.propertyIndex(k);
      Property property = properties.get(i);
      CodeBlock value = reads.read(property.type(), property.stringEncoded());
      CodeBlock local = CodeBlock.of(wide ? "v[$L]" : "p$L", i);
      CodeBlock assignment =
          object.distinguishesNull(property)
              ? CodeBlock.of(
                  "$L = parser.hasToken($T.VALUE_NULL) ? $T.ofNull() : $T.of($L)",
                  local,
                  TOKEN,
                  OPTIONAL_NULLABLE,
                  OPTIONAL_NULLABLE,
                  value)
              : CodeBlock.of("$L = $L", local, value);
      int bit = slots.bit(i);
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
          "default -> $T.unknownProperty(parser, context, $T.class,$Wname)",
          CodecEmitter.READS,
          recordType);
    }
  }

  /** One compare per mask word; the runtime names the missing properties from the bits. */
  private void addRequiredCheck(CodeBlock.Builder body) {
    int words = slots.words();
    if (words == 0) {
      return;
    }
    int required = slots.required().size();
    CodeBlock.Builder all = CodeBlock.builder();
    CodeBlock.Builder array = CodeBlock.builder();
    for (int w = 0; w < words; w++) {
      int bits = Math.min(64, required - 64 * w);
      long mask = bits == 64 ? -1L : (1L << bits) - 1;
      all.add(w == 0 ? "" : " || ").add("seen$L != 0x$LL", w, Long.toHexString(mask));
      array.add(w == 0 ? "seen$L" : ", seen$L", w);
    }
    body.beginControlFlow("if ($L)", all.build())
        .addStatement(
            "$T.missingRequired(context, $T.class, new long[] {$L}, REQUIRED)",
            CodecEmitter.READS,
            recordType,
            array.build())
        .endControlFlow();
  }

  private CodeBlock constructorArguments() {
    CodeBlock.Builder arguments = CodeBlock.builder();
    for (int i = 0; i < properties.size(); i++) {
      arguments.add(i == 0 ? "" : ", ");
      if (wide) {
        arguments.add("($T) v[$L]", componentType(properties.get(i)), i);
      } else {
        arguments.add("p$L", i);
      }
    }
    if (extra != null) {
      arguments.add(
          properties.isEmpty() ? "$T.decodedMap(extra)" : ", $T.decodedMap(extra)",
          CodecEmitter.READS);
    }
    return arguments.build();
  }

  private MethodSpec readValues(CodeBlock body) {
    MethodSpec.Builder readValues =
        MethodSpec.methodBuilder("readValues")
            .addModifiers(Modifier.PRIVATE)
            .addParameter(ValueReads.PARSER, "parser")
            .addParameter(ValueReads.CONTEXT, "context")
            .addParameter(Object[].class, "v")
            .addException(IOException.class)
            .addCode(body);
    if (extra != null) {
      readValues.addParameter(extraMap, "extra");
    }
    return readValues.build();
  }

  private TypeName componentType(Property property) {
    return CodecEmitter.componentType(context, object, property);
  }
}
