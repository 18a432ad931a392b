package dev.typewire.processor.model;

import java.math.BigDecimal;

/**
 * Rules the schema documents for a value; checked by generated builders before a request leaves,
 * never on decoded responses. Null (or false) means "no rule".
 *
 * @param exclusiveMinimum the exclusive lower bound, from either OpenAPI 3.1's numeric form or
 *     3.0's {@code exclusiveMinimum: true} beside {@code minimum} (then {@code minimum} is null)
 * @param exclusiveMaximum likewise for the upper bound
 * @param multipleOf a positive factor the value must be an integral multiple of
 * @param minLength minimum string length, in Unicode code points
 * @param maxLength maximum string length, in Unicode code points
 * @param pattern a regular expression a string must contain a match of; only ever one that {@link
 *     java.util.regex.Pattern} compiles
 * @param items the rules of each item of an array, or null
 */
public record Constraints(
    BigDecimal minimum,
    BigDecimal maximum,
    BigDecimal exclusiveMinimum,
    BigDecimal exclusiveMaximum,
    BigDecimal multipleOf,
    Integer minLength,
    Integer maxLength,
    String pattern,
    Integer minItems,
    Integer maxItems,
    boolean uniqueItems,
    Constraints items) {

  public static final Constraints NONE =
      new Constraints(null, null, null, null, null, null, null, null, null, null, false, null);

  /** These rules, each missing one taken from {@code fallback}. */
  public Constraints orElse(Constraints fallback) {
    return new Constraints(
        minimum != null ? minimum : fallback.minimum,
        maximum != null ? maximum : fallback.maximum,
        exclusiveMinimum != null ? exclusiveMinimum : fallback.exclusiveMinimum,
        exclusiveMaximum != null ? exclusiveMaximum : fallback.exclusiveMaximum,
        multipleOf != null ? multipleOf : fallback.multipleOf,
        minLength != null ? minLength : fallback.minLength,
        maxLength != null ? maxLength : fallback.maxLength,
        pattern != null ? pattern : fallback.pattern,
        minItems != null ? minItems : fallback.minItems,
        maxItems != null ? maxItems : fallback.maxItems,
        uniqueItems || fallback.uniqueItems,
        items != null ? items : fallback.items);
  }

  /** These rules with {@code items} as the rules of each array item. */
  public Constraints withItems(Constraints items) {
    return new Constraints(
        minimum,
        maximum,
        exclusiveMinimum,
        exclusiveMaximum,
        multipleOf,
        minLength,
        maxLength,
        pattern,
        minItems,
        maxItems,
        uniqueItems,
        items);
  }
}
