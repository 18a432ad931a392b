package dev.typewire.sample;

import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.ser.std.BeanSerializerBase;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * Which types a mapper reads or writes with Jackson's reflective bean (de)serializers instead of
 * the generated codecs. Asks the mapper for the (de)serializer it uses, so the answer does not
 * depend on which test decoded what first.
 */
public final class ReflectiveCodecs {

  private ReflectiveCodecs() {}

  /**
   * Returns the types among {@code types} that {@code mapper} decodes or encodes by reflection.
   *
   * @param mapper the mapper to ask
   * @param types the generated types
   * @return those handled reflectively, each with the direction
   */
  public static List<String> of(ObjectMapper mapper, List<Class<?>> types)
      throws JsonMappingException {
    DeserializationConfig config = mapper.getDeserializationConfig();
    DefaultDeserializationContext decoding =
        ((DefaultDeserializationContext) mapper.getDeserializationContext())
            .createDummyInstance(config);
    List<String> reflective = new ArrayList<>();
    for (Class<?> type : types) {
      if (decoding.findRootValueDeserializer(mapper.constructType(type))
          instanceof BeanDeserializerBase) {
        reflective.add("decodes " + type.getSimpleName());
      }
      if (mapper.getSerializerProviderInstance().findValueSerializer(type)
          instanceof BeanSerializerBase) {
        reflective.add("encodes " + type.getSimpleName());
      }
    }
    return reflective;
  }

  /**
   * Reads a generated class's mapper, which is private: the types give no other way to reach it.
   *
   * @param owner the instance holding it, or null for a static field
   * @param type the class declaring it
   * @param field the field's name
   * @return the mapper
   */
  public static ObjectMapper mapperIn(Object owner, Class<?> type, String field)
      throws ReflectiveOperationException {
    Field declared = type.getDeclaredField(field);
    declared.setAccessible(true);
    return (ObjectMapper) declared.get(owner);
  }
}
