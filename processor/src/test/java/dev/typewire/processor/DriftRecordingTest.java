package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
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

  private static final String DRIFTING =
      "{\"items\":[{\"chat_id\":\"a\",\"chat_type\":\"group\",\"sla_tier\":2},"
          + "{\"chat_id\":\"b\",\"chat_type\":\"community\",\"members\":\"4\",\"sla_tier\":3}]}";

  @Test
  void unknownPropertiesEnumValuesAndCoercionsReachTheClientsReport() throws Exception {
    Compilation compilation = SchemaCompiler.compile("drift/chats.yaml");
    assertThat(compilation).succeeded();
    GeneratedClasses classes = new GeneratedClasses(compilation);
    assertTrue(OpenEnum.class.isAssignableFrom(classes.load(SchemaCompiler.PKG + ".ChatChatType")));
    try (LoopbackServer server = LoopbackServer.answering(request -> DRIFTING)) {
      Object client = classes.client(SchemaCompiler.PKG + ".ChatsClient", server.baseUrl());
      Object chats = client.getClass().getMethod("chats").invoke(client);
      assertTrue(((DriftReport) client.getClass().getMethod("drift").invoke(client)).isEmpty());

      chats.getClass().getMethod("listChats").invoke(chats);
      chats.getClass().getMethod("listChats").invoke(chats);

      DriftReport report = (DriftReport) client.getClass().getMethod("drift").invoke(client);
      List<String> entries = lines(report);
      assertEquals(
          List.of(
              "GET /chats UNKNOWN_PROPERTY Chat /items/*/sla_tier x4 e.g. 2",
              "GET /chats UNKNOWN_ENUM_VALUE ChatChatType /items/*/chat_type x2 e.g. community",
              "GET /chats COERCED_VALUE Integer /items/*/members x2 e.g. 4"),
          entries);
      client.getClass().getMethod("close").invoke(client);
    }
  }

  @Test
  void aNumberWhereTheSchemaDeclaresAStringIsAcceptedAndRecorded() throws Exception {
    Compilation compilation = SchemaCompiler.compile("drift/chats.yaml");
    assertThat(compilation).succeeded();
    GeneratedClasses classes = new GeneratedClasses(compilation);
    String body = "{\"items\":[{\"chat_id\":42},{\"chat_id\":7.5},{\"chat_id\":\"c\"}]}";
    try (LoopbackServer server = LoopbackServer.answering(request -> body)) {
      Object client = classes.client(SchemaCompiler.PKG + ".ChatsClient", server.baseUrl());
      Object chats = client.getClass().getMethod("chats").invoke(client);
      Object page = chats.getClass().getMethod("listChats").invoke(chats);

      List<?> items = (List<?>) page.getClass().getMethod("items").invoke(page);
      assertEquals("42", items.get(0).getClass().getMethod("chatId").invoke(items.get(0)));
      DriftReport report = (DriftReport) client.getClass().getMethod("drift").invoke(client);
      assertEquals(
          List.of("GET /chats COERCED_VALUE String /items/*/chat_id x2 e.g. 42"), lines(report));
      client.getClass().getMethod("close").invoke(client);
    }
  }

  private static final String UNKNOWN_VARIANTS =
      "{\"items\":[{\"kind\":\"text\",\"body\":\"hi\"},{\"kind\":\"video\",\"src\":\"v\"},"
          + "{\"kind\":\"video\"}],\"cursor\":true}";

  @Test
  void unionValuesKeptAsUnknownAreRecordedWithTheirPointer() throws Exception {
    Compilation compilation = SchemaCompiler.compile("drift/messages.yaml");
    assertThat(compilation).succeeded();
    GeneratedClasses classes = new GeneratedClasses(compilation);
    try (LoopbackServer server = LoopbackServer.answering(request -> UNKNOWN_VARIANTS)) {
      Object client = classes.client(SchemaCompiler.PKG + ".MessagesClient", server.baseUrl());
      Object messages = client.getClass().getMethod("messages").invoke(client);
      Object page = messages.getClass().getMethod("listMessages").invoke(messages);

      List<?> items = (List<?>) page.getClass().getMethod("items").invoke(page);
      assertEquals("Unknown", items.get(1).getClass().getSimpleName());
      DriftReport report = (DriftReport) client.getClass().getMethod("drift").invoke(client);
      assertEquals(
          List.of(
              "GET /messages UNKNOWN_VARIANT Message /items/* x2 e.g. video",
              "GET /messages UNKNOWN_VARIANT Cursor /cursor x1 e.g. true"),
          lines(report));
      client.getClass().getMethod("close").invoke(client);
    }
  }

  @Test
  void driftInsideAVariantIsRecordedWithItsPointerFromTheRoot() throws Exception {
    Compilation compilation = SchemaCompiler.compile("drift/messages.yaml");
    assertThat(compilation).succeeded();
    GeneratedClasses classes = new GeneratedClasses(compilation);
    String body =
        "{\"items\":[{\"kind\":\"image\",\"url\":\"u\",\"width\":\"4\","
            + "\"meta\":{\"w\":1,\"h\":2}}]}";
    try (LoopbackServer server = LoopbackServer.answering(request -> body)) {
      Object client = classes.client(SchemaCompiler.PKG + ".MessagesClient", server.baseUrl());
      Object messages = client.getClass().getMethod("messages").invoke(client);
      messages.getClass().getMethod("listMessages").invoke(messages);

      DriftReport report = (DriftReport) client.getClass().getMethod("drift").invoke(client);
      assertEquals(
          List.of(
              "GET /messages COERCED_VALUE Integer /items/*/width x1 e.g. 4",
              "GET /messages UNKNOWN_PROPERTY ImageMeta /items/*/meta/h x1 e.g. 2"),
          lines(report));
      client.getClass().getMethod("close").invoke(client);
    }
  }

  @Test
  void requiredPropertiesLeftOutAreRecordedAndTheRestStillDecodes() throws Exception {
    Compilation compilation = SchemaCompiler.compile("drift/messages.yaml");
    assertThat(compilation).succeeded();
    GeneratedClasses classes = new GeneratedClasses(compilation);
    String body = "{\"items\":[{\"kind\":\"text\"},{\"kind\":\"image\",\"url\":\"u\"}]}";
    try (LoopbackServer server = LoopbackServer.answering(request -> body)) {
      Object client = classes.client(SchemaCompiler.PKG + ".MessagesClient", server.baseUrl());
      Object messages = client.getClass().getMethod("messages").invoke(client);
      Object page = messages.getClass().getMethod("listMessages").invoke(messages);

      List<?> items = (List<?>) page.getClass().getMethod("items").invoke(page);
      assertEquals("Text", items.get(0).getClass().getSimpleName());
      assertEquals(null, items.get(0).getClass().getMethod("body").invoke(items.get(0)));
      DriftReport report = (DriftReport) client.getClass().getMethod("drift").invoke(client);
      assertEquals(
          List.of("GET /messages MISSING_REQUIRED Text /items/*/body x1 e.g. "), lines(report));
      client.getClass().getMethod("close").invoke(client);
    }
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
