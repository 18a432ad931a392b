package dev.typewire.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.typewire.sample.server.ChatStore;
import dev.typewire.sample.server.EmbeddedPeriskopeServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample end to end, in-process: {@link SampleMain#run} with captured output and environment.
 */
class SampleMainTest {

  private static final String UUID_PATTERN =
      "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  private static List<String> seedChatIds;

  /** What one run printed, and how it ended. */
  record Outcome(int exitCode, String out, String err) {
    List<String> outLines() {
      return out.isEmpty() ? List.of() : List.of(out.split("\\R"));
    }
  }

  @BeforeAll
  static void readSeed() throws Exception {
    JsonNode seed = JsonMapper.builder().build().readTree(ChatStore.exampleBytes());
    seedChatIds = new ArrayList<>();
    seed.path("chats").forEach(chat -> seedChatIds.add(chat.path("chat_id").asText()));
    assertEquals(23, seedChatIds.size());
  }

  private static Outcome run(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = SampleMain.run(args, o, e, env);
    }
    return new Outcome(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static void assertListsEverySeedChat(List<String> lines) {
    List<String> chatLines = lines.stream().filter(line -> line.matches("\\d+@g\\.us .*")).toList();
    assertEquals(23, chatLines.size(), String.join("\n", lines));
    for (int i = 0; i < 23; i++) {
      assertTrue(
          chatLines.get(i).startsWith(seedChatIds.get(i) + " "),
          "line " + i + " is chat " + seedChatIds.get(i) + ": " + chatLines.get(i));
    }
    assertTrue(lines.contains("23 chats"), String.join("\n", lines));
  }

  @Test
  void listsAll23ChatsAndATotalByDefault() {
    Outcome outcome = run(Map.of());
    assertEquals(0, outcome.exitCode(), outcome.err());
    List<String> lines = outcome.outLines();
    assertEquals(24, lines.size(), outcome.out());
    assertListsEverySeedChat(lines);
    assertEquals("23 chats", lines.get(23));
    // The example quotes the acks, as the schema declares (a string of format int32): no drift.
    assertFalse(outcome.out().contains("does not describe"), outcome.out());
    assertTrue(
        lines.get(1).contains("group") && lines.get(1).contains("Testing1234"), lines.get(1));
    assertTrue(lines.get(1).endsWith("Hello, East Jenniferfurt!"), lines.get(1));
    assertTrue(
        outcome.err().contains("embedded Periskope server at http://127.0.0.1:"), outcome.err());
  }

  @Test
  void blankArgumentsAsExecPassesThemMeanTheDefault() {
    Outcome outcome = run(Map.of(), "", " ");
    assertEquals(0, outcome.exitCode(), outcome.err());
    assertListsEverySeedChat(outcome.outLines());
  }

  @Test
  void flakyServerStillListsEverythingThanksToRetries() {
    Outcome outcome = run(Map.of(), "flaky");
    assertEquals(0, outcome.exitCode(), outcome.err());
    assertListsEverySeedChat(outcome.outLines());
    assertTrue(outcome.out().contains("-> 429"), outcome.out());
    assertTrue(outcome.out().contains("-> 503"), outcome.out());
    // 2 refused, then pages of 10, 10, 3 and the empty page that ends the listing.
    assertTrue(outcome.out().contains("in 6 requests; the runtime retried 2 times"), outcome.out());
  }

  @Test
  void aServerCappingItsPagesBelowTheLimitStillHasEveryChatListed() {
    Outcome outcome = run(Map.of(), "capped");
    assertEquals(0, outcome.exitCode(), outcome.err());
    assertListsEverySeedChat(outcome.outLines());
    // 10 asked, 4 served: six pages of 4, 4, 4, 4, 4, 3, then the empty one.
    assertTrue(outcome.out().contains("listed all 23 chats in 7 requests"), outcome.out());
  }

  @Test
  void aDriftingServerHasEveryChatListedThenEachDriftNamedOnce() {
    Outcome outcome = run(Map.of(), "drift");
    assertEquals(0, outcome.exitCode(), outcome.err());
    assertListsEverySeedChat(outcome.outLines());
    List<String> lines = outcome.outLines();
    int summary = lines.indexOf("the server sent what the schema does not describe:");
    assertTrue(summary > lines.indexOf("23 chats"), outcome.out());
    assertEquals(
        List.of(
            "  GET /chats: unknown enum value in ChatType at /chats/*/chat_type (seen 1 time, e.g."
                + " community)",
            "  GET /chats: unknown property in Chat at /chats/*/archived_reason (seen 23 times,"
                + " e.g. \"none\")",
            "  GET /chats: unknown property in Chat at /chats/*/sla_tier (seen 23 times, e.g. 2)"),
        lines.subList(summary + 1, lines.size()).stream().sorted().toList());
  }

  @Test
  void aListingWithoutDriftPrintsNoSummary() {
    Outcome outcome = run(Map.of(), "get-chat", "120363373936603867@g.us");
    assertEquals(0, outcome.exitCode(), outcome.err());
    assertFalse(outcome.out().contains("does not describe"), outcome.out());
    Outcome messages = run(Map.of(), "messages", "120363393294700553@g.us");
    assertEquals(0, messages.exitCode(), messages.err());
    assertFalse(messages.out().contains("does not describe"), messages.out());
  }

  @Test
  void getChatShowsOneChat() {
    Outcome outcome = run(Map.of(), "get-chat", "120363373936603867@g.us");
    assertEquals(0, outcome.exitCode(), outcome.err());
    assertTrue(outcome.out().contains("chat_name:    Testing1234"), outcome.out());
    assertTrue(outcome.out().contains("member_count: 2"), outcome.out());
  }

  @Test
  void getChatOfAnUnknownIdFailsWithStatusCodeAndTraceId() {
    Outcome outcome = run(Map.of(), "get-chat", "000000000000000000@g.us");
    assertEquals(1, outcome.exitCode());
    assertTrue(
        outcome.err().contains("error: HTTP 404 NOT_FOUND_ERROR: Chat not found"), outcome.err());
    assertTrue(outcome.err().matches("(?s).*trace id: " + UUID_PATTERN + ".*"), outcome.err());
  }

  @Test
  void messagesListsTheLatestMessage() {
    Outcome outcome = run(Map.of(), "messages", "120363373936603867@g.us");
    assertEquals(0, outcome.exitCode(), outcome.err());
    assertTrue(outcome.out().contains("ack 4"), outcome.out());
    assertTrue(outcome.out().contains("Hello, East Jenniferfurt!"), outcome.out());
    assertTrue(outcome.out().endsWith("1 message" + System.lineSeparator()), outcome.out());
  }

  @Test
  void sendQueuesAMessage() {
    Outcome outcome = run(Map.of(), "send", "919537851844@c.us", "Hello,", "World!");
    assertEquals(0, outcome.exitCode(), outcome.err());
    assertTrue(
        outcome
            .out()
            .matches(
                "queued: queue_id=" + UUID_PATTERN + " queue_position=0 unique_id=3EB0\\w+\\R"),
        outcome.out());
  }

  @Test
  void queueShowsTheCounters() {
    Outcome outcome = run(Map.of(), "queue");
    assertEquals(0, outcome.exitCode(), outcome.err());
    assertEquals(
        "queue: pending=0 active=0 completed=0 failed=0 running=true", outcome.out().strip());
  }

  @Test
  void unknownCommandOrMissingOperandPrintsUsage() {
    Outcome unknown = run(Map.of(), "list-everything");
    assertEquals(2, unknown.exitCode());
    assertTrue(unknown.err().startsWith("usage: SampleMain"), unknown.err());
    assertEquals(2, run(Map.of(), "get-chat").exitCode());
    assertEquals(2, run(Map.of(), "send", "919537851844@c.us").exitCode());
  }

  @Test
  void apiKeyAndBaseUrlFromTheEnvironmentAreUsedInsteadOfAnEmbeddedServer() throws Exception {
    String token = "env-token-7a41c0";
    try (EmbeddedPeriskopeServer server = EmbeddedPeriskopeServer.start(token)) {
      Outcome outcome =
          run(Map.of("PERISKOPE_API_KEY", token, "PERISKOPE_BASE_URL", server.baseUrl()));
      assertEquals(0, outcome.exitCode(), outcome.err());
      assertListsEverySeedChat(outcome.outLines());
      assertEquals(4, server.requestCount(), "three pages and the empty one that ends the list");
      assertTrue(outcome.err().contains("Periskope API at " + server.baseUrl()), outcome.err());
      assertFalse(outcome.out().contains(token) || outcome.err().contains(token));
    }
  }

  @Test
  void wrongApiKeyExitsWith401AndNeverPrintsTheKey() throws Exception {
    String wrong = "wrong-token-91b2";
    try (EmbeddedPeriskopeServer server = EmbeddedPeriskopeServer.start("right-token")) {
      Outcome outcome =
          run(Map.of("PERISKOPE_API_KEY", wrong, "PERISKOPE_BASE_URL", server.baseUrl()));
      assertEquals(1, outcome.exitCode());
      assertTrue(
          outcome.err().contains("error: HTTP 401 UNAUTHORIZED_ERROR: Invalid bearer auth token"),
          outcome.err());
      assertTrue(outcome.err().matches("(?s).*trace id: " + UUID_PATTERN + ".*"), outcome.err());
      assertFalse(outcome.out().contains(wrong) || outcome.err().contains(wrong), outcome.err());
    }
  }

  @Test
  void phoneFromTheEnvironmentIsSentAsXPhone() throws Exception {
    try (RecordingServer server = RecordingServer.start()) {
      server.reply(200, "{\"chat_id\":\"1@g.us\"}", Map.of());
      Outcome outcome =
          run(
              Map.of(
                  "PERISKOPE_API_KEY", "k",
                  "PERISKOPE_BASE_URL", server.baseUrl(),
                  "PERISKOPE_PHONE", "919876543210"),
              "get-chat",
              "1@g.us");
      assertEquals(0, outcome.exitCode(), outcome.err());
      assertEquals(List.of("919876543210"), server.only().headerValues("x-phone"));
      assertEquals("Bearer k", server.only().header("Authorization"));
    }
  }

  @Test
  void deprecatedListingIsWarnedAboutOnceForAllItsPages() {
    List<String> warnings = new CopyOnWriteArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            if (record.getLevel() == Level.WARNING) {
              warnings.add(record.getMessage());
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger runtimeLog = Logger.getLogger("dev.typewire.runtime");
    runtimeLog.addHandler(capture);
    Outcome outcome;
    try {
      outcome = run(Map.of(), "deprecated");
    } finally {
      runtimeLog.removeHandler(capture);
    }
    assertEquals(0, outcome.exitCode(), outcome.err());
    assertListsEverySeedChat(outcome.outLines());
    assertTrue(
        outcome.out().contains("listed all 23 chats in 4 requests; the runtime warned once"),
        outcome.out());
    assertEquals(1, warnings.size(), warnings::toString);
    assertTrue(
        warnings
            .get(0)
            .startsWith(
                "GET /chats is deprecated (since 2026-01-01T00:00:00Z); the server announces its"
                    + " sunset at 2027-07-01T00:00:00Z"),
        warnings.get(0));
  }

  @Test
  void flakyNeedsTheEmbeddedServer() {
    Outcome outcome =
        run(
            Map.of("PERISKOPE_API_KEY", "k", "PERISKOPE_BASE_URL", "http://127.0.0.1:9/v1"),
            "flaky");
    assertEquals(2, outcome.exitCode());
    assertTrue(outcome.err().contains("flaky needs the embedded server"), outcome.err());
  }
}
