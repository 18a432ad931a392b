package dev.typewire.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewire.runtime.ApiException;
import dev.typewire.runtime.ApiRequest;
import dev.typewire.runtime.ApiTransport;
import dev.typewire.runtime.ClientOptions;
import dev.typewire.runtime.NotFoundException;
import dev.typewire.runtime.RateLimitException;
import dev.typewire.runtime.ResponseType;
import dev.typewire.runtime.RetryPolicy;
import dev.typewire.runtime.ServerException;
import dev.typewire.runtime.TransportException;
import dev.typewire.runtime.ValidationException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Faults and errors, seen through the runtime's transport: what a generated client does. */
class FaultsTest {

  private final List<Duration> slept = new CopyOnWriteArrayList<>();

  private ApiTransport transport(FakeServer fake, RetryPolicy retries) {
    return new ApiTransport(
        ClientOptions.builder()
            .baseUrl(fake.baseUrl())
            .bearerToken("fake-token")
            .retryPolicy(retries)
            .sleeper(slept::add)
            .requestTimeout(Duration.ofSeconds(20))
            .build());
  }

  private static ApiRequest getChat() {
    return ApiRequest.builder("GET", "/chats/{chat_id}")
        .pathParam("chat_id", "120363393294700553@g.us")
        .build();
  }

  @Test
  void theRuntimesRetryPolicyRetriesARateLimitAfterItsRetryAfter() {
    try (FakeServer fake = FakeServer.start(FakeServerTest.PERISKOPE);
        ApiTransport transport = transport(fake, RetryPolicy.builder().maxAttempts(3).build())) {
      JsonNode after = chatNamed(fake, "after");
      fake.operation("getChatById").rateLimited(Duration.ofSeconds(2)).returns(after);
      JsonNode chat = transport.send(getChat(), ResponseType.of(JsonNode.class));
      assertEquals("after", chat.path("chat_name").asText());
      assertEquals(List.of(Duration.ofSeconds(2)), slept);
      // The chat was read once to build the stub, then rate limited once, then answered.
      assertEquals(3, fake.operation("getChatById").calls().size());
    }
  }

  @Test
  void aRateLimitWithoutRetriesSurfacesRetryAfter() {
    try (FakeServer fake = FakeServer.start(FakeServerTest.PERISKOPE);
        ApiTransport transport = transport(fake, RetryPolicy.none())) {
      fake.operation("getChatById").rateLimited(Duration.ofMillis(1500));
      RateLimitException limited =
          assertThrows(
              RateLimitException.class,
              () -> transport.send(getChat(), ResponseType.of(JsonNode.class)));
      assertEquals(429, limited.status());
      assertEquals(Duration.ofSeconds(2), limited.retryAfter().orElseThrow());
    }
  }

  @Test
  void failsSendsTheTypedErrorBodyWithItsStatus() {
    try (FakeServer fake = FakeServer.start(FakeServerTest.PERISKOPE);
        ApiTransport transport = transport(fake, RetryPolicy.none())) {
      fake.operation("getChatById").fails(404, Map.of("message", "no such chat"));
      NotFoundException missing =
          assertThrows(
              NotFoundException.class,
              () -> transport.send(getChat(), ResponseType.of(JsonNode.class)));
      assertTrue(missing.getMessage().contains("no such chat"), missing.getMessage());
    }
  }

  @Test
  void serverErrorSendsTheDescriptionsExample() {
    try (FakeServer fake = FakeServer.start(FakeServerTest.PERISKOPE);
        ApiTransport transport = transport(fake, RetryPolicy.none())) {
      fake.operation("getChatById").serverError();
      ServerException failed =
          assertThrows(
              ServerException.class,
              () -> transport.send(getChat(), ResponseType.of(JsonNode.class)));
      assertEquals(500, failed.status());
      assertTrue(
          failed.getMessage().contains("UNKNOWN_ERROR: Internal server error"),
          failed.getMessage());
    }
  }

  @Test
  void aDelayHoldsTheAnswerBackAndCombinesWithTheAnswerAfterIt() {
    try (FakeServer fake = FakeServer.start(FakeServerTest.PERISKOPE)) {
      JsonNode named = chatNamed(fake, "late");
      // The delay is part of the answer after it: the last answer, repeating, is an undelayed one.
      fake.operation("getChatById").delay(Duration.ofMillis(400)).returns(named).returns(named);
      long start = System.nanoTime();
      Http.Answer answer = Http.get(fake, FakeServerTest.CHAT);
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertTrue(millis >= 400, "answered after " + millis + " ms");
      assertEquals("late", answer.body().path("chat_name").asText());
      long again = System.nanoTime();
      Http.get(fake, FakeServerTest.CHAT);
      assertTrue((System.nanoTime() - again) / 1_000_000 < 400, "the delay belongs to one answer");
    }
  }

  @Test
  void aDroppedConnectionIsATransportFailure() {
    try (FakeServer fake = FakeServer.start(FakeServerTest.PERISKOPE);
        ApiTransport transport = transport(fake, RetryPolicy.none())) {
      fake.operation("getChatById").dropConnection();
      ApiException failed =
          assertThrows(
              ApiException.class, () -> transport.send(getChat(), ResponseType.of(JsonNode.class)));
      assertInstanceOf(TransportException.class, failed, failed.toString());
    }
  }

  @Test
  void aViolationReachesTheClientsExceptionMessageWithItsPointer() {
    try (FakeServer fake = FakeServer.start(FakeServerTest.PERISKOPE);
        ApiTransport transport = transport(fake, RetryPolicy.none())) {
      ApiRequest tooMany = ApiRequest.builder("GET", "/chats").query("limit", 5000).build();
      ValidationException refused =
          assertThrows(
              ValidationException.class,
              () -> transport.send(tooMany, ResponseType.of(JsonNode.class)));
      assertTrue(
          refused.getMessage().contains("#/components/parameters/limit"), refused.getMessage());
      assertEquals(1, fake.violations().size());
    }
  }

  private static JsonNode chatNamed(FakeServer fake, String name) {
    com.fasterxml.jackson.databind.node.ObjectNode chat =
        (com.fasterxml.jackson.databind.node.ObjectNode) Http.get(fake, FakeServerTest.CHAT).body();
    return chat.put("chat_name", name);
  }
}
