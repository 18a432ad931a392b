package dev.typewire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AutoPagerTest {

  record Chat(String chat_id) {}

  record ListChatsResponse(List<Chat> chats, int from, int to, int count) {}

  private static final int TOTAL = 4_990;
  private static final int PAGE = 100;

  private final TestServer server;
  private final ApiTransport transport;

  AutoPagerTest() throws IOException {
    server = new TestServer();
    // Serves TOTAL chats from offset/limit, with a deliberately wrong count.
    server.then(this::page);
    transport = new ApiTransport(ClientOptions.builder().baseUrl(server.baseUrl()).build());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void page(HttpExchange exchange) throws IOException {
    Map<String, String> query = query(exchange.getRequestURI());
    int offset = Integer.parseInt(query.get("offset"));
    int limit = Integer.parseInt(query.get("limit"));
    String chats =
        IntStream.range(offset, Math.min(offset + limit, TOTAL))
            .mapToObj(i -> "{\"chat_id\":\"c" + i + "\"}")
            .collect(Collectors.joining(","));
    TestServer.send(
        exchange,
        200,
        "application/json",
        "{\"chats\":[" + chats + "],\"from\":" + offset + ",\"to\":0,\"count\":7}");
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> values = new HashMap<>();
    for (String pair : uri.getRawQuery().split("&")) {
      String[] parts = pair.split("=", 2);
      values.put(parts[0], parts[1]);
    }
    return values;
  }

  private AutoPager<Chat> pager(int pageSize) {
    return AutoPager.offsetLimit(
        0,
        pageSize,
        (offset, limit) ->
            transport.send(
                ApiRequest.builder("GET", "/chats")
                    .query("offset", offset)
                    .query("limit", limit)
                    .build(),
                ResponseType.of(ListChatsResponse.class)),
        ListChatsResponse::chats);
  }

  @Test
  void walksFiftyPagesAndStopsOnTheEmptyOneAfterThem() {
    List<Chat> all = pager(PAGE).stream().toList();

    assertEquals(TOTAL, all.size());
    assertEquals("c0", all.get(0).chat_id());
    assertEquals("c4989", all.get(TOTAL - 1).chat_id());
    // The short 50th page does not end the listing (servers cap pages); the empty 51st does.
    assertEquals(51, server.requests().size());
  }

  @Test
  void isLazy() {
    AutoPager<Chat> pager = pager(PAGE);
    assertEquals(0, server.requests().size());

    List<Chat> five = pager.stream().limit(5).toList();

    assertEquals(5, five.size());
    assertEquals(1, server.requests().size());
    assertEquals("/v1/chats?offset=0&limit=100", server.requests().get(0).rawUri());
  }

  @Test
  void iteratorFetchesPageByPage() {
    var iterator = pager(PAGE).iterator();
    for (int i = 0; i <= PAGE; i++) {
      iterator.next();
    }
    assertEquals(2, server.requests().size());
    assertEquals("/v1/chats?offset=100&limit=100", server.requests().get(1).rawUri());
  }

  @Test
  void pagesStreamsNonEmptyPages() {
    List<Integer> sizes = pager(1000).pages().map(List::size).toList();
    assertEquals(List.of(1000, 1000, 1000, 1000, 990), sizes);
  }

  @Test
  void exactMultipleEndsWithOneEmptyPage() {
    List<List<Integer>> pages = new ArrayList<>();
    AutoPager<Integer> pager =
        AutoPager.offsetLimit(
            10,
            5,
            (offset, limit) -> {
              List<Integer> page =
                  IntStream.range(offset, Math.min(offset + limit, 20)).boxed().toList();
              pages.add(page);
              return page;
            },
            page -> page);

    assertEquals(IntStream.range(10, 20).boxed().toList(), pager.stream().toList());
    assertEquals(3, pages.size());
    assertEquals(List.of(), pages.get(2));
  }

  @Test
  void stopsWhenTheServerIgnoresTheOffset() {
    List<Integer> fetches = new ArrayList<>();
    AutoPager<Integer> pager =
        AutoPager.offsetLimit(
            0,
            3,
            (offset, limit) -> {
              fetches.add(offset);
              return List.of(1, 2, 3);
            },
            page -> page);

    IllegalStateException stuck =
        assertThrows(IllegalStateException.class, () -> pager.stream().toList());
    assertTrue(stuck.getMessage().contains("offset 3"), stuck.getMessage());
    assertEquals(List.of(0, 3), fetches);
  }

  @Test
  void nullPageOrListIsEmpty() {
    assertEquals(
        List.of(),
        AutoPager.<ListChatsResponse, Chat>offsetLimit(
                0, 5, (o, l) -> null, ListChatsResponse::chats)
            .stream()
            .toList());
    assertEquals(
        List.of(),
        AutoPager.offsetLimit(
                0, 5, (o, l) -> new ListChatsResponse(null, 0, 0, 0), ListChatsResponse::chats)
            .stream()
            .toList());
  }

  @Test
  void rejectsNonsenseArguments() {
    assertThrows(
        IllegalArgumentException.class,
        () -> AutoPager.offsetLimit(-1, 5, (o, l) -> List.of(), p -> p));
    assertThrows(
        IllegalArgumentException.class,
        () -> AutoPager.offsetLimit(0, 0, (o, l) -> List.of(), p -> p));
  }
}
