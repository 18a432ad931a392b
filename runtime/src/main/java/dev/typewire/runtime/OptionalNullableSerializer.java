package dev.typewire.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes an {@link OptionalNullable}: nothing when absent (it counts as empty, and generated
 * records include it only when non-empty), {@code null}, or the value with the serializer its
 * property would have, so annotations such as {@code @JsonFormat(shape = STRING)} still apply.
 */
final class OptionalNullableSerializer extends StdSerializer<OptionalNullable<?>>
    implements ContextualSerializer {

  private static final long serialVersionUID = 1L;

  private final transient JsonSerializer<Object> content;

  OptionalNullableSerializer() {
    this(null);
  }

  private OptionalNullableSerializer(JsonSerializer<Object> content) {
    super(OptionalNullable.class, false);
    this.content = content;
  }

  @Override
  public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
      throws JsonMappingException {
    if (property == null) {
      return this;
    }
    JavaType contentType = property.getType().containedType(0);
    if (contentType == null || contentType.isJavaLangObject() || contentType.hasGenericTypes()) {
      return this;
    }
    return new OptionalNullableSerializer(provider.findValueSerializer(contentType, property));
  }

  @Override
  public boolean isEmpty(SerializerProvider provider, OptionalNullable<?> value) {
    return value == null || value.isAbsent();
  }

  @Override
  public void serialize(
      OptionalNullable<?> value, JsonGenerator generator, SerializerProvider provider)
      throws IOException {
    if (!value.isPresent()) {
      generator.writeNull();
    } else if (content != null) {
      content.serialize(value.get(), generator, provider);
    } else {
      provider.defaultSerializeValue(value.get(), generator);
    }
  }
}
