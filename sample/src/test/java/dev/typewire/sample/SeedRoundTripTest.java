package dev.typewire.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.typewire.runtime.JsonCodec;
import dev.typewire.sample.periskope.ListChatsResponse;
import dev.typewire.sample.periskope.PeriskopeClient;
import dev.typewire.sample.server.ChatStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Periskope's published 23-chat response, decoded into the generated records and encoded again,
 * must be the same JSON: every field, every null, every string-typed boolean and number. This is
 * what "typed client" has to mean for an API whose wire habits differ from its declared types.
 */
class SeedRoundTripTest {

  /** Reads both documents the same way, so only the records and the codec can differ. */
  private static final ObjectMapper TREES = JsonMapper.builder().build();

  private static JsonNode original;
  private static ListChatsResponse decoded;
  private static JsonNode reencoded;

  @BeforeAll
  static void roundTrip() throws IOException {
    byte[] seed = ChatStore.exampleBytes();
    // As the client decodes: through the generated codecs.
    ObjectMapper codec = JsonCodec.newObjectMapper().registerModule(PeriskopeClient.jsonModule());
    original = TREES.readTree(seed);
    decoded = codec.readValue(seed, ListChatsResponse.class);
    // Through text, as on the wire: the tree of a re-parsed document, not valueToTree's.
    reencoded = TREES.readTree(codec.writeValueAsString(decoded));
  }

  @Test
  void decodesAll23Chats() {
    assertEquals(23, original.path("chats").size(), "the published example has 23 chats");
    assertEquals(23, decoded.chats().size());
    assertEquals(23, decoded.count());
    assertEquals(1, decoded.from());
    assertEquals(23, decoded.to());
  }

  @TestFactory
  Stream<DynamicTest> everyChatReencodesFieldByField() {
    return IntStream.range(0, original.path("chats").size())
        .mapToObj(
            i -> {
              JsonNode chat = original.path("chats").get(i);
              return DynamicTest.dynamicTest(
                  "chat " + i + " " + chat.path("chat_id").asText(),
                  () ->
                      assertEquals(
                          List.of(),
                          JsonTreeDiff.differences(chat, reencoded.path("chats").path(i)),
                          "fields that did not survive decode + encode"));
            });
  }

  @Test
  void wholeDocumentIsEqual() {
    List<String> differences = new ArrayList<>(JsonTreeDiff.differences(original, reencoded));
    assertEquals(List.of(), differences);
    assertEquals(original, reencoded);
  }
}
