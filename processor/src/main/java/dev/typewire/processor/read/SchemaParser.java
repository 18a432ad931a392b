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
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.typewire.processor.diag.JsonPointer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parses JSON or YAML into a tree. Line and column are not kept per node: a large description
 * (GitHub's has about a million nodes) would hold a pointer and a position string for each. {@link
 * PositionScanner} finds them again, for the few nodes that get a problem.
 */
public final class SchemaParser {

  /** Deeper documents are refused rather than risking a stack overflow in later stages. */
  static final int MAX_DEPTH = 200;

  /** How many levels of the pointer a depth error shows: the rest is a wall of "/0/0/0". */
  private static final int SHOWN_DEPTH = 6;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * The path to the node being read (names and indexes), so a syntax error can say where in the
   * tree it is; the pointer string is only built when one does.
   */
  private final List<Object> path = new ArrayList<>();

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
    JsonFactory factory = factory(isJson);
    // A key given twice would silently lose one of its values (a whole path or schema).
    factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    try (JsonParser json = factory.createParser(text)) {
      JsonToken first = json.nextToken();
      if (first == null) {
        throw new ParseException(
            "TW-SCHEMA-EMPTY", "the file is empty; expected an OpenAPI document", null, "#");
      }
      JsonNode root = reader.read(json);
      if (json.nextToken() != null) {
        throw new ParseException(
            syntaxId, "unexpected content after the document", position(json), "#");
      }
      return new SchemaDocument(path, root, text);
    } catch (StreamConstraintsException e) {
      String reading = reader.reading();
      String ancestor = ancestor(reading, SHOWN_DEPTH);
      Map<String, String> positions =
          PositionScanner.scan(factory(isJson), text, List.of(reading, ancestor));
      throw new ParseException(
          "TW-DEPTH",
          "the document nests deeper than "
              + MAX_DEPTH
              + " levels below this node (the limit is reached at "
              + positions.get(reading)
              + "); no OpenAPI document needs that, and deeper input could overflow the stack",
          positions.get(ancestor),
          ancestor);
    } catch (JsonProcessingException e) {
      String message = e.getOriginalMessage();
      throw new ParseException(
          syntaxId,
          isJson ? message : withoutExcerpts(message),
          position(e.getLocation()),
          reader.reading());
    } catch (IOException e) {
      throw new ParseException(syntaxId, String.valueOf(e.getMessage()), null, reader.reading());
    }
  }

  /** A JSON or YAML factory that refuses nesting deeper than {@link #MAX_DEPTH}. */
  static JsonFactory factory(boolean isJson) {
    // YAML 1.1 also reads yes/no/on/off as booleans, which turns Norway's country code NO into
    // false (seen in Xero's description); OpenAPI documents are YAML 1.2, where only true/false
    // are.
    JsonFactory factory =
        isJson
            ? new JsonFactory()
            : YAMLFactory.builder()
                .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
                .build();
    factory.setStreamReadConstraints(
        StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build());
    return factory;
  }

  /** The pointer of the node being read. */
  private String reading() {
    String pointer = "#";
    for (Object token : path) {
      pointer =
          token instanceof Integer index
              ? JsonPointer.child(pointer, index)
              : JsonPointer.child(pointer, (String) token);
    }
    return pointer;
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
    for (String line : message.split("\n", -1)) {
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

  static boolean looksLikeJson(String path, String text) {
    if (path.endsWith(".json")) {
      return true;
    }
    if (path.endsWith(".yaml") || path.endsWith(".yml")) {
      return false;
    }
    String trimmed = text.stripLeading();
    return trimmed.startsWith("{") || trimmed.startsWith("[");
  }

  private JsonNode read(JsonParser json) throws IOException {
    JsonToken token = json.currentToken();
    switch (token) {
      case START_OBJECT -> {
        ObjectNode object = NODES.objectNode();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
          String name = json.currentName();
          json.nextToken();
          path.add(name);
          object.set(name, read(json));
          path.remove(path.size() - 1);
        }
        return object;
      }
      case START_ARRAY -> {
        ArrayNode array = NODES.arrayNode();
        int index = 0;
        while (json.nextToken() != JsonToken.END_ARRAY) {
          path.add(index++);
          array.add(read(json));
          path.remove(path.size() - 1);
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
