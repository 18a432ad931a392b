package dev.typewire.bench.hand;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads one value at the parser's current token; every method accepts JSON null. */
final class JsonValues {
  private JsonValues() {}

  static String string(JsonParser p) throws IOException {
    return p.currentToken() == JsonToken.VALUE_NULL ? null : p.getText();
  }

  static Boolean bool(JsonParser p) throws IOException {
    return switch (p.currentToken()) {
      case VALUE_NULL -> null;
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      default -> Boolean.valueOf(p.getText()); // "true"/"false" sent as strings
    };
  }

  static Integer integer(JsonParser p) throws IOException {
    return switch (p.currentToken()) {
      case VALUE_NULL -> null;
      case VALUE_STRING -> Integer.valueOf(p.getText()); // "4" sent as a string
      default -> p.getIntValue();
    };
  }

  static Double decimal(JsonParser p) throws IOException {
    return p.currentToken() == JsonToken.VALUE_NULL ? null : p.getValueAsDouble();
  }

  static OffsetDateTime time(JsonParser p) throws IOException {
    return p.currentToken() == JsonToken.VALUE_NULL ? null : IsoTimestamps.parse(p.getText());
  }

  static JsonNode tree(JsonParser p) throws IOException {
    return p.currentToken() == JsonToken.VALUE_NULL ? null : p.readValueAsTree();
  }

  static List<String> strings(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    List<String> list = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      list.add(string(p));
    }
    return list;
  }

  static Map<String, Boolean> booleanMap(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    Map<String, Boolean> map = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      p.nextToken();
      map.put(key, bool(p));
    }
    return map;
  }

  static Map<String, Integer> integerMap(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    Map<String, Integer> map = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      p.nextToken();
      map.put(key, integer(p));
    }
    return map;
  }

  static Map<String, Instant> epochMillisMap(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    Map<String, Instant> map = new HashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      p.nextToken();
      map.put(key, Instant.ofEpochMilli(p.getLongValue()));
    }
    return map;
  }
}
