package dev.typewire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AsyncTransportTest {

  record Chat(String chat_id) {}

  record ApiError(String code, String message) {}

  private final TestServer server;
  private final RecordingSleeper sleeper = new RecordingSleeper();

  AsyncTransportTest() throws IOException {
    server = new TestServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ApiTransport transport() {
    // Generous: these tests share two cores with builds; only slowBodyTimesOut wants a timeout.
    return transport(Duration.ofSeconds(20));
  }

  private ApiTransport transport(Duration requestTimeout) {
    return new ApiTransport(
        ClientOptions.builder()
            .baseUrl(server.baseUrl())
            .bearerToken("async-token")
            .traceIdHeader("x-trace")
            .sleeper(sleeper)
            .requestTimeout(requestTimeout)
            .build());
  }

  private static ApiRequest get() {
    return ApiRequest.builder("GET", "/chats/{id}").pathParam("id", "c1").build();
  }

  private static Throwable failureOf(java.util.concurrent.CompletableFuture<?> future) {
    CompletionException e = assertThrows(CompletionException.class, future::join);
    return e.getCause();
  }

  @Test
  void decodesSuccess() {
    server.thenJson(200, "{\"chat_id\":\"c1\"}");
    assertEquals(new Chat("c1"), transport().sendAsync(get(), ResponseType.of(Chat.class)).join());
  }

  @Test
  void mapsErrors() {
    server.thenJson(
        404, "{\"code\":\"NOT_FOUND_ERROR\",\"message\":\"Chat not found\"}", "x-trace", "t1");

    Throwable failure =
        failureOf(
            transport()
                .sendAsync(get(), ResponseType.of(Chat.class).withErrorBody(ApiError.class)));

    NotFoundException e = assertInstanceOf(NotFoundException.class, failure);
    assertEquals("t1", e.traceId().orElseThrow());
    assertEquals(new ApiError("NOT_FOUND_ERROR", "Chat not found"), e.errorBody());
  }

  @Test
  void retriesLikeTheBlockingPath() {
    server
        .thenJson(429, "{}", "Retry-After", "2")
        .thenText(503, "text/html", "<html>down</html>")
        .thenJson(200, "{\"chat_id\":\"c1\"}");

    Chat chat = transport().sendAsync(get(), ResponseType.of(Chat.class)).join();

    assertEquals("c1", chat.chat_id());
    assertEquals(3, server.requests().size());
    assertEquals(Duration.ofSeconds(2), sleeper.delays.get(0));
    assertEquals(2, sleeper.delays.size());
  }

  @Test
  void givesUpLikeTheBlockingPath() {
    server.thenText(503, "text/html", "<html>down</html>");

    ServerException e =
        assertInstanceOf(
            ServerException.class,
            failureOf(transport().sendAsync(get(), ResponseType.of(Chat.class))));

    assertEquals(3, server.requests().size());
    assertEquals("<html>down</html>", e.bodyExcerpt());
  }

  @Test
  void postIsNotRetried() {
    server.thenText(503, "text/html", "<html>down</html>").thenJson(200, "{}");

    assertInstanceOf(
        ServerException.class,
        failureOf(
            transport()
                .sendAsync(ApiRequest.builder("POST", "/chats").build(), ResponseType.none())));
    assertEquals(1, server.requests().size());
  }

  @Test
  void connectionCutMidBodyIsRetried() throws Exception {
    try (RawServer raw = new RawServer()) {
      raw.then(
              "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 50\r\n"
                  + "Connection: close\r\n\r\n{\"chat_id\"")
          .then(
              "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 16\r\n"
                  + "Connection: close\r\n\r\n{\"chat_id\":\"c1\"}");
      ApiTransport transport =
          new ApiTransport(ClientOptions.builder().baseUrl(raw.baseUrl()).sleeper(sleeper).build());

      assertEquals("c1", transport.sendAsync(get(), ResponseType.of(Chat.class)).join().chat_id());
      assertEquals(2, raw.requestLines().size());
    }
  }

  @Test
  void slowBodyTimesOut() {
    CountDownLatch release = new CountDownLatch(1);
    server.then(
        exchange -> {
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, 0);
          OutputStream out = exchange.getResponseBody();
          out.write("[".getBytes(StandardCharsets.UTF_8));
          out.flush();
          release.await(10, TimeUnit.SECONDS);
          out.close();
        });
    try {
      TransportException e =
          assertInstanceOf(
              TransportException.class,
              failureOf(
                  transport(Duration.ofMillis(500)).sendAsync(get(), ResponseType.of(Chat.class))));
      assertInstanceOf(HttpTimeoutException.class, e.getCause());
      assertEquals(1, server.requests().size());
    } finally {
      release.countDown();
    }
  }

  @Test
  void decodeFailureSurfacesAsDecodeException() {
    server.thenText(200, "text/html", "<html>oops</html>");
    assertInstanceOf(
        DecodeException.class,
        failureOf(transport().sendAsync(get(), ResponseType.of(Chat.class))));
  }

  @Test
  void manyConcurrentCalls() {
    server.thenJson(200, "{\"chat_id\":\"c1\"}");
    ApiTransport transport = transport();
    List<java.util.concurrent.CompletableFuture<Chat>> futures =
        java.util.stream.IntStream.range(0, 20)
            .mapToObj(i -> transport.sendAsync(get(), ResponseType.of(Chat.class)))
            .toList();
    futures.forEach(future -> assertEquals("c1", future.join().chat_id()));
  }
}
