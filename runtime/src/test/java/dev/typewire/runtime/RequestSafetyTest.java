package dev.typewire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RequestSafetyTest {

  enum ChatType {
    GROUP("group"),
    INDIVIDUAL("individual");

    private final String wire;

    ChatType(String wire) {
      this.wire = wire;
    }

    @JsonValue
    String wire() {
      return wire;
    }
  }

  private static final String OK =
      "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
          + "Connection: close\r\n\r\n{}";

  @Test
  void pathAndQueryAreEncodedOnTheWire() throws Exception {
    try (RawServer raw = new RawServer()) {
      raw.then(OK);
      ApiRequest request =
          ApiRequest.builder("GET", "/chats/{chat_id}/messages")
              .pathParam("chat_id", "120363393294700553@g.us")
              .query("q", "a b&c+d/e")
              .query("name", "Caf\u00e9 \u0928\u092e")
              .query("label", List.of("x", "y"))
              .query("skipped", null)
              .query("type", ChatType.GROUP)
              .query("since", OffsetDateTime.of(2025, 1, 24, 5, 11, 3, 0, ZoneOffset.UTC))
              .query("limit", 100)
              .build();

      new ApiTransport(ClientOptions.builder().baseUrl(raw.baseUrl()).build())
          .send(request, ResponseType.none());

      assertEquals(
          "GET /v1/chats/120363393294700553@g.us/messages"
              + "?q=a%20b%26c%2Bd%2Fe&name=Caf%C3%A9%20%E0%A4%A8%E0%A4%AE&label=x&label=y"
              + "&type=group&since=2025-01-24T05%3A11%3A03%2B00%3A00&limit=100 HTTP/1.1",
          raw.requestLines().get(0));
    }
  }

  @Test
  void pathParamCannotEscapeItsSegment() throws Exception {
    try (TestServer server = new TestServer()) {
      server.thenJson(200, "{}");
      ApiTransport transport =
          new ApiTransport(ClientOptions.builder().baseUrl(server.baseUrl()).build());

      transport.send(
          ApiRequest.builder("GET", "/chats/{id}").pathParam("id", "../a/b?c#d%e f:g").build(),
          ResponseType.none());
      transport.send(
          ApiRequest.builder("GET", "/chats/{id}/x").pathParam("id", "..").build(),
          ResponseType.none());

      assertEquals("/v1/chats/..%2Fa%2Fb%3Fc%23d%25e%20f:g", server.requests().get(0).rawUri());
      assertEquals("/v1/chats/%2E%2E/x", server.requests().get(1).rawUri());
    }
  }

  @Test
  void emptyOrMissingPathParamsAreRejected() {
    ApiTransport transport =
        new ApiTransport(ClientOptions.builder().baseUrl("https://api.example.com/v1").build());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            transport.send(
                ApiRequest.builder("GET", "/chats/{id}").pathParam("id", "").build(),
                ResponseType.none()));
    assertThrows(
        IllegalStateException.class, () -> ApiRequest.builder("GET", "/chats/{id}").build());
    assertThrows(
        NullPointerException.class,
        () -> ApiRequest.builder("GET", "/chats/{id}").pathParam("id", null));
    assertThrows(
        IllegalStateException.class,
        () -> ApiRequest.builder("GET", "/chats").pathParam("id", "x").build());
  }

  @Test
  void headerValuesWithCrOrLfAreRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ApiRequest.builder("GET", "/x").header("x-phone", "1\r\nX-Evil: 1"));
    assertThrows(
        IllegalArgumentException.class,
        () -> ApiRequest.builder("GET", "/x").header("x-phone", "1\nX-Evil: 1"));
    assertThrows(
        IllegalArgumentException.class, () -> RequestOptions.builder().header("x-phone", "1\r"));
    assertThrows(
        IllegalArgumentException.class,
        () -> ClientOptions.builder().defaultHeader("x-phone", "a\nb"));
    assertThrows(
        IllegalArgumentException.class, () -> ClientOptions.builder().bearerToken("tok\r\nen"));
  }

  @Test
  void headerPrecedenceIsDefaultThenRequestThenOptions() throws IOException {
    try (TestServer server = new TestServer()) {
      server.thenJson(200, "{}");
      ApiTransport transport =
          new ApiTransport(
              ClientOptions.builder()
                  .baseUrl(server.baseUrl())
                  .defaultHeader("x-phone", "default")
                  .defaultHeader("x-org", "org-1")
                  .build());

      transport.send(ApiRequest.builder("GET", "/a").build(), ResponseType.none());
      transport.send(
          ApiRequest.builder("GET", "/a").header("X-Phone", "request").build(),
          ResponseType.none());
      transport.send(
          ApiRequest.builder("GET", "/a")
              .header("x-phone", "request")
              .header("x-skipped", null)
              .options(RequestOptions.builder().header("x-phone", "options").build())
              .build(),
          ResponseType.none());

      assertEquals("default", server.requests().get(0).header("x-phone"));
      assertEquals("request", server.requests().get(1).header("x-phone"));
      assertEquals("options", server.requests().get(2).header("x-phone"));
      assertEquals("org-1", server.requests().get(2).header("x-org"));
      assertEquals(null, server.requests().get(2).header("x-skipped"));
      assertEquals(null, server.requests().get(0).header("Authorization"));
    }
  }

  @Test
  void bearerOverPlainHttpToRemoteHostIsRefusedAtBuild() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                ClientOptions.builder()
                    .baseUrl("http://192.0.2.1/v1")
                    .bearerToken("secret-token")
                    .build());
    assertFalse(e.getMessage().contains("secret-token"));
    assertThrows(
        IllegalStateException.class,
        () ->
            ClientOptions.builder()
                .baseUrl("http://api.example.com/v1")
                .bearerToken("secret-token")
                .build());
  }

  @Test
  void loopbackAndHttpsAndExplicitOptInAreAllowed() {
    for (String url :
        List.of(
            "http://127.0.0.1:8080/v1",
            "http://localhost:8080/v1",
            "http://[::1]:8080/v1",
            "https://192.0.2.1/v1")) {
      ClientOptions.builder().baseUrl(url).bearerToken("secret-token").build();
    }
    ClientOptions.builder()
        .baseUrl("http://192.0.2.1/v1")
        .bearerToken("secret-token")
        .allowInsecureHttp(true)
        .build();
  }

  @Test
  void perCallAuthorizationOverPlainHttpIsRefusedBeforeConnecting() {
    AtomicInteger started = new AtomicInteger();
    ApiTransport transport =
        new ApiTransport(
            ClientOptions.builder()
                .baseUrl("http://192.0.2.1/v1")
                .connectTimeout(Duration.ofSeconds(30))
                .listener(
                    new RequestListener() {
                      @Override
                      public void onRequestStart(RequestAttempt attempt) {
                        started.incrementAndGet();
                      }
                    })
                .build());
    ApiRequest request =
        ApiRequest.builder("GET", "/chats")
            .options(RequestOptions.builder().header("Authorization", "Bearer secret").build())
            .build();

    long start = System.nanoTime();
    assertThrows(IllegalStateException.class, () -> transport.send(request, ResponseType.none()));
    // The async form fails its future instead of throwing, with the same refusal.
    ExecutionException async =
        assertThrows(
            ExecutionException.class,
            () -> transport.sendAsync(request, ResponseType.none()).get());
    assertInstanceOf(IllegalStateException.class, async.getCause());

    assertEquals(0, started.get());
    assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 2000);
  }
}
