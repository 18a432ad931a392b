package dev.typewire.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;

/**
 * Reads {@link Instant} from epoch milliseconds (a number or a numeric string) or from timestamp
 * text, for APIs that mix both.
 */
final class EpochMillisInstantDeserializer extends StdScalarDeserializer<Instant> {

  private static final long serialVersionUID = 1L;

  EpochMillisInstantDeserializer() {
    super(Instant.class);
  }

  @Override
  public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    if (parser.hasToken(JsonToken.VALUE_NUMBER_INT)) {
      return Instant.ofEpochMilli(parser.getLongValue());
    }
    if (!parser.hasToken(JsonToken.VALUE_STRING)) {
      return (Instant) context.handleUnexpectedToken(Instant.class, parser);
    }
    String text = parser.getText().trim();
    if (text.isEmpty()) {
      return null;
    }
    try {
      if (text.chars().allMatch(Character::isDigit)) {
        return Instant.ofEpochMilli(Long.parseLong(text));
      }
      return LenientTimestamps.parse(text).toInstant();
    } catch (DateTimeException | NumberFormatException e) {
      return (Instant)
          context.handleWeirdStringValue(Instant.class, text, "not epoch millis or a timestamp");
    }
  }
}
