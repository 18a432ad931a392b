package dev.typewire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RetryTest {

  private static final String HTML_503 =
      "<html><head><title>503 Service Temporarily Unavailable</title></head>"
          + "<body><center><h1>503 Service Temporarily Unavailable</h1></center></body></html>";

  record Chat(String chat_id) {}

  private final TestServer server;
  private final RecordingSleeper sleeper = new RecordingSleeper();

  RetryTest() throws IOException {
    server = new TestServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ApiTransport transport(RetryPolicy policy) {
    return new ApiTransport(
        ClientOptions.builder()
            .baseUrl(server.baseUrl())
            .bearerToken("test-token-123")
            .retryPolicy(policy)
            .sleeper(sleeper)
            .build());
  }

  private static ApiRequest get() {
    return ApiRequest.builder("GET", "/chats/{id}").pathParam("id", "c1").build();
  }

  @Test
  void honoursRetryAfterSecondsOn429() {
    server
        .thenJson(
            429,
            "{\"code\":\"RATE_LIMIT_ERROR\",\"message\":\"slow down\",\"status\":429}",
            "Retry-After",
            "7")
        .thenJson(200, "{\"chat_id\":\"c1\"}");

    Chat chat = transport(RetryPolicy.defaults()).send(get(), ResponseType.of(Chat.class));

    assertEquals(new Chat("c1"), chat);
    assertEquals(2, server.requests().size());
    assertEquals(List.of(Duration.ofSeconds(7)), sleeper.delays);
  }

  @Test
  void honoursRetryAfterHttpDate() {
    String inTenSeconds =
        java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
            java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(10));
    server.thenJson(429, "{}", "Retry-After", inTenSeconds).thenJson(200, "{\"chat_id\":\"c1\"}");

    transport(RetryPolicy.defaults()).send(get(), ResponseType.of(Chat.class));

    Duration waited = sleeper.delays.get(0);
    assertTrue(
        waited.compareTo(Duration.ofSeconds(8)) >= 0
            && waited.compareTo(Duration.ofSeconds(10)) <= 0,
        waited::toString);
  }

  @Test
  void fallsBackToRateLimitResetOn429() {
    long resetAt = java.time.Instant.now().getEpochSecond() + 4;
    server
        .thenJson(429, "{}", "X-RateLimit-Reset", Long.toString(resetAt))
        .thenJson(429, "{}", "X-RateLimit-Reset", "2")
        .thenJson(200, "{\"chat_id\":\"c1\"}");

    transport(RetryPolicy.defaults()).send(get(), ResponseType.of(Chat.class));

    Duration first = sleeper.delays.get(0);
    assertTrue(
        // Epoch seconds: anything past the 2 s of the relative form, up to the 4 s asked for.
        first.compareTo(Duration.ofMillis(2100)) > 0 && first.getSeconds() <= 4, first::toString);
    assertEquals(Duration.ofSeconds(2), sleeper.delays.get(1));
  }

  @Test
  void retriesHtml503ThenSucceeds() {
    server.thenText(503, "text/html", HTML_503).thenJson(200, "{\"chat_id\":\"c1\"}");

    Chat chat = transport(RetryPolicy.defaults()).send(get(), ResponseType.of(Chat.class));

    assertEquals("c1", chat.chat_id());
    assertEquals(1, sleeper.delays.size());
    Duration backoff = sleeper.delays.get(0);
    // 500 ms initial delay with 75-100% jitter.
    assertTrue(backoff.toMillis() >= 375 && backoff.toMillis() <= 500, () -> "backoff " + backoff);
  }

  @Test
  void persistentHtml503IsServerExceptionWithExcerpt() {
    server.thenText(503, "text/html; charset=utf-8", HTML_503);

    ServerException e =
        assertThrows(
            ServerException.class,
            () -> transport(RetryPolicy.defaults()).send(get(), ResponseType.of(Chat.class)));

    assertEquals(3, server.requests().size());
    assertEquals(503, e.status());
    assertTrue(e.bodyExcerpt().startsWith("<html><head><title>503"), e.bodyExcerpt());
    assertTrue(
        e.getMessage().contains("-> 503 (text/html; charset=utf-8): <html>"), e.getMessage());
    assertFalse(e.getMessage().toLowerCase().contains("json"), e.getMessage());
    assertEquals(null, e.errorBody());
    // Exponential: the second wait is about twice the first.
    assertEquals(2, sleeper.delays.size());
    assertTrue(sleeper.delays.get(1).toMillis() >= 750, sleeper.delays::toString);
  }

  @Test
  void postIsNotRetriedByDefault() {
    server.thenText(503, "text/html", HTML_503).thenJson(200, "{\"chat_id\":\"c1\"}");
    ApiRequest post = ApiRequest.builder("POST", "/chats").jsonBody(Map.of("a", 1)).build();

    assertThrows(
        ServerException.class,
        () -> transport(RetryPolicy.defaults()).send(post, ResponseType.of(Chat.class)));
    assertEquals(1, server.requests().size());
  }

  @Test
  void postIsRetriedWhenTheCallOptsIn() {
    server.thenText(503, "text/html", HTML_503).thenJson(200, "{\"chat_id\":\"c1\"}");
    ApiRequest post =
        ApiRequest.builder("POST", "/chats")
            .jsonBody(Map.of("a", 1))
            .options(
                RequestOptions.builder()
                    .retryPolicy(RetryPolicy.defaults().retryingNonIdempotent())
                    .build())
            .build();

    Chat chat = transport(RetryPolicy.defaults()).send(post, ResponseType.of(Chat.class));

    assertEquals("c1", chat.chat_id());
    assertEquals(2, server.requests().size());
    assertEquals("{\"a\":1}", server.requests().get(1).body());
  }

  @Test
  void noneNeverRetries() {
    server.thenText(503, "text/html", HTML_503).thenJson(200, "{\"chat_id\":\"c1\"}");

    assertThrows(
        ServerException.class,
        () -> transport(RetryPolicy.none()).send(get(), ResponseType.of(Chat.class)));
    assertEquals(1, server.requests().size());
    assertTrue(sleeper.delays.isEmpty());
  }

  @Test
  void notRetriedStatusesFailAtOnce() {
    server.thenJson(500, "{\"code\":\"UNKNOWN_ERROR\",\"message\":\"Internal server error\"}");

    ServerException e =
        assertThrows(
            ServerException.class,
            () -> transport(RetryPolicy.defaults()).send(get(), ResponseType.of(Chat.class)));
    assertEquals(1, server.requests().size());
    assertTrue(
        e.getMessage().endsWith("-> 500 UNKNOWN_ERROR: Internal server error"), e.getMessage());
  }

  @Test
  void retryAfterBeyondTheBudgetIsNotWaitedFor() {
    server.thenJson(429, "{}", "Retry-After", "120").thenJson(200, "{\"chat_id\":\"c1\"}");

    RateLimitException e =
        assertThrows(
            RateLimitException.class,
            () -> transport(RetryPolicy.defaults()).send(get(), ResponseType.of(Chat.class)));
    assertEquals(Duration.ofSeconds(120), e.retryAfter().orElseThrow());
    assertTrue(sleeper.delays.isEmpty());
  }

  @Test
  void connectionCutMidBodyIsRetried() throws Exception {
    try (RawServer raw = new RawServer()) {
      raw.then(
              "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n"
                  + "Connection: close\r\n\r\n{\"chat_id\":\"c")
          .then(
              "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 16\r\n"
                  + "Connection: close\r\n\r\n{\"chat_id\":\"c1\"}");
      ApiTransport transport =
          new ApiTransport(ClientOptions.builder().baseUrl(raw.baseUrl()).sleeper(sleeper).build());

      Chat chat = transport.send(get(), ResponseType.of(Chat.class));

      assertEquals("c1", chat.chat_id());
      assertEquals(2, raw.requestLines().size());
      assertEquals(1, sleeper.delays.size());
    }
  }

  @Test
  void connectionCutMidBodyWithoutRetriesIsTransportException() throws Exception {
    try (RawServer raw = new RawServer()) {
      raw.then(
          "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n"
              + "Connection: close\r\n\r\n{\"chat_id\":\"c");
      ApiTransport transport =
          new ApiTransport(
              ClientOptions.builder()
                  .baseUrl(raw.baseUrl())
                  .retryPolicy(RetryPolicy.none())
                  .build());

      TransportException e =
          assertThrows(
              TransportException.class, () -> transport.send(get(), ResponseType.of(Chat.class)));
      assertEquals(0, e.status());
      assertInstanceOf(IOException.class, e.getCause());
    }
  }

  @Test
  void refusedConnectIsRetriedEvenForPost() throws Exception {
    int closedPort;
    try (ServerSocket probe = new ServerSocket(0)) {
      closedPort = probe.getLocalPort();
    }
    ApiTransport transport =
        new ApiTransport(
            ClientOptions.builder()
                .baseUrl("http://127.0.0.1:" + closedPort + "/v1")
                .sleeper(sleeper)
                .build());

    TransportException e =
        assertThrows(
            TransportException.class,
            () ->
                transport.send(ApiRequest.builder("POST", "/chats").build(), ResponseType.none()));

    assertInstanceOf(ConnectException.class, e.getCause());
    assertEquals(2, sleeper.delays.size());
    assertTrue(
        e.getMessage()
            .startsWith(
                "POST http://127.0.0.1:" + closedPort + "/v1/chats failed: ConnectException"),
        e.getMessage());
  }
}
