package dev.typewire.runtime;

import com.fasterxml.jackson.core.JsonParser;
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
    if (!DriftObservations.collecting(context)) {
      parser.skipChildren();
      return true;
    }
    // Read before the value, which moves the parser on.
    String pointer = DriftObservations.propertyPointer(parser, propertyName);
    Object example = context.readTree(parser);
    Class<?> type =
        beanOrClass instanceof Class<?> named
            ? named
            : beanOrClass != null ? beanOrClass.getClass() : deserializer.handledType();
    DriftObservations.noteAt(context, DriftKind.UNKNOWN_PROPERTY, type, pointer, example);
    return true;
  }
}
