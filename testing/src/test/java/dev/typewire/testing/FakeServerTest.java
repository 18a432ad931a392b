package dev.typewire.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fake of Periskope's description, called with a plain HTTP client. */
class FakeServerTest {

  static final String PERISKOPE = "periskope/openapi.json";
  static final String CHAT = "/chats/120363393294700553@g.us";

  @Test
  void answersFromTheDescriptionWithoutSetupOnTheServersPath() {
    try (FakeServer fake = FakeServer.start(PERISKOPE)) {
      assertTrue(
          fake.baseUrl().toString().matches("http://127\\.0\\.0\\.1:\\d+/v1"),
          fake.baseUrl().toString());
      Http.Answer answer = Http.get(fake, CHAT);
      assertEquals(200, answer.status());
      assertTrue(answer.body().path("chat_id").isTextual(), answer.body().toString());
      assertEquals(
          "application/json", answer.response().headers().firstValue("Content-Type").orElse(""));
    }
  }

  @Test
  void aStubbedBodyIsSentAndTheLastAnswerRepeats() {
    try (FakeServer fake = FakeServer.start(PERISKOPE)) {
      ObjectNode chat = (ObjectNode) Http.get(fake, CHAT).body();
      fake.operation("getChatById")
          .returns(chat.deepCopy().put("chat_name", "first"))
          .returns(chat.deepCopy().put("chat_name", "second"));
      assertEquals("first", Http.get(fake, CHAT).body().path("chat_name").asText());
      assertEquals("second", Http.get(fake, CHAT).body().path("chat_name").asText());
      assertEquals("second", Http.get(fake, CHAT).body().path("chat_name").asText());
      assertEquals(4, fake.operation("getChatById").calls().size());
    }
  }

  @Test
  void aMatcherAnswersOnlyTheCallsItAccepts() {
    try (FakeServer fake = FakeServer.start(PERISKOPE)) {
      ObjectNode chat = (ObjectNode) Http.get(fake, CHAT).body();
      fake.operation("getChatById")
          .returns(chat.deepCopy().put("chat_name", "any"))
          .when(call -> call.parameters().path("chat_id").asText().endsWith("@c.us"))
          .returns(chat.deepCopy().put("chat_name", "individual"));
      assertEquals("any", Http.get(fake, CHAT).body().path("chat_name").asText());
      assertEquals(
          "individual",
          Http.get(fake, "/chats/919537851844@c.us").body().path("chat_name").asText());
    }
  }

  @Test
  void aStubTheSchemaDoesNotAdmitIsRefusedWhenGiven() {
    try (FakeServer fake = FakeServer.start(PERISKOPE)) {
      IllegalArgumentException refused =
          assertThrows(
              IllegalArgumentException.class,
              () -> fake.operation("getChatById").returns(java.util.Map.of("chat_id", 42)));
      assertTrue(refused.getMessage().contains("getChatById"), refused.getMessage());
      assertTrue(refused.getMessage().contains("#/paths/"), refused.getMessage());
    }
  }

  @Test
  void recordedCallsCarryParametersDecodedPerSchemaAndRedactedCredentials() {
    try (FakeServer fake = FakeServer.start(PERISKOPE)) {
      Http.get(fake, "/chats?offset=20&limit=10&chat_type=group");
      RecordedCall call = fake.operation("listAllChats").calls().get(0);
      assertEquals("listAllChats", call.operationId());
      assertEquals("GET", call.method());
      assertEquals("/chats", call.path());
      assertTrue(call.parameters().get("limit").isIntegralNumber());
      assertEquals(10, call.parameters().get("limit").intValue());
      assertEquals(20, call.parameters().get("offset").intValue());
      assertEquals("group", call.parameters().get("chat_type").textValue());
      assertEquals("<redacted>", call.header("Authorization"));
      assertNull(call.body());
      assertEquals(List.of(call), fake.calls());
    }
  }

  @Test
  void aRequestTheApiWouldRejectGets400NamingOperationPointerAndProblem() {
    try (FakeServer fake = FakeServer.start(PERISKOPE)) {
      Http.Answer answer = Http.get(fake, "/chats?limit=5000");
      assertEquals(400, answer.status());
      String message = answer.body().path("message").asText();
      assertTrue(message.startsWith("listAllChats (GET /chats)"), message);
      assertTrue(message.contains("#/components/parameters/limit"), message);
      assertTrue(message.contains("2000"), message);
      List<String> violations = fake.violations();
      assertEquals(List.of(message), violations);
    }
  }

  @Test
  void closeFailsOnViolationsNobodyLookedAt() {
    FakeServer fake = FakeServer.start(PERISKOPE);
    Http.Answer answer = Http.send(fake, "GET", CHAT, null, null);
    assertEquals(400, answer.status());
    AssertionError failure = assertThrows(AssertionError.class, fake::close);
    assertTrue(failure.getMessage().contains("Authorization: Bearer"), failure.getMessage());
    assertTrue(failure.getMessage().contains("getChatById"), failure.getMessage());
  }

  @Test
  void aPathNoOperationHasIsAViolationNotASilent404() {
    FakeServer fake = FakeServer.start(PERISKOPE);
    Http.Answer answer = Http.get(fake, "/no/such/path");
    assertEquals(404, answer.status());
    assertEquals("TYPEWIRE_FAKE_REJECTED", answer.body().path("code").asText());
    assertThrows(AssertionError.class, fake::close);
  }

  @Test
  void anUnknownOperationIdIsRefusedNamingTheKnownOnes() {
    try (FakeServer fake = FakeServer.start(PERISKOPE)) {
      IllegalArgumentException refused =
          assertThrows(IllegalArgumentException.class, () -> fake.operation("getChat"));
      assertTrue(refused.getMessage().contains("getChatById"), refused.getMessage());
    }
  }

  @Test
  void resetForgetsStubsAndCalls() {
    try (FakeServer fake = FakeServer.start(PERISKOPE)) {
      JsonNode original = Http.get(fake, CHAT).body();
      fake.operation("getChatById")
          .returns(((ObjectNode) original.deepCopy()).put("chat_name", "x"));
      fake.reset();
      assertTrue(fake.calls().isEmpty());
      assertEquals(original, Http.get(fake, CHAT).body());
      assertFalse(fake.calls().isEmpty());
    }
  }
}
