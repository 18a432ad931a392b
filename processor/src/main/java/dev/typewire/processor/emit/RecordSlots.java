package dev.typewire.processor.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.typewire.processor.model.Property;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * How a record's codec numbers what it reads and writes: a slot per distinct wire name, in
 * declaration order (a repeated name is read only once), and a bit per required property in the
 * mask of those seen.
 */
final class RecordSlots {

  private static final ClassName NAME =
      ClassName.get("com.fasterxml.jackson.core.io", "SerializedString");

  private final List<Property> properties;
  private final List<Property> required = new ArrayList<>();
  // The index in properties of each slot's property.
  private final List<Integer> slots = new ArrayList<>();
  // Each property's bit in the mask, -1 when it is not required.
  private final int[] bits;
  private final boolean requiredFirst;

  RecordSlots(List<Property> properties) {
    this.properties = properties;
    this.bits = new int[properties.size()];
    Set<String> wireNames = new HashSet<>();
    for (int i = 0; i < properties.size(); i++) {
      Property property = properties.get(i);
      bits[i] = -1;
      if (property.required() && !property.writeOnly()) {
        bits[i] = required.size();
        required.add(property);
      }
      if (wireNames.add(property.wireName())) {
        slots.add(i);
      }
    }
    this.requiredFirst = requiredFirst(bits, slots, required.size());
  }

  int count() {
    return slots.size();
  }

  /** The index in the record's properties of slot {@code k}'s property. */
  int propertyIndex(int k) {
    return slots.get(k);
  }

  /** The properties a response must carry, in declaration order. */
  List<Property> required() {
    return required;
  }

  /** The {@code long} words of the mask of required properties seen. */
  int words() {
    return (required.size() + 63) / 64;
  }

  /** The bit of property {@code i} in the mask, or -1 when it is not required. */
  int bit(int i) {
    return bits[i];
  }

  /**
   * Whether the required properties are slots 0, 1, ... in order and fit one mask word, so that a
   * slot number is its own bit and the mask can be set once after the switch.
   */
  boolean requiredFirst() {
    return requiredFirst;
  }

  private static boolean requiredFirst(int[] bits, List<Integer> slots, int required) {
    if (required == 0 || required > 64 || required > slots.size()) {
      return false;
    }
    for (int k = 0; k < slots.size(); k++) {
      if (bits[slots.get(k)] != (k < required ? k : -1)) {
        return false;
      }
    }
    return true;
  }

  /** The required wire names, which the runtime's missing-property report reads by bit. */
  FieldSpec requiredNames() {
    CodeBlock.Builder names = CodeBlock.builder();
    for (int i = 0; i < required.size(); i++) {
      names.add(i == 0 ? "$L" : ", $L", StringLiteral.of(required.get(i).wireName()));
    }
    return FieldSpec.builder(
            String[].class, "REQUIRED", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("{$L}", names.build())
        .build();
  }

  /**
   * The names as the parser matches them against its input bytes, skipping its symbol table, when
   * the codec's guess of the next property is right; the guess is the property that followed the
   * previous one last time, so it learns the order the server writes. Without a match, a switch on
   * the name the parser read finds the slot.
   */
  void addNameMatching(TypeSpec.Builder codec) {
    CodeBlock.Builder names = CodeBlock.builder();
    CodeBlock.Builder order = CodeBlock.builder();
    CodeBlock.Builder cases = CodeBlock.builder();
    for (int k = 0; k < slots.size(); k++) {
      String wireName = properties.get(slots.get(k)).wireName();
      // $W: the array wraps at the column limit instead of running on one line.
      names.add(k == 0 ? "" : ",$W").add("new $T($L)", NAME, StringLiteral.of(wireName));
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
                "The slot expected after each slot, and first (last entry). Decoding threads\n"
                    + "share it unsynchronized: any value in it is a valid guess.\n")
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
}
