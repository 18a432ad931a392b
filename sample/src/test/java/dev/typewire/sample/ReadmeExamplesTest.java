package dev.typewire.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.typewire.runtime.ApiException;
import dev.typewire.runtime.DeprecationNotice;
import dev.typewire.runtime.NotFoundException;
import dev.typewire.runtime.RateLimitException;
import dev.typewire.runtime.RawResponse;
import dev.typewire.runtime.RequestAttempt;
import dev.typewire.runtime.RequestListener;
import dev.typewire.runtime.RequestOptions;
import dev.typewire.runtime.RetryPolicy;
import dev.typewire.runtime.TransportException;
import dev.typewire.runtime.WebhookException;
import dev.typewire.sample.fake.PeriskopeFake;
import dev.typewire.sample.periskope.Chat;
import dev.typewire.sample.periskope.ChatType;
import dev.typewire.sample.periskope.ErrorResponse;
import dev.typewire.sample.periskope.ListAllChatsParams;
import dev.typewire.sample.periskope.ListChatsResponse;
import dev.typewire.sample.periskope.Message;
import dev.typewire.sample.periskope.MessageSendResponse;
import dev.typewire.sample.periskope.PeriskopeClient;
import dev.typewire.sample.periskope.PeriskopeEvent;
import dev.typewire.sample.periskope.PeriskopeWebhooks;
import dev.typewire.sample.periskope.SendMessageParams;
import dev.typewire.sample.periskope.SendMessageRequest;
import dev.typewire.sample.server.EmbeddedPeriskopeServer;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The README's "Using the generated client", "Configuration", "Observability" and "Receiving
 * webhooks" snippets, as code that compiles and runs against the embedded server, so the manual
 * cannot drift from the API.
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
    client.close();
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
    // Given up on once the first attempt is under way, well inside the retry's backoff (at least
    // 375 ms), so a slow machine cannot cancel the call before it ever reaches the server.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (server.requestCount() == 0 && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
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

  @Test
  void rawResponsesAndClosing() {
    Chat chat = client.chats().getChatById("120363393294700553@g.us");
    RawResponse<Chat> response = client.chats().withRawResponse().getChatById(chat.chatId());
    int status = response.status();
    String remaining = response.header("X-RateLimit-Remaining").orElse("?");
    String traceId = response.traceId().orElse("-");
    Chat same = response.body();
    assertEquals(200, status);
    assertEquals("?", remaining);
    assertTrue(traceId.matches("[0-9a-f-]{36}"), traceId);
    assertEquals(chat, same);

    String tenantToken = "readme-token";
    PeriskopeClient closed;
    try (PeriskopeClient tenant =
        PeriskopeClient.builder().baseUrl(server.baseUrl()).bearerToken(tenantToken).build()) {
      tenant.chats().listAllChats();
      closed = tenant;
    }
    assertThrows(IllegalStateException.class, () -> closed.chats().listAllChats());
  }

  @Test
  void fixturesForTests() {
    HttpHeaders headers = HttpHeaders.of(Map.of(), (name, value) -> true);
    HttpHeaders retryAfterTwoSeconds =
        HttpHeaders.of(Map.of("Retry-After", List.of("2")), (name, value) -> true);
    ErrorResponse error = ErrorResponse.builder().code("NOT_FOUND_ERROR").build();

    Chat fixture =
        Chat.builder().chatId("1@g.us").chatName("Team").chatType(ChatType.GROUP).build();
    Chat renamed = fixture.toBuilder().chatName("Renamed").build();
    ApiException notFound =
        ApiException.forStatus(404, headers, "{\"message\":\"no chat\"}", error);
    RateLimitException limited = new RateLimitException(429, retryAfterTwoSeconds, "");

    assertEquals("Renamed", renamed.chatName());
    assertEquals("1@g.us", renamed.chatId());
    assertInstanceOf(NotFoundException.class, notFound);
    assertEquals(
        "NOT_FOUND_ERROR",
        notFound.errorBody(ErrorResponse.class).map(ErrorResponse::code).orElse(null));
    assertEquals(Duration.ofSeconds(2), limited.retryAfter().orElseThrow());
  }

  @Test
  void deprecationAndResponseHeadersReachTheListener() {
    AtomicReference<String> remaining = new AtomicReference<>();
    List<String> alerts = new CopyOnWriteArrayList<>();
    RequestListener watch =
        new RequestListener() {
          @Override
          public void onResponseHeaders(RequestAttempt attempt, int status, HttpHeaders headers) {
            headers.firstValue("X-RateLimit-Remaining").ifPresent(remaining::set);
          }

          @Override
          public void onDeprecatedOperation(RequestAttempt attempt, DeprecationNotice notice) {
            alerts.add(notice.operation() + " sunset " + notice.sunset().orElse(null));
          }
        };
    server.deprecateChatListing();
    try (PeriskopeClient watched =
        PeriskopeClient.builder()
            .baseUrl(server.baseUrl())
            .bearerToken("readme-token")
            .configure(options -> options.listener(watch))
            .build()) {
      watched.chats().listAllChats();
      watched.chats().listAllChats();
    }
    assertEquals(List.of("GET /chats sunset 2027-07-01T00:00:00Z"), alerts);
    assertNull(remaining.get(), "the embedded server sends no rate-limit headers");
  }

  /** "Receiving webhooks": verify and parse a delivery with the generated classes. */
  @Test
  void receivingWebhooks() throws Exception {
    String signingKey = "readme-signing-key";
    String eventFromUrl = "message.created";
    byte[] body =
        ("{\"id\": {\"id\": \"3EB0\", \"fromMe\": true, \"remote\": \"1@g.us\","
                + " \"_serialized\": \"true_1@g.us_3EB0\"}, \"body\": \"hello\"}")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Map<String, List<String>> headers = new java.util.HashMap<>();
    PeriskopeWebhooks.SIGNATURE
        .verifier(signingKey)
        .sign(body)
        .forEach((name, value) -> headers.put(name, List.of(value)));
    Message received = null;

    PeriskopeWebhooks webhooks = PeriskopeWebhooks.verifying(signingKey);
    PeriskopeEvent event = webhooks.parse(eventFromUrl, body, headers);
    if (event instanceof PeriskopeEvent.MessageCreated created) {
      Message message = created.payload();
      received = message;
    } else if (event instanceof PeriskopeEvent.Unknown unknown) {
      unknown.event();
    }

    assertEquals("hello", received.body());
    assertEquals(Boolean.TRUE, received.id().fromMe());
    assertEquals("true_1@g.us_3EB0", received.id()._serialized());
    PeriskopeEvent unknown = webhooks.parse("org.created", body, headers);
    assertEquals("org.created", unknown.event());
    WebhookException forged =
        assertThrows(
            WebhookException.class,
            () -> PeriskopeWebhooks.verifying("not-the-key").parse(eventFromUrl, body, headers));
    assertEquals(WebhookException.Reason.SIGNATURE_MISMATCH, forged.reason());
    assertFalse(forged.getMessage().contains(signingKey));
  }

  /** "Testing with the generated fake": stubs, a page cap, a 429, typed calls. */
  @Test
  void testingWithTheGeneratedFake() {
    Chat group = Chat.builder().chatId("1@g.us").chatName("Team").chatType(ChatType.GROUP).build();
    List<Chat> threeThousandChats =
        IntStream.range(0, 3000)
            .mapToObj(i -> group.toBuilder().chatId(i + "@g.us").build())
            .toList();
    MessageSendResponse queued = MessageSendResponse.builder().queueId("q-1").build();
    List<String> seen = new ArrayList<>();
    Consumer<PeriskopeClient> yourCode =
        periskope -> {
          seen.add(periskope.chats().getChatById("1@g.us").chatName());
          assertThrows(
              NotFoundException.class, () -> periskope.chats().getChatById("919876543210@c.us"));
          seen.add(
              String.valueOf(
                  periskope
                      .chats()
                      .listAllChatsAutoPaging(ListAllChatsParams.builder().build())
                      .stream()
                      .count()));
          seen.add(
              periskope
                  .messages()
                  .sendMessage(SendMessageRequest.builder().chatId("1@g.us").message("hi").build())
                  .queueId());
        };

    try (PeriskopeFake fake = PeriskopeFake.start();
        PeriskopeClient client = fake.client()) {
      fake.chats()
          .getChatById()
          .when(call -> call.chatId().endsWith("@g.us"))
          .returns(group)
          .fails(404, ErrorResponse.builder().code("NOT_FOUND_ERROR").build());
      fake.chats().listAllChats().items(threeThousandChats).maxPageSize(500);
      fake.messages().sendMessage().rateLimited(Duration.ofSeconds(1)).returns(queued);

      yourCode.accept(client);

      List<PeriskopeFake.ListAllChatsCall> pages = fake.chats().listAllChats().calls();
      assertEquals(List.of("Team", "3000", "q-1"), seen);
      assertTrue(pages.size() >= 6, "at most 500 chats a page: " + pages.size());
      assertEquals(2, fake.messages().sendMessage().calls().size(), "the 429 was retried");
    }
  }
}
