package dev.typewire.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.typewire.runtime.DriftEntry;
import dev.typewire.runtime.DriftReport;
import dev.typewire.runtime.OpenEnum;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Generated records and enums report what a response carries beyond the schema: compiled for real,
 * called against a loopback server, read back through the generated client's {@code drift()}.
 */
class DriftRecordingTest {

  private static final GeneratedClasses chatsApi = GeneratedClasses.compile("drift/chats.yaml");
  private static final GeneratedClasses messagesApi =
      GeneratedClasses.compile("drift/messages.yaml");

  private static final String DRIFTING =
      "{\"items\":[{\"chat_id\":\"a\",\"chat_type\":\"group\",\"sla_tier\":2},"
          + "{\"chat_id\":\"b\",\"chat_type\":\"community\",\"members\":\"4\",\"sla_tier\":3}]}";

  @Test
  void unknownPropertiesEnumValuesAndCoercionsReachTheClientsReport() throws Exception {
    assertTrue(
        OpenEnum.class.isAssignableFrom(chatsApi.load(SchemaCompiler.PKG + ".ChatChatType")));
    Listed listed = listChats(DRIFTING, 2);
    assertEquals(
        List.of(
            "GET /chats UNKNOWN_PROPERTY Chat /items/*/sla_tier x4 e.g. 2",
            "GET /chats UNKNOWN_ENUM_VALUE ChatChatType /items/*/chat_type x2 e.g. community",
            "GET /chats COERCED_VALUE Integer /items/*/members x2 e.g. 4"),
        listed.drift());
  }

  @Test
  void aNumberWhereTheSchemaDeclaresAStringIsAcceptedAndRecorded() throws Exception {
    Listed listed =
        listChats("{\"items\":[{\"chat_id\":42},{\"chat_id\":7.5},{\"chat_id\":\"c\"}]}", 1);
    Object first = listed.items().get(0);
    assertEquals("42", first.getClass().getMethod("chatId").invoke(first));
    assertEquals(
        List.of("GET /chats COERCED_VALUE String /items/*/chat_id x2 e.g. 42"), listed.drift());
  }

  private static final String UNKNOWN_VARIANTS =
      "{\"items\":[{\"kind\":\"text\",\"body\":\"hi\"},{\"kind\":\"video\",\"src\":\"v\"},"
          + "{\"kind\":\"video\"}],\"cursor\":true}";

  @Test
  void unionValuesKeptAsUnknownAreRecordedWithTheirPointer() throws Exception {
    Listed listed = listMessages(UNKNOWN_VARIANTS);
    assertEquals("Unknown", listed.items().get(1).getClass().getSimpleName());
    assertEquals(
        List.of(
            "GET /messages UNKNOWN_VARIANT Message /items/* x2 e.g. video",
            "GET /messages UNKNOWN_VARIANT Cursor /cursor x1 e.g. true"),
        listed.drift());
  }

  @Test
  void driftInsideAVariantIsRecordedWithItsPointerFromTheRoot() throws Exception {
    Listed listed =
        listMessages(
            "{\"items\":[{\"kind\":\"image\",\"url\":\"u\",\"width\":\"4\","
                + "\"meta\":{\"w\":1,\"h\":2}}]}");
    assertEquals(
        List.of(
            "GET /messages COERCED_VALUE Integer /items/*/width x1 e.g. 4",
            "GET /messages UNKNOWN_PROPERTY ImageMeta /items/*/meta/h x1 e.g. 2"),
        listed.drift());
  }

  @Test
  void requiredPropertiesLeftOutAreRecordedAndTheRestStillDecodes() throws Exception {
    Listed listed =
        listMessages("{\"items\":[{\"kind\":\"text\"},{\"kind\":\"image\",\"url\":\"u\"}]}");
    Object first = listed.items().get(0);
    assertEquals("Text", first.getClass().getSimpleName());
    assertEquals(null, first.getClass().getMethod("body").invoke(first));
    assertEquals(
        List.of("GET /messages MISSING_REQUIRED Text /items/*/body x1 e.g. "), listed.drift());
  }

  @Test
  void aRequiredPropertyLeftOutInsideAVariantIsRecordedWithItsPointerFromTheRoot()
      throws Exception {
    Listed listed =
        listMessages(
            "{\"items\":[{\"kind\":\"text\",\"body\":\"b\"},"
                + "{\"kind\":\"image\",\"url\":\"u\",\"credit\":{}}]}");
    assertEquals(
        List.of("GET /messages MISSING_REQUIRED ImageCredit /items/*/credit/name x1 e.g. "),
        listed.drift());
  }

  @Test
  void whatAVariantThatGaveWayFoundIsNotRecorded() throws Exception {
    // Dated reads "extra" before "soon" fails it; Sized then takes the value.
    Listed listed = listMessages("{\"items\":[],\"attachment\":{\"extra\":1,\"at\":\"soon\"}}");
    assertEquals(
        List.of("GET /messages UNKNOWN_PROPERTY Sized /attachment/extra x1 e.g. 1"),
        listed.drift());
  }

  /** The last page's items, and the client's drift report after every call, one line per entry. */
  private record Listed(List<?> items, List<String> drift) {}

  private static Listed listChats(String body, int times) throws Exception {
    return list(chatsApi, "ChatsClient", "chats", "listChats", body, times);
  }

  private static Listed listMessages(String body) throws Exception {
    return list(messagesApi, "MessagesClient", "messages", "listMessages", body, 1);
  }

  /**
   * Builds a fresh client against a server answering {@code body}, checks its report starts empty,
   * then calls {@code group().operation()} {@code times} times.
   */
  private static Listed list(
      GeneratedClasses classes,
      String clientClass,
      String group,
      String operation,
      String body,
      int times)
      throws Exception {
    try (LoopbackServer server = LoopbackServer.answering(request -> body)) {
      Object client = classes.client(SchemaCompiler.PKG + "." + clientClass, server.baseUrl());
      try {
        Object api = client.getClass().getMethod(group).invoke(client);
        assertTrue(drift(client).isEmpty());
        Object page = null;
        for (int i = 0; i < times; i++) {
          page = api.getClass().getMethod(operation).invoke(api);
        }
        List<?> items = (List<?>) page.getClass().getMethod("items").invoke(page);
        return new Listed(items, lines(drift(client)));
      } finally {
        client.getClass().getMethod("close").invoke(client);
      }
    }
  }

  private static DriftReport drift(Object client) throws ReflectiveOperationException {
    return (DriftReport) client.getClass().getMethod("drift").invoke(client);
  }

  private static List<String> lines(DriftReport report) {
    return report.entries().stream()
        .map(
            (DriftEntry entry) ->
                entry.operation()
                    + " "
                    + entry.kind()
                    + " "
                    + entry.type()
                    + " "
                    + entry.pointer()
                    + " x"
                    + entry.count()
                    + " e.g. "
                    + entry.example())
        .toList();
  }
}
