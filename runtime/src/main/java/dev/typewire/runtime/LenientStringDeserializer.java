package dev.typewire.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/**
 * Reads a {@link String}, also from a number or boolean (as their text, as Jackson does), noting
 * those as drift: a server that sends {@code 42} where its schema says string has changed its wire
 * format, and a client that reads it on silently hides that. Every other token is Jackson's to
 * judge.
 */
final class LenientStringDeserializer extends StdScalarDeserializer<String> {

  private static final long serialVersionUID = 1L;

  static final LenientStringDeserializer INSTANCE = new LenientStringDeserializer();

  private LenientStringDeserializer() {
    super(String.class);
  }

  @Override
  public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      return parser.getText();
    }
    String value = StringDeserializer.instance.deserialize(parser, context);
    if (token == JsonToken.VALUE_NUMBER_INT
        || token == JsonToken.VALUE_NUMBER_FLOAT
        || token == JsonToken.VALUE_TRUE
        || token == JsonToken.VALUE_FALSE) {
      // A scalar leaves the parser on the value, where the drift is noted.
      DriftObservations.note(context, parser, DriftKind.COERCED_VALUE, String.class, value);
    }
    return value;
  }
}
