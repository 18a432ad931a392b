package dev.typewire.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.typewire.runtime.NotFoundException;
import dev.typewire.runtime.RequestOptions;
import dev.typewire.runtime.RetryPolicy;
import dev.typewire.runtime.TransportException;
import dev.typewire.sample.periskope.Chat;
import dev.typewire.sample.periskope.ChatType;
import dev.typewire.sample.periskope.ErrorResponse;
import dev.typewire.sample.periskope.ListAllChatsParams;
import dev.typewire.sample.periskope.ListChatsResponse;
import dev.typewire.sample.periskope.MessageSendResponse;
import dev.typewire.sample.periskope.PeriskopeClient;
import dev.typewire.sample.periskope.SendMessageParams;
import dev.typewire.sample.periskope.SendMessageRequest;
import dev.typewire.sample.server.EmbeddedPeriskopeServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The README's "Using the generated client" and "Configuration" snippets, as code that compiles and
 * runs against the embedded server, so the manual cannot drift from the API.
 */
class ReadmeExamplesTest {

  private final EmbeddedPeriskopeServer server;
  private final PeriskopeClient client;

  ReadmeExamplesTest() throws Exception {
    server = EmbeddedPeriskopeServer.start("readme-token");
    client =
        PeriskopeClient.builder()
            .baseUrl(server.baseUrl())
            .bearerToken("readme-token")
            .phone("919876543210")
            .configure(
                options ->
                    options
                        .connectTimeout(Duration.ofSeconds(5))
                        .requestTimeout(Duration.ofSeconds(30))
                        .retryPolicy(
                            RetryPolicy.builder()
                                .maxAttempts(5)
                                .maxElapsed(Duration.ofMinutes(1))
                                .build())
                        .maxResponseBytes(32L * 1024 * 1024)
                        .userAgent("my-service/2.1"))
            .build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void usingTheGeneratedClient() throws Exception {
    ListChatsResponse page =
        client
            .chats()
            .listAllChats(ListAllChatsParams.builder().limit(100).chatType(ChatType.GROUP).build());
    assertEquals(23, page.chats().size());

    List<String> ids = new ArrayList<>();
    for (Chat chat : client.chats().listAllChatsAutoPaging(ListAllChatsParams.builder().build())) {
      ids.add(chat.chatId() + " " + chat.chatType().value());
    }
    assertEquals(23, ids.size());

    Chat chat = client.chats().getChatById("120363393294700553@g.us");
    assertEquals("Test New 1039", chat.chatName());

    MessageSendResponse sent =
        client
            .messages()
            .sendMessage(
                SendMessageRequest.builder().chatId(chat.chatId()).message("Hello").build());
    assertNotNull(sent.queueId());

    Integer count =
        client
            .chats()
            .listAllChatsAsync(ListAllChatsParams.builder().build(), RequestOptions.none())
            .thenApply(ListChatsResponse::count)
            .get();
    assertEquals(23, count);
  }

  @Test
  void asyncPaging() {
    server.capPagesAt(7);
    List<String> ids = new CopyOnWriteArrayList<>();
    client
        .chats()
        .listAllChatsAutoPagingAsync(ListAllChatsParams.builder().build(), RequestOptions.none())
        .thenCompose(first -> first.forEachRemaining(chat -> ids.add(chat.chatId())))
        .join();
    assertEquals(23, ids.size());
  }

  @Test
  void oneDeadlineForAWholeListing() {
    server.capPagesAt(5);
    RequestOptions withinAMinute =
        RequestOptions.builder().deadline(Instant.now().plusSeconds(60)).build();
    long chats =
        client
            .chats()
            .listAllChatsAutoPaging(ListAllChatsParams.builder().build(), withinAMinute)
            .stream()
            .count();
    assertEquals(23, chats);

    RequestOptions passed = RequestOptions.builder().deadline(Instant.now()).build();
    assertThrows(
        TransportException.class,
        () ->
            client
                .chats()
                .listAllChatsAutoPaging(ListAllChatsParams.builder().build(), passed)
                .stream()
                .count());
  }

  @Test
  void anAsyncCallGivenUpOnStopsRetrying() throws Exception {
    server.failFirst(503);
    server.failFirst(503);
    server.failFirst(503);
    CompletableFuture<ListChatsResponse> page =
        client
            .chats()
            .listAllChatsAsync(ListAllChatsParams.builder().build(), RequestOptions.none());
    page.orTimeout(100, TimeUnit.MILLISECONDS);

    assertThrows(CompletionException.class, page::join);
    Thread.sleep(1_500);
    // The first attempt failed with 503; the retry due after the backoff never started.
    assertEquals(1, server.requestCount());
  }

  @Test
  void typedErrors() {
    NotFoundException e =
        assertThrows(NotFoundException.class, () -> client.chats().getChatById("nope@c.us"));
    assertEquals(404, e.status());
    assertTrue(e.traceId().isPresent());
    assertEquals(
        "NOT_FOUND_ERROR", e.errorBody(ErrorResponse.class).map(ErrorResponse::code).orElse(null));
  }

  @Test
  void perCallOptionsAndOptInRetries() {
    ListChatsResponse page =
        client
            .chats()
            .listAllChats(
                ListAllChatsParams.builder().build(),
                RequestOptions.builder()
                    .header("x-phone", "919999999999")
                    .timeout(Duration.ofSeconds(5))
                    .retryPolicy(RetryPolicy.none())
                    .build());
    assertFalse(page.chats().isEmpty());

    server.failFirst(503);
    SendMessageRequest body = SendMessageRequest.builder().chatId("1@c.us").message("hi").build();
    MessageSendResponse sent =
        client
            .messages()
            .sendMessage(
                SendMessageParams.builder().build(),
                body,
                RequestOptions.builder()
                    .retryPolicy(RetryPolicy.defaults().retryingNonIdempotent())
                    .build());
    assertNotNull(sent.queueId());
  }
}
