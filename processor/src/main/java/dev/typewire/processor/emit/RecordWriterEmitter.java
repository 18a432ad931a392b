package dev.typewire.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.typewire.processor.model.ObjectType;
import dev.typewire.processor.model.Property;
import dev.typewire.processor.model.TypeRef;
import java.util.Map;

/**
 * The {@code Writer} nested in a record's codec: writes the properties in declaration order, then
 * the undeclared ones; a null is left out unless the property is always written, an {@code
 * OptionalNullable} only when absent.
 */
final class RecordWriterEmitter {

  private final EmitContext context;
  private final ObjectType object;
  private final TypeName recordType;
  private final RecordSlots slots;
  private final ValueWrites writes;

  RecordWriterEmitter(
      EmitContext context, ObjectType object, TypeName recordType, RecordSlots slots) {
    this.context = context;
    this.object = object;
    this.recordType = recordType;
    this.slots = slots;
    this.writes = new ValueWrites(context);
  }

  /**
   * The writer; {@code extra} is the component holding undeclared properties, {@code extraType}
   * their values' type, both null when there is none.
   */
  TypeSpec writer(String extra, TypeRef extraType) {
    CodeBlock.Builder body = CodeBlock.builder().addStatement("generator.writeStartObject(value)");
    for (int k = 0; k < slots.count(); k++) {
      int i = slots.propertyIndex(k);
      addProperty(body, object.properties().get(i), i, CodeBlock.of("NAMES[$L]", k));
    }
    if (extra != null) {
      addUndeclared(body, extra, extraType);
    }
    body.addStatement("generator.writeEndObject()");
    return CodecEmitter.finishWriter(
        CodecEmitter.writerType(recordType), writes, recordType, body.build());
  }

  /** Property {@code i}, its name the enclosing codec's {@code name} for its slot. */
  private void addProperty(CodeBlock.Builder body, Property property, int i, CodeBlock name) {
    if (!object.distinguishesNull(property)) {
      CodeBlock oneLine =
          writes.property(
              property.type(),
              property.stringEncoded(),
              name,
              CodeBlock.of("value.$N()", property.javaName()),
              property.alwaysWritten());
      if (oneLine != null) {
        // One call per property, as a hand-written serializer reads; only lists and maps need a
        // loop of the writer's own.
        body.add(oneLine);
        return;
      }
    }
    body.addStatement(
        "$T v$L = value.$N()",
        CodecEmitter.componentType(context, object, property),
        i,
        property.javaName());
    if (object.distinguishesNull(property)) {
      body.beginControlFlow("if (v$L != null && !v$L.isAbsent())", i, i)
          .addStatement("generator.writeFieldName($L)", name)
          .beginControlFlow("if (v$L.isNull())", i)
          .addStatement("generator.writeNull()")
          .nextControlFlow("else")
          .add(
              writes.write(property.type(), property.stringEncoded(), CodeBlock.of("v$L.get()", i)))
          .endControlFlow()
          .endControlFlow();
      return;
    }
    CodeBlock write =
        writes.write(property.type(), property.stringEncoded(), CodeBlock.of("v$L", i));
    if (property.alwaysWritten()) {
      // The name once, before the branch.
      body.addStatement("generator.writeFieldName($L)", name)
          .beginControlFlow("if (v$L != null)", i)
          .add(write)
          .nextControlFlow("else")
          .addStatement("generator.writeNull()")
          .endControlFlow();
      return;
    }
    body.beginControlFlow("if (v$L != null)", i)
        .addStatement("generator.writeFieldName($L)", name)
        .add(write)
        .endControlFlow();
  }

  private void addUndeclared(CodeBlock.Builder body, String extra, TypeRef extraType) {
    body.beginControlFlow("if (value.$N() != null)", extra)
        .beginControlFlow(
            "for ($T<$T, $T> entry : value.$N().entrySet())",
            ClassName.get(Map.Entry.class),
            ClassName.get(String.class),
            context.typeName(extraType),
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
}
