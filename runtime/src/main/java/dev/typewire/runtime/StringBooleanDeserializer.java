package dev.typewire.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;

/**
 * Reads a {@link Boolean}, also from {@code "true"} and {@code "false"} in a string, as servers
 * often quote them; a quoted or numeric boolean is noted as drift, unless the schema itself carries
 * it in a string ({@code @JsonFormat(shape = STRING)} on the property). Strings are read here
 * rather than through Jackson's coercion settings, which live on the mapper and so would not reach
 * a caller's own mapper with {@link JsonCodec#module()}; every other token is Jackson's to judge.
 */
final class StringBooleanDeserializer extends StdScalarDeserializer<Boolean>
    implements ContextualDeserializer {

  private static final long serialVersionUID = 1L;

  private final NumberDeserializers.BooleanDeserializer standard =
      new NumberDeserializers.BooleanDeserializer(Boolean.class, null);

  // The schema carries this value in a string (format boolean on a string): a string is no drift.
  private final boolean quoted;

  StringBooleanDeserializer() {
    this(false);
  }

  StringBooleanDeserializer(boolean quoted) {
    super(Boolean.class);
    this.quoted = quoted;
  }

  @Override
  public JsonDeserializer<?> createContextual(
      DeserializationContext context, BeanProperty property) {
    boolean declaredQuoted = QuotedScalars.declaredQuoted(context, property, Boolean.class);
    return declaredQuoted == quoted ? this : new StringBooleanDeserializer(declaredQuoted);
  }

  @Override
  public Boolean deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_TRUE) {
      return Boolean.TRUE;
    }
    if (token == JsonToken.VALUE_FALSE) {
      return Boolean.FALSE;
    }
    if (token == JsonToken.VALUE_STRING) {
      String text = parser.getText().trim();
      if (!quoted) {
        DriftObservations.note(context, parser, DriftKind.COERCED_VALUE, Boolean.class, text);
      }
      if (text.isEmpty()) {
        return null;
      }
      if (text.equalsIgnoreCase("true")) {
        return Boolean.TRUE;
      }
      if (text.equalsIgnoreCase("false")) {
        return Boolean.FALSE;
      }
      return (Boolean) context.handleWeirdStringValue(Boolean.class, text, "not a boolean");
    }
    Boolean value = standard.deserialize(parser, context);
    if (token == JsonToken.VALUE_NUMBER_INT) {
      DriftObservations.note(
          context, parser, DriftKind.COERCED_VALUE, Boolean.class, parser.getText());
    }
    return value;
  }
}
