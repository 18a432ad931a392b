package dev.typewire.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;

/**
 * Notes a generated enum's unlisted value as drift. The enum's own factory cannot see the decode
 * call, so its deserializer is wrapped: one type check per value, nothing more when it is known.
 */
final class OpenEnumDrift extends DelegatingDeserializer {

  private static final long serialVersionUID = 1L;

  private OpenEnumDrift(JsonDeserializer<?> delegate) {
    super(delegate);
  }

  /** Wraps the deserializer of every {@link OpenEnum}. */
  static BeanDeserializerModifier modifier() {
    return new BeanDeserializerModifier() {
      @Override
      public JsonDeserializer<?> modifyDeserializer(
          DeserializationConfig config, BeanDescription description, JsonDeserializer<?> found) {
        return OpenEnum.class.isAssignableFrom(description.getBeanClass())
            ? new OpenEnumDrift(found)
            : found;
      }
    };
  }

  @Override
  protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
    return new OpenEnumDrift(delegate);
  }

  @Override
  public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    Object value = _delegatee.deserialize(parser, context);
    // A known value, the common case, costs one type check; the parser still stands on the value.
    if (value instanceof OpenEnum open && !open.isKnown()) {
      DriftObservations.note(
          context, parser, DriftKind.UNKNOWN_ENUM_VALUE, value.getClass(), open.value());
    }
    return value;
  }
}
