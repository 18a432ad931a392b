package dev.typewire.processor.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewire.processor.diag.Diagnostics;
import dev.typewire.processor.diag.JsonPointer;
import dev.typewire.processor.model.EnumType;
import dev.typewire.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads an {@code enum} schema into an {@link EnumType}: string values (the default), or integer
 * values when the schema says {@code type: integer} (over Integer, or Long when a value or the
 * format needs it). Repeated values and values of another type are skipped with a warning.
 */
final class EnumReader {

  private final Diagnostics diagnostics;

  EnumReader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** An enum of {@code type: integer} becomes an integer value record. */
  static boolean isIntegerEnum(JsonNode schema) {
    return schema.path("type").asText("").equals("integer") && schema.get("enum").isArray();
  }

  EnumType read(String name, JsonNode schema, String pointer) {
    JsonNode values = schema.get("enum");
    String valuesPointer = JsonPointer.child(pointer, "enum");
    if (!values.isArray()) {
      diagnostics.warning(
          "TW-ENUM",
          valuesPointer,
          "enum must be an array; "
              + name
              + " is generated without constants, every value kept as it is on the wire");
      return new EnumType(name, pointer, SchemaDocs.docs(schema), List.of(), TypeRef.Scalar.STRING);
    }
    List<Listed> listed = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      listed.add(new Listed(values.get(i), JsonPointer.child(valuesPointer, i), null));
    }
    return build(name, schema, pointer, listed, isIntegerEnum(schema));
  }

  /**
   * Reads a {@code oneOf} (or {@code anyOf}) of {@code const} alternatives, the 3.1 way to give
   * each value a name and description (Discord writes every integer enum so), as an enum whose
   * constants are named by the alternatives' titles.
   */
  EnumType readConstUnion(String name, JsonNode schema, String pointer) {
    String keyword = SchemaShapes.constUnionKeyword(schema);
    JsonNode alternatives = schema.get(keyword);
    List<Listed> listed = new ArrayList<>();
    boolean integers = schema.path("type").asText("").equals("integer");
    boolean allIntegral = true;
    for (int i = 0; i < alternatives.size(); i++) {
      JsonNode alternative = alternatives.get(i);
      String at =
          JsonPointer.child(JsonPointer.child(JsonPointer.child(pointer, keyword), i), "const");
      JsonNode value = alternative.get("const");
      allIntegral &= value.isIntegralNumber();
      listed.add(new Listed(value, at, alternative.path("title").asText("")));
    }
    return build(name, schema, pointer, listed, integers || allIntegral);
  }

  /** One listed value, where it is, and the name its description gives it (or null). */
  private record Listed(JsonNode value, String pointer, String title) {}

  private EnumType build(
      String name, JsonNode schema, String pointer, List<Listed> listed, boolean integers) {
    List<EnumType.EnumConstant> constants = new ArrayList<>();
    boolean isLong = schema.path("format").asText("").equals("int64");
    // The generated record's own constant.
    Set<String> used = new HashSet<>(Set.of("KNOWN_VALUES"));
    Set<String> seen = new HashSet<>();
    for (Listed each : listed) {
      JsonNode value = each.value();
      if (value.isNull()) {
        continue;
      }
      boolean fits =
          integers ? value.isIntegralNumber() && value.canConvertToLong() : value.isTextual();
      if (!fits) {
        diagnostics.warning(
            "TW-ENUM",
            each.pointer(),
            "only "
                + (integers ? "integer" : "string")
                + " values of this enum are generated as constants; "
                + value
                + " is skipped");
        continue;
      }
      String wire = value.asText();
      if (!seen.add(wire)) {
        // A repeated value would be a second constant for the same wire value.
        diagnostics.warning(
            "TW-ENUM",
            each.pointer(),
            "enum value " + value + " is listed twice; the repeat is skipped");
        continue;
      }
      isLong |= integers && !value.canConvertToInt();
      String constant;
      if (each.title() != null && !each.title().isBlank()) {
        constant = JavaNames.constant(each.title());
      } else if (integers) {
        constant = "VALUE_" + (wire.startsWith("-") ? "MINUS_" + wire.substring(1) : wire);
      } else {
        constant = JavaNames.constant(wire);
      }
      constants.add(
          new EnumType.EnumConstant(wire, JavaNames.distinct(constant, used), each.pointer()));
    }
    TypeRef.Scalar valueType =
        !integers ? TypeRef.Scalar.STRING : isLong ? TypeRef.Scalar.LONG : TypeRef.Scalar.INTEGER;
    return new EnumType(name, pointer, SchemaDocs.docs(schema), constants, valueType);
  }
}
