package dev.typewire.processor.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.typewire.processor.diag.JsonPointer;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Parses JSON or YAML into a tree while remembering each node's line and column, which Jackson's
 * tree model forgets.
 */
public final class SchemaParser {

  /** Deeper documents are refused rather than risking a stack overflow in later stages. */
  static final int MAX_DEPTH = 200;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Map<String, String> positions = new HashMap<>();

  /** Thrown for text that is not well-formed JSON or YAML. */
  public static final class ParseException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String position;

    ParseException(String message, String position) {
      super(message);
      this.position = position;
    }

    /** "line:column", or null when the parser could not tell. */
    public String position() {
      return position;
    }
  }

  private SchemaParser() {}

  public static SchemaDocument parse(String path, String text) throws ParseException {
    SchemaParser parser = new SchemaParser();
    JsonFactory factory = looksLikeJson(path, text) ? new JsonFactory() : new YAMLFactory();
    factory.setStreamReadConstraints(
        StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build());
    try (JsonParser json = factory.createParser(text)) {
      JsonToken first = json.nextToken();
      if (first == null) {
        throw new ParseException("the file is empty", null);
      }
      JsonNode root = parser.read(json, "#");
      if (json.nextToken() != null) {
        throw new ParseException("unexpected content after the document", position(json));
      }
      return new SchemaDocument(path, root, Map.copyOf(parser.positions));
    } catch (JsonProcessingException e) {
      JsonLocation location = e.getLocation();
      String position =
          location == null ? null : location.getLineNr() + ":" + location.getColumnNr();
      throw new ParseException(e.getOriginalMessage(), position);
    } catch (IOException e) {
      throw new ParseException(e.getMessage(), null);
    }
  }

  private static boolean looksLikeJson(String path, String text) {
    if (path.endsWith(".json")) {
      return true;
    }
    if (path.endsWith(".yaml") || path.endsWith(".yml")) {
      return false;
    }
    String trimmed = text.stripLeading();
    return trimmed.startsWith("{") || trimmed.startsWith("[");
  }

  private JsonNode read(JsonParser json, String pointer) throws IOException {
    positions.put(pointer, position(json));
    JsonToken token = json.currentToken();
    switch (token) {
      case START_OBJECT -> {
        ObjectNode object = NODES.objectNode();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
          String name = json.currentName();
          json.nextToken();
          object.set(name, read(json, JsonPointer.child(pointer, name)));
        }
        return object;
      }
      case START_ARRAY -> {
        ArrayNode array = NODES.arrayNode();
        int index = 0;
        while (json.nextToken() != JsonToken.END_ARRAY) {
          array.add(read(json, JsonPointer.child(pointer, index++)));
        }
        return array;
      }
      case VALUE_STRING -> {
        return NODES.textNode(json.getText());
      }
      case VALUE_NUMBER_INT -> {
        return NODES.numberNode(json.getBigIntegerValue());
      }
      case VALUE_NUMBER_FLOAT -> {
        return NODES.numberNode(json.getDecimalValue());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return NODES.booleanNode(json.getBooleanValue());
      }
      case VALUE_NULL -> {
        return NODES.nullNode();
      }
      default -> throw new JsonParseFailure(json, "unexpected token " + token);
    }
  }

  private static String position(JsonParser json) {
    JsonLocation location = json.currentTokenLocation();
    return location.getLineNr() + ":" + location.getColumnNr();
  }

  /** An unexpected token, reported like any other parse failure. */
  private static final class JsonParseFailure extends JsonProcessingException {
    private static final long serialVersionUID = 1L;

    JsonParseFailure(JsonParser json, String message) {
      super(message, json.currentTokenLocation());
    }
  }
}
