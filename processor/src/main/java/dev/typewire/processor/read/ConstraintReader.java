package dev.typewire.processor.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewire.processor.diag.Diagnostics;
import dev.typewire.processor.diag.JsonPointer;
import dev.typewire.processor.model.Constraints;
import java.math.BigDecimal;
import java.util.HashSet;
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

  /** A shared parameter is read once per operation using it; one warning per pattern is enough. */
  private final Set<String> patternsWarned = new HashSet<>();

  ConstraintReader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  Constraints read(JsonNode schema, String pointer) {
    BigDecimal minimum = number(schema, "minimum");
    BigDecimal maximum = number(schema, "maximum");
    BigDecimal exclusiveMinimum = number(schema, "exclusiveMinimum");
    BigDecimal exclusiveMaximum = number(schema, "exclusiveMaximum");
    // OpenAPI 3.0 (JSON Schema draft 4): a boolean that makes minimum/maximum exclusive.
    if (schema.path("exclusiveMinimum").asBoolean(false) && minimum != null) {
      exclusiveMinimum = minimum;
      minimum = null;
    }
    if (schema.path("exclusiveMaximum").asBoolean(false) && maximum != null) {
      exclusiveMaximum = maximum;
      maximum = null;
    }
    BigDecimal multipleOf = number(schema, "multipleOf");
    if (multipleOf != null && multipleOf.signum() <= 0) {
      // JSON Schema requires a factor above zero; any other would divide by zero at run time.
      multipleOf = null;
    }
    return new Constraints(
        minimum,
        maximum,
        exclusiveMinimum,
        exclusiveMaximum,
        multipleOf,
        count(schema, "minLength"),
        count(schema, "maxLength"),
        pattern(schema, pointer),
        count(schema, "minItems"),
        count(schema, "maxItems"),
        schema.path("uniqueItems").asBoolean(false),
        null);
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
      if (patternsWarned.add(at)) {
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
