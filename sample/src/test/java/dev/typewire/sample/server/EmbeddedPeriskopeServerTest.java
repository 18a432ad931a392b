package dev.typewire.sample.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded server with a plain {@link HttpClient}, not the generated client: it has to behave
 * like Periskope on its own, or the client tests that use it prove nothing.
 */
class EmbeddedPeriskopeServerTest {

  private static final String TOKEN = "server-test-token";
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static EmbeddedPeriskopeServer server;
  private static JsonNode seed;

  @BeforeAll
  static void start() throws Exception {
    server = EmbeddedPeriskopeServer.start(TOKEN);
    seed = JSON.readTree(ChatStore.exampleBytes());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> get(String pathAndQuery, String authorization)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.baseUrl() + pathAndQuery));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(String pathAndQuery) throws Exception {
    return get(pathAndQuery, "Bearer " + TOKEN);
  }

  private static HttpResponse<String> post(String path, String body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
            .header("Authorization", "Bearer " + TOKEN)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
        response.headers().toString());
    String traceId = response.headers().firstValue("x-periskope-trace-id").orElseThrow();
    assertEquals(traceId, UUID.fromString(traceId).toString());
    return JSON.readTree(response.body());
  }

  private static void assertJson(String expected, HttpResponse<String> response) throws Exception {
    assertEquals(JSON.readTree(expected), json(response));
  }

  @Test
  void defaultPageIsThePublishedExampleExactly() throws Exception {
    HttpResponse<String> response = get("/chats");
    assertEquals(200, response.statusCode());
    assertEquals(seed, json(response));
  }

  @Test
  void missingOrWrongTokenIsRejected() throws Exception {
    String expected =
        "{\"code\":\"UNAUTHORIZED_ERROR\",\"message\":\"Invalid bearer auth token\",\"status\":401}";
    for (String authorization :
        new String[] {null, "Bearer nope", TOKEN, "Bearer " + TOKEN + "x"}) {
      HttpResponse<String> response = get("/chats", authorization);
      assertEquals(401, response.statusCode(), String.valueOf(authorization));
      assertJson(expected, response);
    }
  }

  @Test
  void offsetIsAZeroBasedItemIndex() throws Exception {
    JsonNode page = json(get("/chats?offset=20&limit=10"));
    assertEquals(3, page.path("count").asInt());
    assertEquals(21, page.path("from").asInt());
    assertEquals(23, page.path("to").asInt());
    for (int i = 0; i < 3; i++) {
      assertEquals(seed.path("chats").get(20 + i), page.path("chats").get(i));
    }
    JsonNode beyond = json(get("/chats?offset=23&limit=10"));
    assertEquals(0, beyond.path("chats").size());
    assertEquals(0, beyond.path("count").asInt());
  }

  @Test
  void limitAboveTheMaximumAnswersTheDocumented422() throws Exception {
    HttpResponse<String> response = get("/chats?limit=2001");
    assertEquals(422, response.statusCode());
    assertJson(
        "{\"code\":\"VALIDATION_ERROR\",\"message\":\"Limit should be less than 2000\","
            + "\"name\":\"Validation Error\",\"status\":422,"
            + "\"fields\":{\"limit\":{\"message\":\"Limit should be less than 2000\",\"value\":\"2001\"}}}",
        response);
    assertEquals(200, get("/chats?limit=2000").statusCode());
  }

  @Test
  void limitBelowOneOrNotANumberAndNegativeOffsetAre422() throws Exception {
    for (String query : new String[] {"limit=0", "limit=-3", "limit=ten", "limit=99999999999"}) {
      HttpResponse<String> response = get("/chats?" + query);
      assertEquals(422, response.statusCode(), query);
      JsonNode body = json(response);
      assertEquals("VALIDATION_ERROR", body.path("code").asText());
      assertEquals(
          query.substring("limit=".length()),
          body.path("fields").path("limit").path("value").asText());
    }
    HttpResponse<String> offset = get("/chats?offset=-1");
    assertEquals(422, offset.statusCode());
    assertEquals("-1", json(offset).path("fields").path("offset").path("value").asText());
  }

  @Test
  void chatTypeAndLabelFilter() throws Exception {
    assertEquals(23, json(get("/chats?chat_type=group")).path("count").asInt());
    assertEquals(0, json(get("/chats?chat_type=user")).path("count").asInt());
    // No chat in the example carries a label.
    assertEquals(0, json(get("/chats?label=label-kbvlbnvesomvgqpt")).path("count").asInt());
  }

  @Test
  void labelMatchesAnIdOrANameIgnoringCase() {
    ChatStore store =
        ChatStore.fromListResponse(
            readTree(
                "{\"chats\":[{\"chat_id\":\"1@g.us\",\"label_ids\":{\"label-abc\":true}},"
                    + "{\"chat_id\":\"2@g.us\",\"label_ids\":{},\"chat_labels\":\"VIP & friends,Other\"}]}"));
    assertEquals("1@g.us", store.filter(null, "label-abc").get(0).path("chat_id").asText());
    assertEquals("2@g.us", store.filter(null, "vip & friends").get(0).path("chat_id").asText());
    assertEquals(0, store.filter(null, "label-xyz").size());
  }

  @Test
  void chatByIdDecodesThePathAndAnswers404ForUnknownIds() throws Exception {
    JsonNode expected = seed.path("chats").get(1);
    assertEquals(expected, json(get("/chats/120363373936603867@g.us")));
    assertEquals(expected, json(get("/chats/120363373936603867%40g.us")));
    HttpResponse<String> missing = get("/chats/1%2B2@g.us");
    assertEquals(404, missing.statusCode());
    assertJson(
        "{\"code\":\"NOT_FOUND_ERROR\",\"message\":\"Chat not found\",\"status\":404}", missing);
  }

  @Test
  void messagesOfAChatAreItsLatestMessage() throws Exception {
    JsonNode withMessage = json(get("/chats/120363373936603867@g.us/messages"));
    assertEquals(1, withMessage.path("count").asInt());
    assertEquals(
        seed.path("chats").get(1).path("latest_message"), withMessage.path("messages").get(0));
    JsonNode without = json(get("/chats/120363393294700553@g.us/messages"));
    assertEquals(0, without.path("messages").size());
    assertEquals(404, get("/chats/nope@g.us/messages").statusCode());
  }

  @Test
  void sentMessagesAreQueuedAndCounted() throws Exception {
    int before = json(get("/queue")).path("pending").asInt();
    JsonNode first =
        json(post("/message/send", "{\"chat_id\":\"919537851844@c.us\",\"message\":\"Hi\"}"));
    UUID.fromString(first.path("queue_id").asText());
    assertEquals(before, first.path("queue_position").asInt());
    assertTrue(first.path("unique_id").asText().startsWith("3EB0"), first.toString());
    assertTrue(first.path("hint").asText().endsWith(first.path("queue_id").asText()));
    JsonNode second =
        json(post("/message/send", "{\"chat_id\":\"919537851844@c.us\",\"message\":\"Again\"}"));
    assertEquals(before + 1, second.path("queue_position").asInt());
    JsonNode queue = json(get("/queue"));
    assertEquals(before + 2, queue.path("pending").asInt());
    assertTrue(queue.path("is_running").asBoolean());
    assertTrue(
        server.sentMessages().contains("919537851844@c.us: Again"),
        server.sentMessages().toString());
  }

  @Test
  void sendWithoutChatIdIs422() throws Exception {
    for (String body :
        new String[] {"{\"message\":\"Hi\"}", "", "not json", "{\"chat_id\":\" \"}"}) {
      HttpResponse<String> response = post("/message/send", body);
      assertEquals(422, response.statusCode(), body);
      assertJson(
          "{\"code\":\"VALIDATION_ERROR\",\"message\":\"Request validation failed\","
              + "\"status\":422,\"name\":\"Validation Error\","
              + "\"fields\":{\"body.chat_id\":{\"message\":\"chat_id is required\"}}}",
          response);
    }
  }

  @Test
  void unknownRoutesAre404() throws Exception {
    assertEquals(404, get("/nothing-here").statusCode());
    assertEquals(404, post("/chats", "{}").statusCode());
  }

  @Test
  void injectedFaultsAnswerOnceEachInOrder() throws Exception {
    try (EmbeddedPeriskopeServer flaky = EmbeddedPeriskopeServer.start(TOKEN)) {
      flaky.failFirst(429);
      flaky.failFirst(503);
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(flaky.baseUrl() + "/queue"))
              .header("Authorization", "Bearer " + TOKEN)
              .build();
      HttpResponse<String> limited = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      assertEquals(429, limited.statusCode());
      assertEquals("0", limited.headers().firstValue("Retry-After").orElseThrow());
      assertEquals("RATE_LIMIT_ERROR", json(limited).path("code").asText());
      HttpResponse<String> unavailable = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      assertEquals(503, unavailable.statusCode());
      assertTrue(
          unavailable.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
      assertTrue(unavailable.headers().firstValue("x-periskope-trace-id").isPresent());
      assertEquals(200, HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode());
      assertEquals(3, flaky.requestCount());
    }
    assertThrows(IllegalArgumentException.class, () -> server.failFirst(418));
  }

  private static JsonNode readTree(String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
