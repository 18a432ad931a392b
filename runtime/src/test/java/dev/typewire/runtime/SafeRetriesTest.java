package dev.typewire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Retries that cannot duplicate side effects, and waits a server cannot stretch. */
class SafeRetriesTest {

  record Sent(String id) {}

  private final TestServer server;
  private final RecordingSleeper sleeper = new RecordingSleeper();

  SafeRetriesTest() throws IOException {
    server = new TestServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ApiTransport transport(RetryPolicy policy) {
    return transport(server.baseUrl(), policy);
  }

  private ApiTransport transport(String baseUrl, RetryPolicy policy) {
    return new ApiTransport(
        ClientOptions.builder().baseUrl(baseUrl).retryPolicy(policy).sleeper(sleeper).build());
  }

  private static ApiRequest.Builder keyedPost() {
    return ApiRequest.builder("POST", "/messages")
        .jsonBody(Map.of("text", "hi"))
        .idempotencyHeader("Idempotency-Key");
  }

  @Test
  void aKeyedPostIsRetriedAfterA503WithOneKeyAcrossAttempts() {
    server.thenJson(503, "{}").thenJson(503, "{}").thenJson(200, "{\"id\":\"m1\"}");

    Sent sent =
        transport(RetryPolicy.defaults()).send(keyedPost().build(), ResponseType.of(Sent.class));

    assertEquals("m1", sent.id());
    List<String> keys =
        server.requests().stream().map(seen -> seen.header("Idempotency-Key")).toList();
    assertEquals(3, keys.size());
    assertEquals(1, keys.stream().distinct().count(), keys.toString());
    UUID.fromString(keys.get(0));
  }

  @Test
  void eachCallHasItsOwnKey() {
    server.thenJson(200, "{\"id\":\"m1\"}");
    ApiTransport transport = transport(RetryPolicy.defaults());

    transport.send(keyedPost().build(), ResponseType.of(Sent.class));
    transport.send(keyedPost().build(), ResponseType.of(Sent.class));

    assertNotEquals(
        server.requests().get(0).header("Idempotency-Key"),
        server.requests().get(1).header("Idempotency-Key"));
  }

  @Test
  void aKeyTheCallerSetsWins() {
    server.thenJson(503, "{}").thenJson(200, "{\"id\":\"m1\"}");
    ApiRequest request =
        keyedPost()
            .options(RequestOptions.builder().header("idempotency-key", "order-42").build())
            .build();

    transport(RetryPolicy.defaults()).send(request, ResponseType.of(Sent.class));

    assertEquals(2, server.requests().size());
    assertEquals("order-42", server.requests().get(0).header("Idempotency-Key"));
    assertEquals("order-42", server.requests().get(1).header("Idempotency-Key"));
  }

  @Test
  void anUnkeyedPostIsStillNotRetriedAfterA503() {
    server.thenJson(503, "{}").thenJson(200, "{\"id\":\"m1\"}");
    ApiRequest post = ApiRequest.builder("POST", "/messages").jsonBody(Map.of("a", 1)).build();

    assertThrows(
        ServerException.class,
        () -> transport(RetryPolicy.defaults()).send(post, ResponseType.of(Sent.class)));
    assertEquals(1, server.requests().size());
    assertEquals(null, server.requests().get(0).header("Idempotency-Key"));
  }

  @Test
  void a429IsRetriedForEveryMethodSinceNothingWasProcessed() {
    server.thenJson(429, "{}", "Retry-After", "1").thenJson(200, "{\"id\":\"m1\"}");
    ApiRequest post = ApiRequest.builder("POST", "/messages").jsonBody(Map.of("a", 1)).build();

    Sent sent = transport(RetryPolicy.defaults()).send(post, ResponseType.of(Sent.class));

    assertEquals("m1", sent.id());
    assertEquals(2, server.requests().size());
    assertEquals(List.of(Duration.ofSeconds(1)), sleeper.delays);
  }

  @Test
  void anEnormousRetryAfterIsCappedNotOverflowed() {
    server
        .thenJson(429, "{}", "Retry-After", "9223372036854775807")
        .thenJson(200, "{\"id\":\"m1\"}");
    RetryPolicy patient = RetryPolicy.builder().maxElapsed(Duration.ofDays(1)).build();

    Sent sent = transport(patient).send(keyedPost().build(), ResponseType.of(Sent.class));

    assertEquals("m1", sent.id());
    assertEquals(List.of(Duration.ofSeconds(60)), sleeper.delays);
  }

  @Test
  void theCapIsAnOption() {
    server.thenJson(503, "{}", "Retry-After", "3600").thenJson(200, "{\"id\":\"m1\"}");
    RetryPolicy policy =
        RetryPolicy.builder()
            .maxRetryAfter(Duration.ofSeconds(2))
            .maxElapsed(Duration.ofDays(1))
            .build();

    transport(policy).send(keyedPost().build(), ResponseType.of(Sent.class));

    assertEquals(List.of(Duration.ofSeconds(2)), sleeper.delays);
    assertTrue(policy.toString().contains("maxRetryAfter=PT2S"), policy.toString());
  }

  @Test
  void anEnormousRetryAfterWithTheDefaultBudgetGivesUpAsARateLimit() {
    server.thenJson(429, "{}", "Retry-After", "9223372036854775807");

    RateLimitException e =
        assertThrows(
            RateLimitException.class,
            () ->
                transport(RetryPolicy.defaults())
                    .send(keyedPost().build(), ResponseType.of(Sent.class)));
    assertEquals(429, e.status());
    assertTrue(sleeper.delays.isEmpty());
    assertEquals(1, server.requests().size());
  }

  @Test
  void anEnormousTimeoutIsSaturated() {
    server.thenJson(200, "{\"id\":\"m1\"}");
    ApiRequest request =
        keyedPost()
            .options(RequestOptions.builder().timeout(Duration.ofSeconds(Long.MAX_VALUE)).build())
            .build();

    assertEquals(
        "m1", transport(RetryPolicy.defaults()).send(request, ResponseType.of(Sent.class)).id());
  }

  @Test
  void aBadIdempotencyHeaderNameIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ApiRequest.builder("POST", "/m").idempotencyHeader("X-Key\r\nX-Evil: 1"));
    assertThrows(
        IllegalArgumentException.class,
        () -> ApiRequest.builder("POST", "/m").idempotencyHeader(" "));
  }

  @Test
  void a204CarryingABodyIsNotRetried() throws Exception {
    try (RawServer raw = new RawServer()) {
      raw.then("HTTP/1.1 204 No Content\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello");
      ApiTransport transport = transport(raw.baseUrl(), RetryPolicy.defaults());

      TransportException e =
          assertThrows(
              TransportException.class,
              () ->
                  transport.send(ApiRequest.builder("GET", "/chats").build(), ResponseType.none()));
      assertTrue(e.getMessage().contains("204"), e.getMessage());
      assertEquals(1, raw.requestLines().size(), raw.requestLines().toString());
      assertTrue(sleeper.delays.isEmpty());
    }
  }

  @Test
  void aResponseHeaderOverTheJdkLimitIsNotRetried() throws Exception {
    // The JDK refuses response headers over jdk.http.maxHeaderSize (384 KiB by default); the same
    // server will send the same headers again, so another attempt cannot succeed.
    String huge = "x".repeat(512 * 1024);
    try (RawServer raw = new RawServer()) {
      raw.then(
          "HTTP/1.1 200 OK\r\nX-Huge: "
              + huge
              + "\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
      ApiTransport transport = transport(raw.baseUrl(), RetryPolicy.defaults());

      TransportException e =
          assertThrows(
              TransportException.class,
              () ->
                  transport.send(
                      ApiRequest.builder("GET", "/chats").build(), ResponseType.of(Sent.class)));
      assertEquals(1, raw.requestLines().size(), e.getMessage() + " " + raw.requestLines());
      assertTrue(sleeper.delays.isEmpty(), sleeper.delays::toString);
    }
  }
}
