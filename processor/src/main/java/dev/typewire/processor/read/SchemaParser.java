package dev.typewire.processor.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
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

  /** How many levels of the pointer a depth error shows: the rest is a wall of "/0/0/0". */
  private static final int SHOWN_DEPTH = 6;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Map<String, String> positions = new HashMap<>();

  /** The pointer of the node being read, so a syntax error can say where in the tree it is. */
  private String reading = "#";

  /** Thrown for text that is not well-formed JSON or YAML, or is empty or too deep. */
  public static final class ParseException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String id;
    private final String position;
    private final String pointer;

    ParseException(String id, String message, String position, String pointer) {
      super(message);
      this.id = id;
      this.position = position;
      this.pointer = pointer;
    }

    /** The problem id: TW-PARSE-JSON, TW-PARSE-YAML, TW-SCHEMA-EMPTY or TW-DEPTH. */
    public String id() {
      return id;
    }

    /** "line:column", or null when the parser could not tell. */
    public String position() {
      return position;
    }

    /** The pointer of the innermost node that was being read when parsing failed. */
    public String pointer() {
      return pointer;
    }
  }

  private SchemaParser() {}

  public static SchemaDocument parse(String path, String text) throws ParseException {
    SchemaParser reader = new SchemaParser();
    boolean isJson = looksLikeJson(path, text);
    String syntaxId = isJson ? "TW-PARSE-JSON" : "TW-PARSE-YAML";
    JsonFactory factory = isJson ? new JsonFactory() : new YAMLFactory();
    factory.setStreamReadConstraints(
        StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build());
    // A key given twice would silently lose one of its values (a whole path or schema).
    factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    try (JsonParser json = factory.createParser(text)) {
      JsonToken first = json.nextToken();
      if (first == null) {
        throw new ParseException(
            "TW-SCHEMA-EMPTY", "the file is empty; expected an OpenAPI document", null, "#");
      }
      JsonNode root = reader.read(json, "#");
      if (json.nextToken() != null) {
        throw new ParseException(
            syntaxId, "unexpected content after the document", position(json), "#");
      }
      return new SchemaDocument(path, root, Map.copyOf(reader.positions));
    } catch (StreamConstraintsException e) {
      String deepest = reader.positions.get(reader.reading);
      String ancestor = ancestor(reader.reading, SHOWN_DEPTH);
      throw new ParseException(
          "TW-DEPTH",
          "the document nests deeper than "
              + MAX_DEPTH
              + " levels below this node (the limit is reached at "
              + deepest
              + "); no OpenAPI document needs that, and deeper input could overflow the stack",
          reader.positions.get(ancestor),
          ancestor);
    } catch (JsonProcessingException e) {
      String message = e.getOriginalMessage();
      throw new ParseException(
          syntaxId,
          isJson ? message : withoutExcerpts(message),
          position(e.getLocation()),
          reader.reading);
    } catch (IOException e) {
      throw new ParseException(syntaxId, String.valueOf(e.getMessage()), null, reader.reading);
    }
  }

  /** The ancestor of {@code pointer} at most {@code depth} levels below the root. */
  private static String ancestor(String pointer, int depth) {
    int end = 0;
    for (int level = 0; level <= depth; level++) {
      end = pointer.indexOf('/', end + 1);
      if (end < 0) {
        return pointer;
      }
    }
    return pointer.substring(0, end);
  }

  /**
   * SnakeYAML's messages quote the source under each "in 'reader', line L, column C" line; the
   * diagnostic already gives line and column, so keep only its unindented sentences.
   */
  private static String withoutExcerpts(String message) {
    if (message == null) {
      return "not valid YAML";
    }
    StringBuilder out = new StringBuilder();
    for (String line : message.split("\n")) {
      if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
        out.append(out.length() == 0 ? "" : "; ").append(line.strip());
      }
    }
    return out.length() == 0 ? message.strip() : out.toString();
  }

  private static String position(JsonLocation location) {
    return location == null || location.getLineNr() < 1
        ? null
        : location.getLineNr() + ":" + location.getColumnNr();
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
    reading = pointer;
    positions.put(pointer, position(json));
    JsonToken token = json.currentToken();
    switch (token) {
      case START_OBJECT -> {
        ObjectNode object = NODES.objectNode();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
          String name = json.currentName();
          json.nextToken();
          object.set(name, read(json, JsonPointer.child(pointer, name)));
          reading = pointer;
        }
        return object;
      }
      case START_ARRAY -> {
        ArrayNode array = NODES.arrayNode();
        int index = 0;
        while (json.nextToken() != JsonToken.END_ARRAY) {
          array.add(read(json, JsonPointer.child(pointer, index++)));
          reading = pointer;
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
        try {
          return NODES.numberNode(json.getDecimalValue());
        } catch (NumberFormatException e) {
          // Found by fuzzing: "1E1111111111111" is valid JSON but no BigDecimal can hold it.
          throw new JsonParseFailure(
              json, "the number " + json.getText() + " is out of range: " + e.getMessage());
        }
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
    return position(json.currentTokenLocation());
  }

  /** An unexpected token, reported like any other parse failure. */
  private static final class JsonParseFailure extends JsonProcessingException {
    private static final long serialVersionUID = 1L;

    JsonParseFailure(JsonParser json, String message) {
      super(message, json.currentTokenLocation());
    }
  }
}
