package dev.typewire.sample.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.typewire.runtime.AuthenticationException;
import dev.typewire.runtime.RateLimitException;
import dev.typewire.runtime.RequestOptions;
import dev.typewire.runtime.RetryPolicy;
import dev.typewire.runtime.ValidationException;
import dev.typewire.sample.ReflectiveCodecs;
import dev.typewire.sample.periskope.Chat;
import dev.typewire.sample.periskope.ChatType;
import dev.typewire.sample.periskope.ErrorField;
import dev.typewire.sample.periskope.ErrorResponse;
import dev.typewire.sample.periskope.ListAllChatsParams;
import dev.typewire.sample.periskope.ListChatsResponse;
import dev.typewire.sample.periskope.PeriskopeClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The generated client against the generated {@code PeriskopeFake}: errors, retries, async calls
 * and paging, stubbed in the client's own types. What goes on the wire byte for byte (encoding,
 * headers, credentials) stays in {@code GeneratedClientTest}, on a recording server.
 */
class ClientAgainstFakeTest {

  private static final ErrorResponse UNAUTHORIZED =
      ErrorResponse.builder()
          .code("UNAUTHORIZED_ERROR")
          .message("Invalid bearer auth token")
          .status(401)
          .build();

  private PeriskopeFake fake;
  private PeriskopeClient client;

  @BeforeEach
  void start() {
    fake = PeriskopeFake.start();
    client = fake.client();
  }

  @AfterEach
  void stop() {
    client.close();
    fake.close();
  }

  private static List<Chat> chats(int count) {
    return IntStream.range(0, count)
        .mapToObj(
            i ->
                Chat.builder()
                    .chatId("1203633739366" + i + "@g.us")
                    .chatName("Chat " + i)
                    .chatType(ChatType.GROUP)
                    .build())
        .toList();
  }

  private static List<String> ids(List<Chat> chats) {
    return chats.stream().map(Chat::chatId).toList();
  }

  @Test
  void theFakeReadsAndWritesTheGeneratedTypesWithTheirCodecs() throws Exception {
    assertEquals(
        List.of(),
        ReflectiveCodecs.of(
            ReflectiveCodecs.mapperIn(fake, PeriskopeFake.class, "mapper"),
            List.of(Chat.class, ListChatsResponse.class, ErrorResponse.class)));
  }

  @Test
  void itemsComeBackAsTheRecordsTheyWereBuiltAs() {
    fake.chats().listAllChats().items(chats(3));
    assertEquals(chats(3), client.chats().listAllChats().chats());
  }

  @Test
  void everyOperationAnswersFromTheDescriptionWithoutSetup() {
    ListChatsResponse page = client.chats().listAllChats();
    assertTrue(page.chats().size() > 0, "the description's example has chats");
    assertEquals(1, fake.chats().listAllChats().calls().size());
  }

  @Test
  void stubMatchesOnTypedParameters() {
    Chat group = chats(1).get(0);
    fake.chats()
        .getChatById()
        .when(call -> call.chatId().endsWith("@g.us"))
        .returns(group)
        .returns(group.toBuilder().chatName("Not a group").chatType(ChatType.USER).build());
    assertEquals("Chat 0", client.chats().getChatById("1@g.us").chatName());
    assertEquals("Not a group", client.chats().getChatById("919876543210@c.us").chatName());
    assertEquals(
        List.of("1@g.us", "919876543210@c.us"),
        fake.chats().getChatById().calls().stream()
            .map(PeriskopeFake.GetChatByIdCall::chatId)
            .toList());
  }

  @Test
  void unauthorizedBecomesAuthenticationExceptionWithBody() {
    fake.chats().listAllChats().fails(401, UNAUTHORIZED);
    AuthenticationException failure =
        assertThrows(AuthenticationException.class, () -> client.chats().listAllChats());
    assertEquals(401, failure.status());
    ErrorResponse body = failure.errorBody(ErrorResponse.class).orElseThrow();
    assertEquals(UNAUTHORIZED, body);
    assertEquals(1, fake.calls().size(), "a 401 is not retried");
  }

  @Test
  void validationErrorDecodesTheFields() {
    ErrorField field =
        ErrorField.builder().message("Limit should be less than 2000").value("2000").build();
    fake.chats()
        .listAllChats()
        .fails(
            422,
            ErrorResponse.builder()
                .code("VALIDATION_ERROR")
                .name("Validation Error")
                .status(422)
                .fields(Map.of("limit", field))
                .build());
    ValidationException failure =
        assertThrows(
            ValidationException.class,
            () -> client.chats().listAllChats(ListAllChatsParams.builder().limit(2000).build()));
    assertEquals(422, failure.status());
    assertEquals(2000, fake.chats().listAllChats().calls().get(0).limit());
    ErrorResponse body = failure.errorBody(ErrorResponse.class).orElseThrow();
    assertEquals("VALIDATION_ERROR", body.code());
    assertEquals(field, body.fields().get("limit"));
  }

  @Test
  void limitAboveTheMaximumIsRejectedBeforeAnyRequest() {
    IllegalArgumentException failure =
        assertThrows(
            IllegalArgumentException.class,
            () -> client.chats().listAllChats(ListAllChatsParams.builder().limit(2001).build()));
    assertTrue(failure.getMessage().contains("limit"), failure.getMessage());
    assertEquals(List.of(), fake.calls());
  }

  @Test
  void rateLimitIsRetriedAfterTheServersDelay() {
    ListChatsResponse empty =
        ListChatsResponse.builder().chats(List.of()).count(0).from(1).to(0).build();
    fake.chats().listAllChats().rateLimited(Duration.ZERO).returns(empty);
    assertEquals(List.of(), client.chats().listAllChats().chats());
    assertEquals(2, fake.chats().listAllChats().calls().size());
  }

  @Test
  void rateLimitWithoutRetriesReportsRetryAfter() {
    fake.chats().listAllChats().rateLimited(Duration.ofSeconds(7));
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
  }

  @Test
  void asyncCallsDecodeAndFailLikeBlockingOnes() throws Exception {
    fake.chats()
        .listAllChats()
        .returns(ListChatsResponse.builder().chats(chats(1)).count(1).from(1).to(1).build())
        .fails(401, UNAUTHORIZED);
    ListChatsResponse page =
        client
            .chats()
            .listAllChatsAsync(ListAllChatsParams.builder().build(), RequestOptions.none())
            .get(10, TimeUnit.SECONDS);
    assertEquals("12036337393660@g.us", page.chats().get(0).chatId());
    ExecutionException failed =
        assertThrows(
            ExecutionException.class,
            () ->
                client
                    .chats()
                    .listAllChatsAsync(ListAllChatsParams.builder().build(), RequestOptions.none())
                    .get(10, TimeUnit.SECONDS));
    assertInstanceOf(AuthenticationException.class, failed.getCause());
  }

  @Test
  void autoPagerWalksTheFakePageByPage() {
    fake.chats().listAllChats().items(chats(23));
    List<Chat> chats =
        client
            .chats()
            .listAllChatsAutoPaging(ListAllChatsParams.builder().limit(10).build())
            .stream()
            .toList();
    assertEquals(ids(chats(23)), ids(chats));
    // A short page does not end the listing (servers cap pages); the empty one after it does.
    assertEquals(
        List.of(0, 10, 20, 23),
        fake.chats().listAllChats().calls().stream()
            .map(PeriskopeFake.ListAllChatsCall::offset)
            .map(offset -> offset == null ? 0 : offset)
            .toList(),
        "pages of 10, 10, 3 and an empty one");
  }

  @Test
  void autoPagerListsEveryChatWhenTheServerCapsItsPages() {
    fake.chats().listAllChats().items(chats(23)).maxPageSize(5);
    List<Chat> chats =
        client
            .chats()
            .listAllChatsAutoPaging(ListAllChatsParams.builder().limit(2000).build())
            .stream()
            .toList();
    assertEquals(ids(chats(23)), ids(chats));
    assertEquals(
        6, fake.chats().listAllChats().calls().size(), "pages of 5, 5, 5, 5, 3 and an empty one");
  }

  @Test
  void asyncAutoPagerListsEveryChatWhenTheServerCapsItsPages() throws Exception {
    fake.chats().listAllChats().items(chats(23)).maxPageSize(5);
    List<Chat> chats = new CopyOnWriteArrayList<>();
    client
        .chats()
        .listAllChatsAutoPagingAsync(
            ListAllChatsParams.builder().limit(2000).build(), RequestOptions.none())
        .thenCompose(first -> first.forEachRemaining(chats::add))
        .get(10, TimeUnit.SECONDS);
    assertEquals(ids(chats(23)), ids(chats));
  }

  @Test
  void autoPagerAsksOnceMoreAfterAFullLastPage() {
    fake.chats().listAllChats().items(chats(23));
    long count =
        client
            .chats()
            .listAllChatsAutoPaging(ListAllChatsParams.builder().limit(23).build())
            .stream()
            .count();
    assertEquals(23, count);
    assertEquals(
        2, fake.chats().listAllChats().calls().size(), "a full page cannot tell it was the last");
  }
}
