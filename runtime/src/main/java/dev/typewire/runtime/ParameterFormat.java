package dev.typewire.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;

/**
 * Turns path and query parameter values into text the way their JSON form would be, so an enum
 * sends its wire name ({@code @JsonValue}) rather than its Java constant name.
 */
final class ParameterFormat {

  private final ObjectMapper mapper;

  ParameterFormat(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The value's JSON form, for a caller that needs its properties. */
  JsonNode tree(Object value) {
    return value instanceof JsonNode node ? node : mapper.valueToTree(value);
  }

  String text(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    JsonNode node = mapper.valueToTree(value);
    if (node.isValueNode()) {
      return node.asText();
    }
    try {
      return mapper.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot format parameter value of " + value.getClass(), e);
    }
  }
}
