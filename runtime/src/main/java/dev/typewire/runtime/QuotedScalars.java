package dev.typewire.runtime;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;

/**
 * Tells a scalar deserializer whether its property is declared as carried in a string: generated
 * records mark such properties {@code @JsonFormat(shape = STRING)}, and their strings are what the
 * schema says, not drift.
 */
final class QuotedScalars {

  private QuotedScalars() {}

  static boolean declaredQuoted(
      DeserializationContext context, BeanProperty property, Class<?> type) {
    if (property == null) {
      return false;
    }
    JsonFormat.Value format = property.findPropertyFormat(context.getConfig(), type);
    return format != null && format.getShape() == JsonFormat.Shape.STRING;
  }
}
