package dev.typewire.processor.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.typewire.processor.model.ObjectType;
import dev.typewire.processor.model.Property;
import dev.typewire.processor.model.TypeRef;

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
    if (object.distinguishesNull(property)) {
      body.addStatement(
              "$T v$L = value.$N()",
              CodecEmitter.componentType(context, object, property),
              i,
              property.javaName())
          .beginControlFlow("if (v$L != null && !v$L.isAbsent())", i, i)
          .addStatement("generator.writeFieldName($L)", name)
          .add(
              writes.write(
                  property.type(), property.stringEncoded(), CodeBlock.of("v$L.orElseNull()", i)))
          .endControlFlow();
      return;
    }
    CodeBlock value = CodeBlock.of("value.$N()", property.javaName());
    CodeBlock oneLine =
        writes.property(
            property.type(), property.stringEncoded(), name, value, property.alwaysWritten());
    if (oneLine != null) {
      // One call per property, as a hand-written serializer reads; only lists and maps need a
      // loop of the writer's own.
      body.add(oneLine);
      return;
    }
    CodeBlock write = writes.write(property.type(), property.stringEncoded(), value);
    if (property.alwaysWritten()) {
      body.addStatement("generator.writeFieldName($L)", name).add(write);
      return;
    }
    body.beginControlFlow("if ($L != null)", value)
        .addStatement("generator.writeFieldName($L)", name)
        .add(write)
        .endControlFlow();
  }

  private void addUndeclared(CodeBlock.Builder body, String extra, TypeRef extraType) {
    body.beginControlFlow("if (value.$N() != null)", extra)
        .add(writes.mapEntries(extraType, false, CodeBlock.of("value.$N()", extra)))
        .endControlFlow();
  }
}
