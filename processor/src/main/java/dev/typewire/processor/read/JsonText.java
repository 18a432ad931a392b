package dev.typewire.processor.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A schema node as compact JSON text, the same text as {@link JsonNode#toString()}, written on
 * jackson-core's generator. {@code toString()} builds a whole {@code ObjectMapper} the first time,
 * some 250 classes loaded and initialized in javac for one default or example value.
 */
final class JsonText {

  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonText() {}

  static String of(JsonNode node) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      write(node, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void write(JsonNode node, JsonGenerator json) throws IOException {
    switch (node.getNodeType()) {
      case OBJECT -> {
        json.writeStartObject();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          json.writeFieldName(field.getKey());
          write(field.getValue(), json);
        }
        json.writeEndObject();
      }
      case ARRAY -> {
        json.writeStartArray();
        for (JsonNode element : node) {
          write(element, json);
        }
        json.writeEndArray();
      }
      case STRING -> json.writeString(node.textValue());
      case NUMBER -> writeNumber(node, json);
      case BOOLEAN -> json.writeBoolean(node.booleanValue());
      case NULL -> json.writeNull();
      // The parser makes none of these; the mapper knows how it writes them.
      default -> json.writeRawValue(node.toString());
    }
  }

  private static void writeNumber(JsonNode node, JsonGenerator json) throws IOException {
    switch (node.numberType()) {
      case INT -> json.writeNumber(node.intValue());
      case LONG -> json.writeNumber(node.longValue());
      case BIG_INTEGER -> json.writeNumber(node.bigIntegerValue());
      case FLOAT -> json.writeNumber(node.floatValue());
      case DOUBLE -> json.writeNumber(node.doubleValue());
      case BIG_DECIMAL -> json.writeNumber(node.decimalValue());
    }
  }
}
