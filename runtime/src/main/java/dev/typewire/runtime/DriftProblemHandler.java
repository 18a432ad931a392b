package dev.typewire.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import java.io.IOException;

/**
 * Skips properties the schema does not list, noting them as drift. Generated records leave unknown
 * properties to this handler (rather than {@code @JsonIgnoreProperties(ignoreUnknown = true)},
 * which skips them before any handler sees them), so a server adding fields still never breaks a
 * client, whatever the mapper's {@code FAIL_ON_UNKNOWN_PROPERTIES}.
 */
final class DriftProblemHandler extends DeserializationProblemHandler {

  @Override
  public boolean handleUnknownProperty(
      DeserializationContext context,
      JsonParser parser,
      JsonDeserializer<?> deserializer,
      Object beanOrClass,
      String propertyName)
      throws IOException {
    Class<?> type =
        beanOrClass instanceof Class<?> named
            ? named
            : beanOrClass != null ? beanOrClass.getClass() : deserializer.handledType();
    skip(context, parser, type, propertyName);
    return true;
  }

  /**
   * Skips the value of unknown property {@code propertyName} of {@code type}, on which the parser
   * stands, noting it when the decode collects drift.
   */
  static void skip(
      DeserializationContext context, JsonParser parser, Class<?> type, String propertyName)
      throws IOException {
    DriftObservations observations = DriftObservations.of(context);
    JsonStreamContext place = observations == null ? null : DriftObservations.propertyPlace(parser);
    if (observations == null
        || observations.countRepeat(DriftKind.UNKNOWN_PROPERTY, type, propertyName, place)) {
      parser.skipChildren();
      return;
    }
    // Only a first occurrence is read whole, as the example.
    observations.addFirst(
        DriftKind.UNKNOWN_PROPERTY, type, propertyName, place, context.readTree(parser));
  }
}
