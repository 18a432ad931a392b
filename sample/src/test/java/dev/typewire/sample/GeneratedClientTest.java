package dev.typewire.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.typewire.runtime.ApiException;
import dev.typewire.runtime.AuthenticationException;
import dev.typewire.runtime.RateLimitException;
import dev.typewire.runtime.RequestOptions;
import dev.typewire.runtime.RetryPolicy;
import dev.typewire.runtime.ValidationException;
import dev.typewire.sample.periskope.Chat;
import dev.typewire.sample.periskope.ChatType;
import dev.typewire.sample.periskope.ErrorField;
import dev.typewire.sample.periskope.ErrorResponse;
import dev.typewire.sample.periskope.ListAllChatsParams;
import dev.typewire.sample.periskope.ListChatsResponse;
import dev.typewire.sample.periskope.PeriskopeClient;
import dev.typewire.sample.server.EmbeddedPeriskopeServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The generated client against real loopback servers: what goes on the wire, and what comes back.
 */
class GeneratedClientTest {

  private static final String TOKEN = "tw-test-token-5f1c9a";
  private static final String PHONE = "919876543210";
  private static final String TRACE_ID = "0d6f5a0e-6c1b-4a57-9d0e-1c2b3a4d5e6f";

  private static final String UNAUTHORIZED =
      "{\"code\":\"UNAUTHORIZED_ERROR\",\"message\":\"Invalid bearer auth token\",\"status\":401}";

  private RecordingServer server;
  private PeriskopeClient client;

  @BeforeEach
  void start() throws Exception {
    server = RecordingServer.start();
    client =
        PeriskopeClient.builder().baseUrl(server.baseUrl()).bearerToken(TOKEN).phone(PHONE).build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void requestLineCarriesPathAndQueryInDeclarationOrder() {
    client
        .chats()
        .listAllChats(
            ListAllChatsParams.builder().offset(0).limit(5).chatType(ChatType.GROUP).build());
    RecordingServer.Recorded request = server.only();
    assertEquals("GET", request.method());
    assertEquals("/v1/chats?offset=0&limit=5&chat_type=group", request.target());
  }

  @Test
  void queryValuesArePercentEncoded() {
    client.chats().listAllChats(ListAllChatsParams.builder().label("VIP & friends+1").build());
    // A space is %20 and '+' is %2B: a literal '+' would read as a space on most servers.
    assertEquals("/v1/chats?label=VIP%20%26%20friends%2B1", server.only().target());
  }

  @Test
  void unknownChatTypeIsSentAsItsValue() {
    client
        .chats()
        .listAllChats(ListAllChatsParams.builder().chatType(ChatType.of("community")).build());
    assertEquals("/v1/chats?chat_type=community", server.only().target());
  }

  @Test
  void sendsBearerTokenDefaultPhoneAndUserAgent() {
    client.chats().listAllChats();
    RecordingServer.Recorded request = server.only();
    assertEquals("/v1/chats", request.target());
    assertEquals(List.of("Bearer " + TOKEN), request.headerValues("Authorization"));
    assertEquals(List.of(PHONE), request.headerValues("x-phone"));
    String userAgent = request.header("User-Agent");
    assertNotNull(userAgent);
    String version = System.getProperty("typewire.expectedVersion", "");
    assertTrue(userAgent.contains("typewire/" + version), userAgent);
    assertTrue(userAgent.matches(".*typewire/\\d+\\.\\d+.*"), userAgent);
  }

  @Test
  void phoneParameterOverridesTheDefaultForOneCall() {
    client.chats().listAllChats(ListAllChatsParams.builder().phone("phone-abcdefabcdef").build());
    client.chats().listAllChats();
    List<RecordingServer.Recorded> requests = server.requests();
    assertEquals(List.of("phone-abcdefabcdef"), requests.get(0).headerValues("x-phone"));
    assertEquals(List.of(PHONE), requests.get(1).headerValues("x-phone"));
  }

  @Test
  void requestOptionsHeaderOverridesTheDefaultForOneCall() {
    client
        .chats()
        .listAllChats(
            ListAllChatsParams.builder().build(),
            RequestOptions.builder().header("x-phone", "919000000001").build());
    assertEquals(List.of("919000000001"), server.only().headerValues("x-phone"));
  }

  @Test
  void chatIdWithAtSignStaysOnePathSegment() {
    client.chats().getChatById("120363393294700553@g.us");
    client.chats().getMessagesInAChat("120363393294700553@g.us");
    client.chats().getChatById("odd/id 1");
    List<RecordingServer.Recorded> requests = server.requests();
    assertEquals("/v1/chats/120363393294700553@g.us", requests.get(0).target());
    assertEquals("/v1/chats/120363393294700553@g.us/messages", requests.get(1).target());
    assertEquals("/v1/chats/odd%2Fid%201", requests.get(2).target());
  }

  @Test
  void unauthorizedBecomesAuthenticationExceptionWithBodyAndTraceId() {
    server.reply(401, UNAUTHORIZED, Map.of("x-periskope-trace-id", TRACE_ID));
    AuthenticationException failure =
        assertThrows(AuthenticationException.class, () -> client.chats().listAllChats());
    assertEquals(401, failure.status());
    assertEquals(TRACE_ID, failure.traceId().orElseThrow());
    ErrorResponse body = failure.errorBody(ErrorResponse.class).orElseThrow();
    assertEquals("UNAUTHORIZED_ERROR", body.code());
    assertEquals("Invalid bearer auth token", body.message());
    assertEquals(401, body.status());
    assertTokenAbsent(failure);
    assertEquals(1, server.requests().size(), "a 401 is not retried");
  }

  @Test
  void tokenEchoedByTheServerIsScrubbedFromTheException() {
    // Some gateways echo the rejected credential; it must not travel on into logs.
    server.reply(
        401,
        "{\"code\":\"UNAUTHORIZED_ERROR\",\"message\":\"Invalid bearer auth token " + TOKEN + "\"}",
        Map.of());
    AuthenticationException failure =
        assertThrows(AuthenticationException.class, () -> client.chats().listAllChats());
    assertTokenAbsent(failure);
  }

  @Test
  void validationErrorDecodesTheFields() {
    server.reply(
        422,
        "{\"code\":\"VALIDATION_ERROR\",\"message\":\"Limit should be less than 2000\","
            + "\"name\":\"Validation Error\",\"status\":422,"
            + "\"fields\":{\"limit\":{\"message\":\"Limit should be less than 2000\",\"value\":\"2000\"}}}",
        Map.of("x-periskope-trace-id", TRACE_ID));
    ValidationException failure =
        assertThrows(
            ValidationException.class,
            () -> client.chats().listAllChats(ListAllChatsParams.builder().limit(2000).build()));
    assertEquals(422, failure.status());
    assertEquals("/v1/chats?limit=2000", server.only().target());
    ErrorResponse body = failure.errorBody(ErrorResponse.class).orElseThrow();
    assertEquals("VALIDATION_ERROR", body.code());
    assertEquals("Validation Error", body.name());
    ErrorField limit = body.fields().get("limit");
    assertEquals("Limit should be less than 2000", limit.message());
    assertEquals("2000", limit.value());
    assertEquals(TRACE_ID, failure.traceId().orElseThrow());
  }

  @Test
  void limitAboveTheMaximumIsRejectedBeforeAnyRequest() {
    IllegalArgumentException failure =
        assertThrows(
            IllegalArgumentException.class,
            () -> client.chats().listAllChats(ListAllChatsParams.builder().limit(2001).build()));
    assertTrue(failure.getMessage().contains("limit"), failure.getMessage());
    assertEquals(0, server.requests().size());
  }

  @Test
  void rateLimitIsRetriedAfterTheServersDelay() {
    server.reply(
        429,
        "{\"code\":\"RATE_LIMIT_ERROR\",\"message\":\"You can only make 100 requests per second\",\"status\":429}",
        Map.of("Retry-After", "0"));
    server.reply(200, "{\"chats\":[],\"count\":0,\"from\":1,\"to\":0}", Map.of());
    ListChatsResponse page = client.chats().listAllChats();
    assertEquals(List.of(), page.chats());
    assertEquals(2, server.requests().size());
  }

  @Test
  void rateLimitWithoutRetriesReportsRetryAfter() {
    server.reply(429, "{\"code\":\"RATE_LIMIT_ERROR\",\"status\":429}", Map.of("Retry-After", "7"));
    RateLimitException failure =
        assertThrows(
            RateLimitException.class,
            () ->
                client
                    .chats()
                    .listAllChats(
                        ListAllChatsParams.builder().build(),
                        RequestOptions.builder().retryPolicy(RetryPolicy.none()).build()));
    assertEquals(Duration.ofSeconds(7), failure.retryAfter().orElseThrow());
    assertEquals("RATE_LIMIT_ERROR", failure.errorBody(ErrorResponse.class).orElseThrow().code());
  }

  @Test
  void asyncCallsDecodeAndFailLikeBlockingOnes() throws Exception {
    server.reply(
        200, "{\"chats\":[{\"chat_id\":\"1@g.us\"}],\"count\":1,\"from\":1,\"to\":1}", Map.of());
    ListChatsResponse page =
        client
            .chats()
            .listAllChatsAsync(ListAllChatsParams.builder().build(), RequestOptions.none())
            .get(10, TimeUnit.SECONDS);
    assertEquals("1@g.us", page.chats().get(0).chatId());

    server.reply(401, UNAUTHORIZED, Map.of("x-periskope-trace-id", TRACE_ID));
    ExecutionException failed =
        assertThrows(
            ExecutionException.class,
            () ->
                client
                    .chats()
                    .listAllChatsAsync(ListAllChatsParams.builder().build(), RequestOptions.none())
                    .get(10, TimeUnit.SECONDS));
    AuthenticationException cause =
        assertInstanceOf(AuthenticationException.class, failed.getCause());
    assertEquals(TRACE_ID, cause.traceId().orElseThrow());
  }

  @Test
  void autoPagerWalksTheEmbeddedServerPageByPage() throws Exception {
    try (EmbeddedPeriskopeServer periskope = EmbeddedPeriskopeServer.start(TOKEN)) {
      PeriskopeClient real =
          PeriskopeClient.builder().baseUrl(periskope.baseUrl()).bearerToken(TOKEN).build();
      List<Chat> chats = new ArrayList<>();
      real.chats()
          .listAllChatsAutoPaging(ListAllChatsParams.builder().limit(10).build())
          .forEach(chats::add);
      assertEquals(23, chats.size());
      // A short page does not end the listing (servers cap pages); the empty one after it does.
      assertEquals(4, periskope.requestCount(), "pages of 10, 10, 3 and an empty one");
    }
  }

  @Test
  void autoPagerListsEveryChatWhenTheServerCapsItsPages() throws Exception {
    try (EmbeddedPeriskopeServer periskope = EmbeddedPeriskopeServer.start(TOKEN)) {
      periskope.capPagesAt(5);
      PeriskopeClient real =
          PeriskopeClient.builder().baseUrl(periskope.baseUrl()).bearerToken(TOKEN).build();
      List<Chat> chats =
          real
              .chats()
              .listAllChatsAutoPaging(ListAllChatsParams.builder().limit(2000).build())
              .stream()
              .toList();
      assertEquals(23, chats.size());
      assertEquals(23, chats.stream().map(Chat::chatId).distinct().count());
      assertEquals(6, periskope.requestCount(), "pages of 5, 5, 5, 5, 3 and an empty one");
    }
  }

  @Test
  void asyncAutoPagerListsEveryChatWhenTheServerCapsItsPages() throws Exception {
    try (EmbeddedPeriskopeServer periskope = EmbeddedPeriskopeServer.start(TOKEN)) {
      periskope.capPagesAt(5);
      PeriskopeClient real =
          PeriskopeClient.builder().baseUrl(periskope.baseUrl()).bearerToken(TOKEN).build();
      List<Chat> chats = new CopyOnWriteArrayList<>();
      real.chats()
          .listAllChatsAutoPagingAsync(
              ListAllChatsParams.builder().limit(2000).build(), RequestOptions.none())
          .thenCompose(first -> first.forEachRemaining(chats::add))
          .get();
      assertEquals(23, chats.size());
    }
  }

  @Test
  void autoPagerAsksOnceMoreAfterAFullLastPage() throws Exception {
    try (EmbeddedPeriskopeServer periskope = EmbeddedPeriskopeServer.start(TOKEN)) {
      PeriskopeClient real =
          PeriskopeClient.builder().baseUrl(periskope.baseUrl()).bearerToken(TOKEN).build();
      long count =
          real
              .chats()
              .listAllChatsAutoPaging(ListAllChatsParams.builder().limit(23).build())
              .stream()
              .count();
      assertEquals(23, count);
      assertEquals(2, periskope.requestCount(), "a full page cannot tell it was the last");
    }
  }

  private static void assertTokenAbsent(ApiException failure) {
    assertFalse(String.valueOf(failure.getMessage()).contains(TOKEN), failure.getMessage());
    assertFalse(failure.toString().contains(TOKEN), failure.toString());
    assertFalse(String.valueOf(failure.bodyExcerpt()).contains(TOKEN), failure.bodyExcerpt());
  }
}
