package dev.typewire.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * Reads an {@link OptionalNullable}: a missing key is absent, {@code null} is the null state, and
 * anything else is read by the deserializer of the declared value type.
 */
final class OptionalNullableDeserializer extends StdDeserializer<OptionalNullable<?>>
    implements ContextualDeserializer {

  private static final long serialVersionUID = 1L;

  private final transient JsonDeserializer<?> content;

  OptionalNullableDeserializer() {
    this(null);
  }

  private OptionalNullableDeserializer(JsonDeserializer<?> content) {
    super(OptionalNullable.class);
    this.content = content;
  }

  @Override
  public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
      throws JsonMappingException {
    JavaType type = property != null ? property.getType() : context.getContextualType();
    JavaType contentType = type == null ? null : type.containedType(0);
    if (contentType == null) {
      contentType = context.constructType(Object.class);
    }
    return new OptionalNullableDeserializer(
        context.findContextualValueDeserializer(contentType, property));
  }

  @Override
  public OptionalNullable<?> deserialize(JsonParser parser, DeserializationContext context)
      throws IOException {
    return OptionalNullable.of(content.deserialize(parser, context));
  }

  @Override
  public OptionalNullable<?> getNullValue(DeserializationContext context) {
    return OptionalNullable.ofNull();
  }

  @Override
  public Object getAbsentValue(DeserializationContext context) {
    return OptionalNullable.absent();
  }
}
