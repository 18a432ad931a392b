package dev.typewire.runtime;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
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
   * Checks {@code value > min} ({@code exclusiveMinimum}).
   *
   * @param name the parameter's wire name, for the message
   * @param value the value, possibly null
   * @param min the exclusive lower bound
   * @param <N> the number type
   * @return the value
   * @throws IllegalArgumentException if the value is smaller or equal
   */
  public static <N extends Number> N exclusiveMinimum(String name, N value, Number min) {
    if (value != null && compare(value, min) <= 0) {
      throw new IllegalArgumentException(name + " must be greater than " + min + ", was " + value);
    }
    return value;
  }

  /**
   * Checks {@code value < max} ({@code exclusiveMaximum}).
   *
   * @param name the parameter's wire name, for the message
   * @param value the value, possibly null
   * @param max the exclusive upper bound
   * @param <N> the number type
   * @return the value
   * @throws IllegalArgumentException if the value is larger or equal
   */
  public static <N extends Number> N exclusiveMaximum(String name, N value, Number max) {
    if (value != null && compare(value, max) >= 0) {
      throw new IllegalArgumentException(name + " must be less than " + max + ", was " + value);
    }
    return value;
  }

  /**
   * Checks that {@code value} is an integral multiple of {@code factor} ({@code multipleOf}),
   * computed exactly in decimal: {@code 0.3} is a multiple of {@code 0.1}.
   *
   * @param name the parameter's wire name, for the message
   * @param value the value, possibly null
   * @param factor the positive factor
   * @param <N> the number type
   * @return the value
   * @throws IllegalArgumentException if the value is not a multiple
   */
  public static <N extends Number> N multipleOf(String name, N value, Number factor) {
    if (value != null && decimal(value).remainder(decimal(factor)).signum() != 0) {
      throw new IllegalArgumentException(
          name + " must be a multiple of " + factor + ", was " + value);
    }
    return value;
  }

  /**
   * Checks a string's length in Unicode code points ({@code minLength}/{@code maxLength}).
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
   * Checks that no two items of a list are equal ({@code uniqueItems}).
   *
   * @param name the parameter's wire name, for the message
   * @param value the value, possibly null
   * @param <C> the collection type
   * @return the value
   * @throws IllegalArgumentException if an item appears more than once
   */
  public static <C extends Collection<?>> C uniqueItems(String name, C value) {
    if (value != null) {
      Set<Object> seen = new HashSet<>();
      int index = 0;
      for (Object item : value) {
        if (!seen.add(item)) {
          throw new IllegalArgumentException(
              name + " items must be unique, item " + index + " repeats an earlier one");
        }
        index++;
      }
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
      // The value is left out: a checked header or cookie may well be a credential.
      throw new IllegalArgumentException(name + " must match the pattern " + pattern.pattern());
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
