package dev.typewire.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Reads {@link OffsetDateTime} from lenient timestamp text or epoch milliseconds. */
final class OffsetDateTimeDeserializer extends StdScalarDeserializer<OffsetDateTime> {

  private static final long serialVersionUID = 1L;

  OffsetDateTimeDeserializer() {
    super(OffsetDateTime.class);
  }

  @Override
  public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context)
      throws IOException {
    if (parser.hasToken(JsonToken.VALUE_NUMBER_INT)) {
      DriftObservations.note(
          context, parser, DriftKind.COERCED_VALUE, OffsetDateTime.class, parser.getText());
      return Instant.ofEpochMilli(parser.getLongValue()).atOffset(ZoneOffset.UTC);
    }
    if (!parser.hasToken(JsonToken.VALUE_STRING)) {
      return (OffsetDateTime) context.handleUnexpectedToken(OffsetDateTime.class, parser);
    }
    // The common shape straight from the parser's buffer, without a String for it.
    OffsetDateTime common =
        LenientTimestamps.parseCommonShape(
            parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
    if (common != null) {
      return common;
    }
    String text = parser.getText().trim();
    if (text.isEmpty()) {
      return null;
    }
    try {
      // The common shape was tried above; only the other forms remain.
      return LenientTimestamps.parseAnyShape(text);
    } catch (DateTimeException e) {
      return (OffsetDateTime)
          context.handleWeirdStringValue(OffsetDateTime.class, text, "not a timestamp");
    }
  }
}
