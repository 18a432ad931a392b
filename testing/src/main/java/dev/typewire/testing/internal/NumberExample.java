package dev.typewire.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A number that a schema's bounds and {@code multipleOf} admit. Exclusive bounds come in two
 * spellings: a number of their own (JSON Schema 2020-12, OpenAPI 3.1) or {@code true} beside {@code
 * minimum}/{@code maximum} (draft 4, OpenAPI 3.0).
 */
public final class NumberExample {

  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private final BigDecimal lower;
  private final boolean lowerExclusive;
  private final BigDecimal upper;
  private final boolean upperExclusive;
  private final BigDecimal multipleOf;
  private final boolean integer;

  private NumberExample(JsonNode schema, boolean integer) {
    this.integer = integer;
    JsonNode exclusiveMin = schema.path("exclusiveMinimum");
    JsonNode exclusiveMax = schema.path("exclusiveMaximum");
    if (exclusiveMin.isNumber()) {
      lower = exclusiveMin.decimalValue();
      lowerExclusive = true;
    } else {
      lower = schema.path("minimum").isNumber() ? schema.get("minimum").decimalValue() : null;
      lowerExclusive = exclusiveMin.asBoolean(false);
    }
    if (exclusiveMax.isNumber()) {
      upper = exclusiveMax.decimalValue();
      upperExclusive = true;
    } else {
      upper = schema.path("maximum").isNumber() ? schema.get("maximum").decimalValue() : null;
      upperExclusive = exclusiveMax.asBoolean(false);
    }
    JsonNode multiple = schema.path("multipleOf");
    multipleOf =
        multiple.isNumber() && multiple.decimalValue().signum() > 0
            ? multiple.decimalValue()
            : null;
  }

  /** A value for {@code schema} near {@code preferred}; {@code preferred} when no rule applies. */
  public static BigDecimal of(JsonNode schema, BigDecimal preferred, boolean integer) {
    return new NumberExample(schema, integer).value(preferred);
  }

  private BigDecimal value(BigDecimal preferred) {
    if (multipleOf != null) {
      BigDecimal step = multipleOf;
      BigDecimal start = lower == null ? step : lower;
      BigDecimal k = start.divide(step, 0, RoundingMode.CEILING);
      for (int i = 0; i < 4; i++) {
        BigDecimal candidate = k.add(BigDecimal.valueOf(i)).multiply(step).stripTrailingZeros();
        if (admits(candidate) && (!integer || isIntegral(candidate))) {
          return candidate;
        }
      }
      return step;
    }
    BigDecimal value = integer ? preferred.setScale(0, RoundingMode.CEILING) : preferred;
    if (lower != null && !aboveLower(value)) {
      value = integer ? lowestInteger() : lowerExclusive ? inside(lower, 1) : lower;
    }
    if (upper != null && !belowUpper(value)) {
      value = integer ? highestInteger() : upperExclusive ? inside(upper, -1) : upper;
    }
    return value;
  }

  /** A number strictly past {@code bound} towards the other bound: the middle when both exist. */
  private BigDecimal inside(BigDecimal bound, int direction) {
    BigDecimal other = direction > 0 ? upper : lower;
    if (other != null) {
      return bound.add(other).divide(TWO);
    }
    return bound.add(BigDecimal.valueOf(direction));
  }

  private BigDecimal lowestInteger() {
    BigDecimal ceiling = lower.setScale(0, RoundingMode.CEILING);
    return lowerExclusive && ceiling.compareTo(lower) == 0 ? ceiling.add(BigDecimal.ONE) : ceiling;
  }

  private BigDecimal highestInteger() {
    BigDecimal floor = upper.setScale(0, RoundingMode.FLOOR);
    return upperExclusive && floor.compareTo(upper) == 0 ? floor.subtract(BigDecimal.ONE) : floor;
  }

  private boolean admits(BigDecimal value) {
    return (lower == null || aboveLower(value)) && (upper == null || belowUpper(value));
  }

  private boolean aboveLower(BigDecimal value) {
    int c = value.compareTo(lower);
    return lowerExclusive ? c > 0 : c >= 0;
  }

  private boolean belowUpper(BigDecimal value) {
    int c = value.compareTo(upper);
    return upperExclusive ? c < 0 : c <= 0;
  }

  private static boolean isIntegral(BigDecimal value) {
    return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
  }
}
