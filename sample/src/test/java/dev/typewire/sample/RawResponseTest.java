package dev.typewire.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.typewire.runtime.NotFoundException;
import dev.typewire.runtime.RawResponse;
import dev.typewire.runtime.RequestAttempt;
import dev.typewire.runtime.RequestListener;
import dev.typewire.sample.periskope.Chat;
import dev.typewire.sample.periskope.PeriskopeClient;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@code withRawResponse()} view: status, headers and trace id beside the decoded body. */
class RawResponseTest {

  private static final String CHAT = "{\"chat_id\":\"12036@g.us\",\"chat_name\":\"Team\"}";
  private static final Map<String, String> HEADERS =
      Map.of("X-RateLimit-Remaining", "41", "x-periskope-trace-id", "trace-7");

  private RecordingServer server;
  private final List<HttpHeaders> seenByListener = new CopyOnWriteArrayList<>();
  private PeriskopeClient client;

  @BeforeEach
  void start() throws Exception {
    server = RecordingServer.start();
    RequestListener listener =
        new RequestListener() {
          @Override
          public void onResponseHeaders(RequestAttempt attempt, int status, HttpHeaders headers) {
            seenByListener.add(headers);
          }
        };
    client =
        PeriskopeClient.builder()
            .baseUrl(server.baseUrl())
            .bearerToken("raw-test-token")
            .phone("919876543210")
            .configure(options -> options.listener(listener))
            .build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void syncCallReturnsStatusHeadersTraceIdAndBody() {
    server.reply(200, CHAT, HEADERS);
    RawResponse<Chat> response = client.chats().withRawResponse().getChatById("12036@g.us");
    assertEquals(200, response.status());
    assertEquals("41", response.header("x-ratelimit-remaining").orElseThrow());
    assertEquals("trace-7", response.traceId().orElseThrow());
    assertEquals("Team", response.body().chatName());
    assertEquals("GET", server.only().method());
    assertEquals("41", seenByListener.get(0).firstValue("X-RateLimit-Remaining").orElseThrow());
  }

  @Test
  void asyncCallCompletesWithTheSameResponse() throws Exception {
    server.reply(201, CHAT, HEADERS);
    RawResponse<Chat> response =
        client
            .chats()
            .withRawResponse()
            .getChatByIdAsync(
                "12036@g.us",
                dev.typewire.sample.periskope.GetChatByIdParams.builder().build(),
                dev.typewire.runtime.RequestOptions.none())
            .get(10, TimeUnit.SECONDS);
    assertEquals(201, response.status());
    assertEquals("Team", response.body().chatName());
  }

  @Test
  void errorStatusStillThrowsTheUsualException() {
    server.reply(404, "{\"message\":\"no such chat\"}", HEADERS);
    NotFoundException failure =
        assertThrows(
            NotFoundException.class,
            () -> client.chats().withRawResponse().getChatById("12036@g.us"));
    assertEquals("41", failure.headers().firstValue("X-RateLimit-Remaining").orElseThrow());
  }
}
