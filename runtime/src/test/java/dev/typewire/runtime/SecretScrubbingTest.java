package dev.typewire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every credential a call sends, wherever it came from, is scrubbed from what the runtime reports:
 * messages, excerpts, decoded error bodies and log lines. The server here echoes the credential
 * back, as real error pages do.
 */
class SecretScrubbingTest {

  record ApiError(String message, List<String> hints) {}

  private final TestServer server;

  SecretScrubbingTest() throws IOException {
    server = new TestServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Answers {@code status} quoting {@code secret} in the message, a nested list and an object. */
  private void echo(int status, String secret) {
    server.thenJson(
        status,
        "{\"message\":\"bad token "
            + secret
            + "\",\"hints\":[\"you sent "
            + secret
            + "\"],\"detail\":{\"sent\":\"Bearer "
            + secret
            + "\"}}");
  }

  private static List<String> everythingReported(ApiException failure, LogCapture log) {
    List<String> texts = new ArrayList<>(log.lines);
    texts.add(failure.getMessage());
    texts.add(failure.bodyExcerpt());
    texts.add(String.valueOf(failure.errorBody()));
    failure.errorBody(ApiError.class).ifPresent(error -> texts.add(error.toString()));
    return texts;
  }

  private static void assertNowhere(String secret, List<String> texts) {
    for (String text : texts) {
      assertFalse(text.contains(secret), text);
    }
  }

  @Test
  void perCallAuthorizationOverrideIsScrubbedEverywhere() {
    String secret = "per-call-9f8e7d6c";
    echo(503, secret);
    try (LogCapture log = new LogCapture();
        ApiTransport transport =
            new ApiTransport(
                ClientOptions.builder()
                    .baseUrl(server.baseUrl())
                    .retryPolicy(RetryPolicy.defaults().toBuilder().maxAttempts(2).build())
                    .sleeper(new RecordingSleeper())
                    .build())) {
      RequestOptions options =
          RequestOptions.builder().header("Authorization", "Bearer " + secret).build();
      ApiException failure =
          assertThrows(
              ApiException.class,
              () ->
                  transport.send(
                      ApiRequest.builder("GET", "/chats").options(options).build(),
                      ResponseType.of(JsonNode.class).withErrorBody(ApiError.class)));
      assertEquals("Bearer " + secret, server.requests().get(0).header("Authorization"));
      assertEquals(2, server.requests().size(), "retried once, then gave up with a WARNING");
      assertTrue(
          log.lines.stream().anyMatch(line -> line.startsWith("WARNING")), log.lines::toString);
      List<String> texts = everythingReported(failure, log);
      assertNowhere(secret, texts);
      assertTrue(failure.getMessage().contains("bad token [redacted]"), failure.getMessage());
      ApiError decoded = failure.errorBody(ApiError.class).orElseThrow();
      assertEquals(List.of("you sent [redacted]"), decoded.hints());
    }
  }

  @Test
  void suppliedCredentialsAndBasicPasswordsAreScrubbedFromErrorBodies() {
    AtomicInteger rotation = new AtomicInteger();
    String keyPrefix = "rotating-key-";
    echo(401, keyPrefix + "1");
    ApiRequest keyed =
        ApiRequest.builder("GET", "/chats")
            .security(List.of(List.of(SecurityScheme.apiKeyHeader("key", "X-Api-Key"))))
            .build();
    try (ApiTransport transport =
        new ApiTransport(
            ClientOptions.builder()
                .baseUrl(server.baseUrl())
                .retryPolicy(RetryPolicy.none())
                .credential("key", () -> keyPrefix + rotation.incrementAndGet())
                .build())) {
      ApiException failure =
          assertThrows(ApiException.class, () -> transport.send(keyed, ResponseType.string()));
      assertNowhere(keyPrefix + "1", everythingReported(failure, new LogCapture()));
    }
  }

  @Test
  void apiKeyHeaderParameterAndBasicHeaderOverrideAreScrubbed() {
    String password = "open-sesame-42";
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(("alice:" + password).getBytes(StandardCharsets.UTF_8));
    echo(401, password);
    try (ApiTransport transport =
        new ApiTransport(
            ClientOptions.builder()
                .baseUrl(server.baseUrl())
                .retryPolicy(RetryPolicy.none())
                .build())) {
      ApiRequest request =
          ApiRequest.builder("GET", "/chats")
              .header("X-Api-Key", "header-param-key-77")
              .options(RequestOptions.builder().header("Authorization", basic).build())
              .build();
      ApiException failure =
          assertThrows(ApiException.class, () -> transport.send(request, ResponseType.string()));
      assertNowhere(password, everythingReported(failure, new LogCapture()));
    }
  }
}
