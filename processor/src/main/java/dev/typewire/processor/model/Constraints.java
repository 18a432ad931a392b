package dev.typewire.processor.model;

import java.math.BigDecimal;

/**
 * Bounds the schema documents for a value; checked by generated builders before a request leaves.
 * Null means "no bound".
 */
public record Constraints(
    BigDecimal minimum, BigDecimal maximum, Integer minLength, Integer maxLength) {

  public static final Constraints NONE = new Constraints(null, null, null, null);

  public boolean isEmpty() {
    return minimum == null && maximum == null && minLength == null && maxLength == null;
  }
}
