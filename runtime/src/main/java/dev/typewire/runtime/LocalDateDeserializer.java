package dev.typewire.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads {@link LocalDate} ({@code format: date}) from {@code uuuu-MM-dd}, also accepting a full
 * timestamp, whose date part is kept, since APIs often send one where a date is declared.
 */
final class LocalDateDeserializer extends StdScalarDeserializer<LocalDate> {

  private static final long serialVersionUID = 1L;

  LocalDateDeserializer() {
    super(LocalDate.class);
  }

  @Override
  public LocalDate deserialize(JsonParser parser, DeserializationContext context)
      throws IOException {
    if (!parser.hasToken(JsonToken.VALUE_STRING)) {
      return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
    }
    String text = parser.getText().trim();
    if (text.isEmpty()) {
      return null;
    }
    try {
      return text.length() == 10
          ? LocalDate.parse(text)
          : LenientTimestamps.parse(text).toLocalDate();
    } catch (DateTimeException e) {
      return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not a date");
    }
  }
}
