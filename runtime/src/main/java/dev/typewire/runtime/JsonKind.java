package dev.typewire.runtime;

import com.fasterxml.jackson.core.JsonToken;

/**
 * The kinds of JSON value a union variant, or one of its properties, can be decoded from: what
 * {@link UnionVariants} compares with the value at hand. For generated code.
 */
public enum JsonKind {
  /** A JSON object. */
  OBJECT,
  /** A JSON array. */
  ARRAY,
  /** A JSON string. */
  STRING,
  /** A JSON number without fraction or exponent. */
  INTEGER,
  /** Any JSON number. */
  NUMBER,
  /** {@code true} or {@code false}. */
  BOOLEAN,
  /** Any value: the Java type says nothing of the wire form (a number sent as a string, say). */
  ANY;

  /** Whether a value starting with {@code token} is of this kind. */
  boolean accepts(JsonToken token) {
    return switch (this) {
      case OBJECT -> token == JsonToken.START_OBJECT || token == JsonToken.FIELD_NAME;
      case ARRAY -> token == JsonToken.START_ARRAY;
      case STRING -> token == JsonToken.VALUE_STRING;
      case INTEGER -> token == JsonToken.VALUE_NUMBER_INT;
      case NUMBER -> token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
      case BOOLEAN -> token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE;
      case ANY -> true;
    };
  }
}
