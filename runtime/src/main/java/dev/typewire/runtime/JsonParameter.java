package dev.typewire.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes a parameter value as JSON text, for the parameters generated code sends as JSON: those
 * declared with {@code content: application/json}, and objects (or lists of them) in a header or
 * cookie, for which OpenAPI's {@code simple} and {@code form} styles define no nested form. Called
 * by generated code.
 */
public final class JsonParameter {

  /** Typewire's JSON configuration; thread-safe once configured. */
  private static final ObjectMapper MAPPER = JsonCodec.newObjectMapper();

  private JsonParameter() {}

  /**
   * Returns the value as compact JSON text.
   *
   * @param value the value, a generated record, list, map or scalar
   * @return its JSON text, on one line
   * @throws IllegalArgumentException if Jackson cannot write the value
   */
  public static String text(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "cannot write parameter value of " + value.getClass() + " as JSON", e);
    }
  }
}
