package dev.typewire.processor.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewire.processor.diag.Diagnostics;
import dev.typewire.processor.diag.JsonPointer;
import dev.typewire.processor.model.Constraints;
import dev.typewire.processor.model.TypeRef;
import dev.typewire.processor.model.TypeRef.Scalar;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the validation keywords of a schema into {@link Constraints}. A {@code pattern} is an
 * ECMA-262 regular expression; one that {@link Pattern} cannot compile is a {@code TW-PATTERN}
 * warning and is left out, so the generated code never fails to compile or load because of it.
 */
final class ConstraintReader {

  private final Diagnostics diagnostics;

  /** A shared parameter is read once per operation using it; one warning per place is enough. */
  private final Set<String> warned = new HashSet<>();

  private static final Set<Scalar> NUMBERS =
      EnumSet.of(
          Scalar.INTEGER, Scalar.LONG, Scalar.BIG_INTEGER, Scalar.DOUBLE, Scalar.BIG_DECIMAL);

  ConstraintReader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** The rules a schema node states itself; {@code normalized} is that node, read once. */
  Constraints read(NormalizedSchema normalized, String pointer) {
    JsonNode schema = normalized.node();
    NormalizedSchema.Bounds bounds = normalized.bounds();
    BigDecimal multipleOf = number(schema, "multipleOf");
    if (multipleOf != null && multipleOf.signum() <= 0) {
      // JSON Schema requires a factor above zero; any other would divide by zero at run time.
      multipleOf = null;
    }
    return new Constraints(
        bounds.minimum(),
        bounds.maximum(),
        bounds.exclusiveMinimum(),
        bounds.exclusiveMaximum(),
        multipleOf,
        count(schema, "minLength"),
        count(schema, "maxLength"),
        pattern(schema, pointer),
        count(schema, "minItems"),
        count(schema, "maxItems"),
        schema.path("uniqueItems").asBoolean(false),
        null);
  }

  /**
   * Warns about rules the generated code cannot check on a value of {@code type}: length and
   * pattern on anything but a plain string ({@code date-time}, {@code uuid}, a free-form value),
   * bounds on anything but a number, item counts on anything but an array. Generated types are left
   * alone: an enum's values are fixed, an object's properties carry their own rules.
   */
  void warnUnchecked(Constraints rules, TypeRef type, String pointer) {
    if (type instanceof TypeRef.Named) {
      return;
    }
    boolean string = type instanceof TypeRef.Primitive p && p.scalar() == Scalar.STRING;
    boolean number = type instanceof TypeRef.Primitive p && NUMBERS.contains(p.scalar());
    List<String> unchecked = new ArrayList<>();
    if (!string) {
      addIf(unchecked, rules.minLength() != null, "minLength");
      addIf(unchecked, rules.maxLength() != null, "maxLength");
      addIf(unchecked, rules.pattern() != null, "pattern");
    }
    if (!number) {
      addIf(unchecked, rules.minimum() != null, "minimum");
      addIf(unchecked, rules.maximum() != null, "maximum");
      addIf(unchecked, rules.exclusiveMinimum() != null, "exclusiveMinimum");
      addIf(unchecked, rules.exclusiveMaximum() != null, "exclusiveMaximum");
      addIf(unchecked, rules.multipleOf() != null, "multipleOf");
    }
    if (!(type instanceof TypeRef.ListOf)) {
      addIf(unchecked, rules.minItems() != null, "minItems");
      addIf(unchecked, rules.maxItems() != null, "maxItems");
      addIf(unchecked, rules.uniqueItems(), "uniqueItems");
    }
    if (!unchecked.isEmpty() && warned.add(pointer)) {
      diagnostics.warning(
          "TW-CONSTRAINT",
          JsonPointer.child(pointer, unchecked.get(0)),
          String.join(", ", unchecked)
              + " not checked before requests are sent: Typewire checks length and pattern on"
              + " plain strings, bounds on numbers and item counts on arrays");
    }
  }

  private static void addIf(List<String> keywords, boolean present, String keyword) {
    if (present) {
      keywords.add(keyword);
    }
  }

  private String pattern(JsonNode schema, String pointer) {
    JsonNode pattern = schema.get("pattern");
    if (pattern == null || !pattern.isTextual()) {
      return null;
    }
    try {
      Pattern.compile(pattern.asText());
      return pattern.asText();
    } catch (PatternSyntaxException e) {
      String at = JsonPointer.child(pointer, "pattern");
      if (warned.add(at)) {
        diagnostics.warning(
            "TW-PATTERN",
            at,
            "Java cannot compile this pattern ("
                + e.getDescription()
                + " at index "
                + e.getIndex()
                + "); ECMA-262 and java.util.regex differ in places. It is not checked before"
                + " requests are sent");
      }
      return null;
    }
  }

  private static BigDecimal number(JsonNode schema, String field) {
    JsonNode value = schema.get(field);
    return value != null && value.isNumber() ? value.decimalValue() : null;
  }

  private static Integer count(JsonNode schema, String field) {
    JsonNode value = schema.get(field);
    return value != null && value.canConvertToInt() && value.intValue() >= 0
        ? value.intValue()
        : null;
  }
}
