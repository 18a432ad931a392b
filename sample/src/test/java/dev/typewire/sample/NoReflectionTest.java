package dev.typewire.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.BeanSerializerBase;
import dev.typewire.runtime.JsonCodec;
import dev.typewire.sample.periskope.Chat;
import dev.typewire.sample.periskope.ListChatsResponse;
import dev.typewire.sample.periskope.PeriskopeClient;
import dev.typewire.sample.server.ChatStore;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The client decodes generated types without Jackson's reflective bean deserializers: a mapper that
 * refuses to build one for any class of the generated package still decodes a whole page of chats
 * once the client's codecs are registered, and fails without them.
 */
class NoReflectionTest {

  private static final String GENERATED = Chat.class.getPackageName();

  /**
   * Refuses a bean deserializer for a generated type: Jackson builds one by reflection (the
   * record's constructor, components and their annotations), the codecs need none.
   */
  private static ObjectMapper denyingIntrospection() {
    SimpleModule guard = new SimpleModule("deny-generated-introspection");
    guard.setDeserializerModifier(
        new BeanDeserializerModifier() {
          @Override
          public JsonDeserializer<?> modifyDeserializer(
              DeserializationConfig config,
              BeanDescription description,
              JsonDeserializer<?> found) {
            // Jackson offers custom deserializers, such as the codecs, to modifiers too.
            Class<?> type = description.getBeanClass();
            if (type.getPackageName().equals(GENERATED) && found instanceof BeanDeserializerBase) {
              throw new IllegalStateException("reflective deserializer built for " + type);
            }
            return found;
          }
        });
    guard.setSerializerModifier(
        new BeanSerializerModifier() {
          @Override
          public JsonSerializer<?> modifySerializer(
              SerializationConfig config, BeanDescription description, JsonSerializer<?> found) {
            Class<?> type = description.getBeanClass();
            if (type.getPackageName().equals(GENERATED) && found instanceof BeanSerializerBase) {
              throw new IllegalStateException("reflective serializer built for " + type);
            }
            return found;
          }
        });
    return JsonCodec.newObjectMapper().registerModule(guard);
  }

  @Test
  void theGuardCatchesReflectiveEncoding() throws Exception {
    ListChatsResponse page =
        JsonCodec.newObjectMapper()
            .registerModule(PeriskopeClient.jsonModule())
            .readValue(ChatStore.exampleBytes(), ListChatsResponse.class);
    Exception failure =
        assertThrows(Exception.class, () -> denyingIntrospection().writeValueAsString(page));
    assertTrue(
        String.valueOf(failure.getMessage()).contains("reflective serializer built for"),
        failure::toString);
  }

  @Test
  void theGuardCatchesReflectiveDecoding() {
    ObjectMapper mapper = denyingIntrospection();
    Exception failure =
        assertThrows(
            Exception.class,
            () -> mapper.readValue(ChatStore.exampleBytes(), ListChatsResponse.class));
    assertTrue(
        String.valueOf(failure.getMessage()).contains("reflective deserializer built for"),
        failure::toString);
  }

  @Test
  void theClientDecodesAPageWithoutReflection() throws Exception {
    ObjectMapper mapper = denyingIntrospection().registerModule(PeriskopeClient.jsonModule());
    try (RecordingServer server = RecordingServer.start()) {
      server.reply(
          200,
          new String(ChatStore.exampleBytes(), java.nio.charset.StandardCharsets.UTF_8),
          Map.of("Content-Type", "application/json"));
      PeriskopeClient client =
          PeriskopeClient.builder()
              .baseUrl(server.baseUrl())
              .bearerToken("token")
              .phone("phone")
              .configure(options -> options.objectMapper(mapper))
              .build();
      ListChatsResponse page = client.chats().listAllChats();
      assertEquals(23, page.chats().size());
      assertEquals(23, page.count());
      // Written back without reflection too, to the document the server sent.
      ObjectMapper trees = new ObjectMapper();
      assertEquals(
          trees.readTree(ChatStore.exampleBytes()),
          trees.readTree(mapper.writeValueAsString(page)));
    }
  }
}
