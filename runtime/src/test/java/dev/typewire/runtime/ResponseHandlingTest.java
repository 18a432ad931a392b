package dev.typewire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ResponseHandlingTest {

  private static final String TOKEN = "sk_live_7f3a9c2e41b8";

  record Chat(String chat_id, String chat_name) {}

  record ApiError(
      String code, String message, Integer status, String name, Map<String, Field> fields) {
    record Field(String message, String value) {}
  }

  private final TestServer server;

  ResponseHandlingTest() throws IOException {
    server = new TestServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ClientOptions.Builder options() {
    return ClientOptions.builder()
        .baseUrl(server.baseUrl())
        .bearerToken(TOKEN)
        .traceIdHeader("x-periskope-trace-id")
        .retryPolicy(RetryPolicy.none());
  }

  private static ApiRequest getChats() {
    return ApiRequest.builder("GET", "/chats").build();
  }

  @Test
  void decodesJsonBodies() {
    server.thenJson(200, "[{\"chat_id\":\"a\",\"chat_name\":\"A\"},{\"chat_id\":\"b\"}]");

    List<Chat> chats =
        new ApiTransport(options().build())
            .send(getChats(), ResponseType.of(new TypeReference<List<Chat>>() {}));

    assertEquals(List.of(new Chat("a", "A"), new Chat("b", null)), chats);
  }

  @Test
  void sendsStandardHeaders() {
    server.thenJson(200, "{}");

    new ApiTransport(options().userAgent("my-app/1.0").build())
        .send(
            ApiRequest.builder("POST", "/chats").jsonBody(new Chat("a", null)).build(),
            ResponseType.none());

    TestServer.Seen seen = server.requests().get(0);
    assertEquals("Bearer " + TOKEN, seen.header("Authorization"));
    assertEquals("application/json", seen.header("Accept"));
    assertEquals("application/json", seen.header("Content-Type"));
    assertTrue(
        seen.header("User-Agent").matches("my-app/1\\.0 typewire/\\d+\\.\\d+\\.\\d+.*"),
        seen.header("User-Agent"));
    assertFalse(seen.header("User-Agent").contains("${"));
    assertEquals("{\"chat_id\":\"a\",\"chat_name\":null}", seen.body());
  }

  @Test
  void noneAndStringResponseTypes() {
    server.thenText(204, null, "").thenText(200, "text/plain; charset=utf-8", "caf\u00e9");
    ApiTransport transport = new ApiTransport(options().build());

    assertNull(transport.send(getChats(), ResponseType.none()));
    assertEquals("caf\u00e9", transport.send(getChats(), ResponseType.string()));
  }

  @Test
  void status204ForAJsonTypeIsADecodeExceptionNotASilentNull() {
    server.thenText(204, null, "");
    DecodeException e =
        assertThrows(
            DecodeException.class,
            () ->
                new ApiTransport(options().build()).send(getChats(), ResponseType.of(Chat.class)));
    assertEquals(204, e.status());
    assertTrue(e.getMessage().contains("no response body, expected"), e.getMessage());
  }

  @Test
  void status204ForAJsonTypeAllowingEmptyIsNull() {
    server.thenText(204, null, "");
    assertNull(
        new ApiTransport(options().build())
            .send(getChats(), ResponseType.of(Chat.class).allowingEmpty()));
  }

  @Test
  void unauthorizedCarriesEverythingButTheToken() {
    server.thenJson(
        401,
        "{\"code\":\"UNAUTHORIZED_ERROR\",\"message\":\"Invalid bearer auth token\",\"status\":401,"
            + "\"received\":\"Bearer "
            + TOKEN
            + "\"}",
        "x-periskope-trace-id",
        "abc",
        "X-RateLimit-Remaining",
        "99");
    List<String> listened = new java.util.concurrent.CopyOnWriteArrayList<>();
    RequestListener listener =
        new RequestListener() {
          @Override
          public void onRequestStart(RequestAttempt attempt) {
            listened.add("start " + attempt);
          }

          @Override
          public void onRequestEnd(RequestAttempt attempt, int status, Duration duration) {
            listened.add("end " + attempt + " " + status);
          }
        };

    AuthenticationException e;
    try (LogCapture logs = new LogCapture()) {
      e =
          assertThrows(
              AuthenticationException.class,
              () ->
                  new ApiTransport(options().listener(listener).build())
                      .send(getChats(), ResponseType.of(Chat.class).withErrorBody(ApiError.class)));

      assertFalse(logs.lines.isEmpty());
      assertTrue(
          logs.lines.stream().anyMatch(line -> line.contains("-> 401") && line.contains("abc")),
          logs.lines::toString);
      logs.lines.forEach(line -> assertFalse(line.contains(TOKEN), line));
    }

    assertEquals(
        "GET "
            + server.baseUrl()
            + "/chats -> 401 UNAUTHORIZED_ERROR: Invalid bearer auth token (trace id abc)",
        e.getMessage());
    assertEquals(401, e.status());
    assertEquals("abc", e.traceId().orElseThrow());
    assertEquals("99", e.headers().firstValue("x-ratelimit-remaining").orElseThrow());
    assertEquals("GET", e.method());
    assertEquals(server.baseUrl() + "/chats", e.uri().toString());
    assertEquals("application/json", e.contentType().orElseThrow());
    ApiError error = e.errorBody(ApiError.class).orElseThrow();
    assertEquals("UNAUTHORIZED_ERROR", error.code());
    assertEquals(401, error.status());
    assertInstanceOf(ApiError.class, e.errorBody());
    assertFalse(e.getMessage().contains(TOKEN));
    assertFalse(e.toString().contains(TOKEN));
    assertFalse(e.bodyExcerpt().contains(TOKEN), e.bodyExcerpt());
    assertTrue(e.bodyExcerpt().contains("Bearer [redacted]"), e.bodyExcerpt());
    listened.forEach(line -> assertFalse(line.contains(TOKEN), line));
    assertEquals(2, listened.size(), listened::toString);
  }

  @Test
  void statusesMapToSubtypes() {
    server
        .thenJson(403, "{}")
        .thenJson(
            404, "{\"code\":\"NOT_FOUND_ERROR\",\"message\":\"Chat not found\",\"status\":404}")
        .thenJson(400, "{}")
        .thenJson(409, "{}")
        .thenJson(
            422,
            "{\"code\":\"VALIDATION_ERROR\",\"message\":\"Request validation failed\",\"status\":422,"
                + "\"fields\":{\"body.chat_id\":{\"message\":\"chat_id is required\"}}}")
        .thenJson(429, "{}", "Retry-After", "3")
        .thenJson(502, "{}")
        .thenJson(405, "{}")
        .thenText(302, null, "", "Location", "https://elsewhere.example/");
    ApiTransport transport = new ApiTransport(options().build());
    ResponseType<Chat> type = ResponseType.of(Chat.class).withErrorBody(ApiError.class);

    assertThrows(AuthenticationException.class, () -> transport.send(getChats(), type));
    NotFoundException notFound =
        assertThrows(NotFoundException.class, () -> transport.send(getChats(), type));
    assertTrue(notFound.getMessage().endsWith("-> 404 NOT_FOUND_ERROR: Chat not found"));
    assertThrows(ValidationException.class, () -> transport.send(getChats(), type));
    assertThrows(ValidationException.class, () -> transport.send(getChats(), type));
    ValidationException invalid =
        assertThrows(ValidationException.class, () -> transport.send(getChats(), type));
    assertEquals(
        "chat_id is required",
        invalid.errorBody(ApiError.class).orElseThrow().fields().get("body.chat_id").message());
    RateLimitException limited =
        assertThrows(RateLimitException.class, () -> transport.send(getChats(), type));
    assertEquals(Duration.ofSeconds(3), limited.retryAfter().orElseThrow());
    assertThrows(ServerException.class, () -> transport.send(getChats(), type));
    assertEquals(
        405,
        assertThrows(ApiStatusException.class, () -> transport.send(getChats(), type)).status());
    assertEquals(
        302,
        assertThrows(ApiStatusException.class, () -> transport.send(getChats(), type)).status());
  }

  @Test
  void errorBodyWithoutDeclaredTypeIsAJsonTree() {
    server.thenJson(404, "{\"code\":\"NOT_FOUND_ERROR\",\"message\":\"Chat not found\"}");

    NotFoundException e =
        assertThrows(
            NotFoundException.class,
            () ->
                new ApiTransport(options().build()).send(getChats(), ResponseType.of(Chat.class)));

    assertEquals("NOT_FOUND_ERROR", ((JsonNode) e.errorBody()).get("code").asText());
    assertEquals("Chat not found", e.errorBody(ApiError.class).orElseThrow().message());
  }

  @Test
  void truncatedJsonIsDecodeExceptionWithExcerpt() {
    server.thenJson(200, "{\"chat_id\":\"a\",\"chat_name\":\"Fam", "x-periskope-trace-id", "t-9");

    DecodeException e =
        assertThrows(
            DecodeException.class,
            () ->
                new ApiTransport(options().build()).send(getChats(), ResponseType.of(Chat.class)));

    assertEquals(200, e.status());
    assertEquals("{\"chat_id\":\"a\",\"chat_name\":\"Fam", e.bodyExcerpt());
    assertEquals("application/json", e.contentType().orElseThrow());
    assertEquals("t-9", e.traceId().orElseThrow());
    assertTrue(e.getMessage().contains("not valid JSON for ResponseType.of(Chat)"), e.getMessage());
  }

  @Test
  void closeDelimitedTruncatedJsonIsDecodeException() throws Exception {
    try (RawServer raw = new RawServer()) {
      raw.then(
          "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n"
              + "[{\"chat_id\":\"a\"},{\"chat_");
      DecodeException e =
          assertThrows(
              DecodeException.class,
              () ->
                  new ApiTransport(ClientOptions.builder().baseUrl(raw.baseUrl()).build())
                      .send(getChats(), ResponseType.of(new TypeReference<List<Chat>>() {})));
      assertEquals("[{\"chat_id\":\"a\"},{\"chat_", e.bodyExcerpt());
    }
  }

  @Test
  void htmlOn200IsDecodeException() {
    server.thenText(200, "text/html", "<html><body>Login</body></html>");

    DecodeException e =
        assertThrows(
            DecodeException.class,
            () ->
                new ApiTransport(options().build()).send(getChats(), ResponseType.of(Chat.class)));

    assertEquals("text/html", e.contentType().orElseThrow());
    assertEquals("<html><body>Login</body></html>", e.bodyExcerpt());
    assertTrue(
        e.getMessage().contains("expected a JSON body for ResponseType.of(Chat) but got text/html"),
        e.getMessage());
    assertNull(e.getCause());
  }

  @Test
  void excerptIsBounded() {
    String big = "<html>" + "x".repeat(5000) + "</html>";
    server.thenText(500, "text/html", big);

    ServerException e =
        assertThrows(
            ServerException.class,
            () ->
                new ApiTransport(options().build()).send(getChats(), ResponseType.of(Chat.class)));

    assertEquals(ResponseDecoder.EXCERPT_CHARS, e.bodyExcerpt().length());
    assertTrue(e.getMessage().length() < 400, e.getMessage());
  }

  @Test
  void bodyOverTheCapIsNotReadIntoMemory() {
    // 4 MB of valid JSON; the client keeps at most 64 KB of it.
    server.then(
        exchange -> {
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, 0);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write("[".getBytes(StandardCharsets.UTF_8));
            byte[] item = "{\"chat_id\":\"0123456789\"},".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 4_000_000 / item.length; i++) {
              out.write(item);
            }
            out.write("{}]".getBytes(StandardCharsets.UTF_8));
          } catch (IOException clientHungUp) {
            // Expected: the client stops reading at its cap.
          }
        });

    DecodeException e =
        assertThrows(
            DecodeException.class,
            () ->
                new ApiTransport(options().maxResponseBytes(64 * 1024).build())
                    .send(getChats(), ResponseType.of(new TypeReference<List<Chat>>() {})));

    assertTrue(e.getMessage().contains("exceeds maxResponseBytes (65536)"), e.getMessage());
    assertTrue(e.bodyExcerpt().startsWith("[{\"chat_id\":\"0123456789\"}"));
  }

  @Test
  void errorBodyOverTheCapStillMapsTheStatus() {
    server.thenJson(503, "{\"message\":\"" + "y".repeat(10_000) + "\"}");

    ServerException e =
        assertThrows(
            ServerException.class,
            () ->
                new ApiTransport(options().maxResponseBytes(1024).build())
                    .send(getChats(), ResponseType.of(Chat.class)));

    assertNull(e.errorBody());
    assertTrue(e.getMessage().contains("[body over 1024 bytes, not read]"), e.getMessage());
  }

  @Test
  void bodySlowerThanTheTimeoutIsTransportException() {
    CountDownLatch release = new CountDownLatch(1);
    server.then(
        exchange -> {
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, 0);
          OutputStream out = exchange.getResponseBody();
          out.write("{\"chat_id\":".getBytes(StandardCharsets.UTF_8));
          out.flush();
          release.await(10, TimeUnit.SECONDS);
          out.close();
        });
    try {
      long start = System.nanoTime();
      TransportException e =
          assertThrows(
              TransportException.class,
              () ->
                  new ApiTransport(options().requestTimeout(Duration.ofMillis(300)).build())
                      .send(getChats(), ResponseType.of(Chat.class)));
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertInstanceOf(HttpTimeoutException.class, e.getCause());
      assertEquals(0, e.status());
      assertTrue(took.compareTo(Duration.ofSeconds(3)) < 0, took::toString);
    } finally {
      release.countDown();
    }
  }

  @Test
  void perCallTimeoutOverridesTheClients() {
    CountDownLatch release = new CountDownLatch(1);
    server.then(
        exchange -> {
          release.await(10, TimeUnit.SECONDS);
          TestServer.send(exchange, 200, "application/json", "{}");
        });
    try {
      ApiRequest request =
          ApiRequest.builder("GET", "/chats")
              .options(RequestOptions.builder().timeout(Duration.ofMillis(200)).build())
              .build();
      TransportException e =
          assertThrows(
              TransportException.class,
              () -> new ApiTransport(options().build()).send(request, ResponseType.none()));
      assertInstanceOf(HttpTimeoutException.class, e.getCause());
    } finally {
      release.countDown();
    }
  }

  @Test
  void tokenEchoedInSuccessBodyIsScrubbedFromDecodeExcerpt() {
    server.thenText(200, "text/plain", "your token is " + TOKEN);

    DecodeException e =
        assertThrows(
            DecodeException.class,
            () ->
                new ApiTransport(options().build()).send(getChats(), ResponseType.of(Chat.class)));

    assertEquals("your token is [redacted]", e.bodyExcerpt());
    assertFalse(e.getMessage().contains(TOKEN));
  }

  @Test
  void failingListenerDoesNotBreakCalls() {
    server.thenJson(200, "{\"chat_id\":\"a\"}");
    RequestListener broken =
        new RequestListener() {
          @Override
          public void onRequestStart(RequestAttempt attempt) {
            throw new IllegalStateException("listener bug");
          }
        };

    Chat chat =
        new ApiTransport(options().listener(broken).build())
            .send(getChats(), ResponseType.of(Chat.class));

    assertEquals("a", chat.chat_id());
  }
}
