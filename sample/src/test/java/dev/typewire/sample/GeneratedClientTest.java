package dev.typewire.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.typewire.runtime.ApiException;
import dev.typewire.runtime.AuthenticationException;
import dev.typewire.runtime.RequestOptions;
import dev.typewire.sample.periskope.ChatType;
import dev.typewire.sample.periskope.ErrorResponse;
import dev.typewire.sample.periskope.ListAllChatsParams;
import dev.typewire.sample.periskope.PeriskopeClient;
import java.util.List;
import java.util.Map;
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

  private static void assertTokenAbsent(ApiException failure) {
    assertFalse(String.valueOf(failure.getMessage()).contains(TOKEN), failure.getMessage());
    assertFalse(failure.toString().contains(TOKEN), failure.toString());
    assertFalse(String.valueOf(failure.bodyExcerpt()).contains(TOKEN), failure.bodyExcerpt());
  }
}
