package dev.typewire.runtime;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * Checks request parameters against their schema constraints before anything is sent, so a bad
 * value fails at the call site with the parameter's wire name instead of as a 422 later. Every
 * check lets null pass (absence is {@link #required}'s business) and returns the value.
 */
public final class ParameterChecks {

  private ParameterChecks() {}

  /**
   * Checks {@code min <= value <= max}.
   *
   * @param name the parameter's wire name, for the message
   * @param value the value, possibly null
   * @param min the inclusive lower bound
   * @param max the inclusive upper bound
   * @param <N> the number type
   * @return the value
   * @throws IllegalArgumentException if the value is out of range
   */
  public static <N extends Number> N range(String name, N value, Number min, Number max) {
    if (value != null && (compare(value, min) < 0 || compare(value, max) > 0)) {
      throw new IllegalArgumentException(
          name + " must be between " + min + " and " + max + ", was " + value);
    }
    return value;
  }

  /**
   * Checks {@code value >= min}.
   *
   * @param name the parameter's wire name, for the message
   * @param value the value, possibly null
   * @param min the inclusive lower bound
   * @param <N> the number type
   * @return the value
   * @throws IllegalArgumentException if the value is smaller
   */
  public static <N extends Number> N minimum(String name, N value, Number min) {
    if (value != null && compare(value, min) < 0) {
      throw new IllegalArgumentException(name + " must be at least " + min + ", was " + value);
    }
    return value;
  }

  /**
   * Checks {@code value <= max}.
   *
   * @param name the parameter's wire name, for the message
   * @param value the value, possibly null
   * @param max the inclusive upper bound
   * @param <N> the number type
   * @return the value
   * @throws IllegalArgumentException if the value is larger
   */
  public static <N extends Number> N maximum(String name, N value, Number max) {
    if (value != null && compare(value, max) > 0) {
      throw new IllegalArgumentException(name + " must be at most " + max + ", was " + value);
    }
    return value;
  }

  /**
   * Checks a string's length in characters ({@code minLength}/{@code maxLength}).
   *
   * @param name the parameter's wire name, for the message
   * @param value the value, possibly null
   * @param min the inclusive minimum length, or -1 for none
   * @param max the inclusive maximum length, or -1 for none
   * @param <S> the character sequence type
   * @return the value
   * @throws IllegalArgumentException if the length is outside the bounds
   */
  public static <S extends CharSequence> S length(String name, S value, int min, int max) {
    if (value != null) {
      // Schemas count characters, not UTF-16 units: an emoji is one.
      int length = Character.codePointCount(value, 0, value.length());
      checkBounds(name, "length", length, min, max);
    }
    return value;
  }

  /**
   * Checks a collection's size ({@code minItems}/{@code maxItems}).
   *
   * @param name the parameter's wire name, for the message
   * @param value the value, possibly null
   * @param min the inclusive minimum size, or -1 for none
   * @param max the inclusive maximum size, or -1 for none
   * @param <C> the collection type
   * @return the value
   * @throws IllegalArgumentException if the size is outside the bounds
   */
  public static <C extends Collection<?>> C size(String name, C value, int min, int max) {
    if (value != null) {
      checkBounds(name, "size", value.size(), min, max);
    }
    return value;
  }

  /**
   * Checks that a string contains a match of {@code pattern} (OpenAPI {@code pattern} is not
   * anchored).
   *
   * @param name the parameter's wire name, for the message
   * @param value the value, possibly null
   * @param pattern the pattern
   * @param <S> the character sequence type
   * @return the value
   * @throws IllegalArgumentException if the pattern does not match
   */
  public static <S extends CharSequence> S pattern(String name, S value, Pattern pattern) {
    if (value != null && !pattern.matcher(value).find()) {
      throw new IllegalArgumentException(name + " must match " + pattern.pattern());
    }
    return value;
  }

  /**
   * Checks that a required parameter is present.
   *
   * @param name the parameter's wire name, for the message
   * @param value the value
   * @param <T> the value type
   * @return the value
   * @throws NullPointerException if the value is null
   */
  public static <T> T required(String name, T value) {
    if (value == null) {
      throw new NullPointerException(name + " is required");
    }
    return value;
  }

  private static void checkBounds(String name, String what, int actual, int min, int max) {
    if ((min >= 0 && actual < min) || (max >= 0 && actual > max)) {
      String bounds =
          min >= 0 && max >= 0
              ? "between " + min + " and " + max
              : min >= 0 ? "at least " + min : "at most " + max;
      throw new IllegalArgumentException(
          name + " " + what + " must be " + bounds + ", was " + actual);
    }
  }

  // Exact for every Number Java ships (no double rounding of large longs).
  private static int compare(Number value, Number bound) {
    return decimal(value).compareTo(decimal(bound));
  }

  private static BigDecimal decimal(Number number) {
    if (number instanceof BigDecimal decimal) {
      return decimal;
    }
    if (number instanceof Double || number instanceof Float) {
      return BigDecimal.valueOf(number.doubleValue());
    }
    return new BigDecimal(number.toString());
  }
}
