package dev.typewire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpHeaders;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Raw responses, response headers for listeners, and Deprecation/Sunset reports. */
class RawResponseAndDeprecationTest {

  record Chat(String chat_id) {}

  private final TestServer server;
  private final List<String> events = new CopyOnWriteArrayList<>();
  private final List<DeprecationNotice> notices = new CopyOnWriteArrayList<>();

  RawResponseAndDeprecationTest() throws IOException {
    server = new TestServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ApiTransport transport() {
    RequestListener listener =
        new RequestListener() {
          @Override
          public void onResponseHeaders(RequestAttempt attempt, int status, HttpHeaders headers) {
            events.add("headers " + status + " " + headers.firstValue("X-Quota").orElse("-"));
          }

          @Override
          public void onRequestEnd(
              RequestAttempt attempt, int status, java.time.Duration duration) {
            events.add("end " + status);
          }

          @Override
          public void onDeprecatedOperation(RequestAttempt attempt, DeprecationNotice notice) {
            notices.add(notice);
          }
        };
    return new ApiTransport(
        ClientOptions.builder()
            .baseUrl(server.baseUrl())
            .traceIdHeader("x-trace")
            .retryPolicy(RetryPolicy.none())
            .listener(listener)
            .build());
  }

  @Test
  void rawResponseCarriesStatusHeadersTraceIdAndBody() throws Exception {
    server.thenJson(201, "{\"chat_id\":\"c1\"}", "X-Quota", "9", "x-trace", "t-1");
    try (ApiTransport transport = transport()) {
      RawResponse<Chat> sync =
          transport.sendRaw(
              ApiRequest.builder("GET", "/chats/c1").build(), ResponseType.of(Chat.class));
      RawResponse<Chat> async =
          transport
              .sendRawAsync(
                  ApiRequest.builder("GET", "/chats/c1").build(), ResponseType.of(Chat.class))
              .get(10, TimeUnit.SECONDS);
      for (RawResponse<Chat> response : List.of(sync, async)) {
        assertEquals(201, response.status());
        assertEquals("9", response.header("x-quota").orElseThrow());
        assertEquals("t-1", response.traceId().orElseThrow());
        assertEquals(new Chat("c1"), response.body());
      }
      assertEquals(List.of("headers 201 9", "end 201", "headers 201 9", "end 201"), events);
    }
  }

  @Test
  void rawResponseOfABodilessOperationHasANullBody() {
    server.thenText(204, null, "", "X-Quota", "8");
    try (ApiTransport transport = transport()) {
      RawResponse<Void> response =
          transport.sendRaw(ApiRequest.builder("DELETE", "/chats/c1").build(), ResponseType.none());
      assertEquals(204, response.status());
      assertEquals("8", response.header("X-Quota").orElseThrow());
      assertNull(response.body());
    }
  }

  @Test
  void deprecationIsReportedOncePerOperationToLogAndListener() {
    server.thenJson(
        200,
        "{\"chat_id\":\"c1\"}",
        "Deprecation",
        "@1688169599",
        "Sunset",
        "Wed, 11 Nov 2026 23:59:59 GMT");
    try (LogCapture log = new LogCapture();
        ApiTransport transport = transport()) {
      for (String id : List.of("a", "b", "c")) {
        transport.send(
            ApiRequest.builder("GET", "/chats/{id}").pathParam("id", id).build(),
            ResponseType.of(Chat.class));
      }
      transport.send(ApiRequest.builder("GET", "/other").build(), ResponseType.of(Chat.class));

      List<String> warnings =
          log.lines.stream().filter(line -> line.startsWith("WARNING")).toList();
      assertEquals(2, warnings.size(), warnings::toString);
      assertTrue(warnings.get(0).contains("GET /chats/{id} is deprecated"), warnings::toString);
      assertTrue(warnings.get(0).contains("2023-06-30T23:59:59Z"), warnings::toString);
      assertTrue(warnings.get(0).contains("2026-11-11T23:59:59Z"), warnings::toString);
      assertEquals(2, notices.size());
      assertEquals(
          new DeprecationNotice(
              "GET /chats/{id}",
              java.util.Optional.of(Instant.ofEpochSecond(1688169599)),
              java.util.Optional.of(Instant.parse("2026-11-11T23:59:59Z"))),
          notices.get(0));
      assertEquals("GET /other", notices.get(1).operation());
    }
  }

  @Test
  void responsesWithoutTheHeadersReportNothing() {
    server.thenJson(200, "{\"chat_id\":\"c1\"}");
    try (LogCapture log = new LogCapture();
        ApiTransport transport = transport()) {
      transport.send(ApiRequest.builder("GET", "/chats").build(), ResponseType.of(Chat.class));
      assertTrue(log.lines.stream().noneMatch(line -> line.startsWith("WARNING")));
      assertTrue(notices.isEmpty());
    }
  }

  @Test
  void aClosedTransportRefusesCalls() {
    server.thenJson(200, "{\"chat_id\":\"c1\"}");
    ApiTransport transport = transport();
    transport.send(ApiRequest.builder("GET", "/chats").build(), ResponseType.of(Chat.class));
    transport.close();
    transport.close();
    IllegalStateException closed =
        assertThrows(
            IllegalStateException.class,
            () ->
                transport.send(
                    ApiRequest.builder("GET", "/chats").build(), ResponseType.of(Chat.class)));
    assertTrue(closed.getMessage().contains("closed"), closed.getMessage());
    assertEquals(1, server.requests().size());
  }
}
