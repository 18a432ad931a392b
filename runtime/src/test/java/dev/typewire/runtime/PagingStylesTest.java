package dev.typewire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every paging style against a loopback server that caps its pages far below what is asked (ask
 * 2000, get 100) and holds 1,000 items: each must page to the end.
 */
class PagingStylesTest {

  record Item(String id) {}

  record Page(List<Item> items, Long total, Boolean has_more, String next_cursor) {}

  private static final int ITEMS = 1_000;
  private static final int CAP = 100;
  private static final int ASKED = 2_000;

  private final TestServer server;
  private final ApiTransport transport;
  private boolean declareTotal;
  private boolean declareHasMore;
  private String linkPrefix = "";

  PagingStylesTest() throws IOException {
    server = new TestServer();
    server.then(this::page);
    transport = new ApiTransport(ClientOptions.builder().baseUrl(server.baseUrl()).build());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Serves items from offset, page (1-based) or cursor, at most CAP per page. */
  private void page(HttpExchange exchange) throws IOException {
    Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
    int size = Math.min(CAP, Integer.parseInt(query.getOrDefault("limit", "" + ASKED)));
    int from =
        query.containsKey("offset")
            ? Integer.parseInt(query.get("offset"))
            : query.containsKey("page")
                ? (Integer.parseInt(query.get("page")) - 1) * size
                : Integer.parseInt(query.getOrDefault("cursor", "0"));
    int to = Math.min(from + size, ITEMS);
    String items =
        IntStream.range(from, Math.max(from, to))
            .mapToObj(i -> "{\"id\":\"i" + i + "\"}")
            .collect(Collectors.joining(","));
    StringBuilder json = new StringBuilder("{\"items\":[").append(items).append(']');
    if (declareTotal) {
      json.append(",\"total\":").append(ITEMS);
    }
    if (declareHasMore) {
      json.append(",\"has_more\":").append(to < ITEMS);
    }
    if (to < ITEMS) {
      json.append(",\"next_cursor\":\"").append(to).append('"');
    }
    List<String> headers = new ArrayList<>();
    if (to < ITEMS && query.containsKey("cursor")) {
      headers.add("Link");
      headers.add("<" + linkPrefix + "items?cursor=" + to + ">; rel=\"next\", <items>; rel=first");
    }
    TestServer.send(
        exchange,
        200,
        "application/json",
        json.append('}').toString(),
        headers.toArray(String[]::new));
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> values = new HashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&", -1)) {
        String[] parts = pair.split("=", 2);
        values.put(parts[0], parts[1]);
      }
    }
    return values;
  }

  /** GET /items with query parameters given as name, value, name, value... */
  private static ApiRequest items(Object... query) {
    ApiRequest.Builder request = ApiRequest.builder("GET", "/items");
    for (int i = 0; i < query.length; i += 2) {
      request.query((String) query[i], query[i + 1]);
    }
    return request.build();
  }

  private Page get(Object... query) {
    return transport.send(items(query), ResponseType.of(Page.class));
  }

  private CompletableFuture<Page> getAsync(Object... query) {
    return transport.sendAsync(items(query), ResponseType.of(Page.class));
  }

  private static void assertEveryItem(List<Item> items) {
    assertEquals(ITEMS, items.size());
    assertEquals("i0", items.get(0).id());
    assertEquals("i999", items.get(ITEMS - 1).id());
  }

  @Test
  void offsetLimitPagesACappingServerToTheEnd() {
    List<Item> all =
        AutoPager.offsetLimit(
                0, ASKED, (offset, limit) -> get("offset", offset, "limit", limit), Page::items)
            .stream()
            .toList();

    assertEveryItem(all);
    assertEquals(11, server.requests().size());
    assertEquals("/v1/items?offset=100&limit=2000", server.requests().get(1).rawUri());
  }

  @Test
  void aDeclaredTotalSavesTheEmptyLastRequest() {
    declareTotal = true;
    List<Item> all =
        AutoPager.offsetLimit(
                0,
                ASKED,
                (offset, limit) -> get("offset", offset, "limit", limit),
                Page::items,
                PageEnd.total(Page::total))
            .stream()
            .toList();

    assertEveryItem(all);
    assertEquals(10, server.requests().size());
  }

  @Test
  void aHasMoreFlagSavesTheEmptyLastRequest() {
    declareHasMore = true;
    List<Item> all =
        AutoPager.pageNumber(
                1,
                ASKED,
                (page, size) -> get("page", page, "limit", size),
                Page::items,
                PageEnd.hasMore(Page::has_more))
            .stream()
            .toList();

    assertEveryItem(all);
    assertEquals(10, server.requests().size());
    assertEquals("/v1/items?page=2&limit=2000", server.requests().get(1).rawUri());
  }

  @Test
  void cursorPagingEndsWhenNoNextCursorComes() {
    List<Item> all =
        AutoPager.cursor(
                null,
                cursor -> cursor == null ? get() : get("cursor", cursor),
                Page::items,
                Page::next_cursor,
                PageEnd.never())
            .stream()
            .toList();

    assertEveryItem(all);
    assertEquals(10, server.requests().size());
    assertEquals("/v1/items?cursor=100", server.requests().get(1).rawUri());
  }

  @Test
  void linkHeadersAreFollowedRelativeToThePage() {
    List<Item> all =
        AutoPager.linkHeader(
                transport,
                ApiRequest.builder("GET", "/items")
                    .query("cursor", 0)
                    .header("x-tenant", "t1")
                    .build(),
                ResponseType.of(Page.class),
                Page::items,
                PageEnd.never())
            .stream()
            .toList();

    assertEveryItem(all);
    assertEquals(10, server.requests().size());
    assertEquals("/v1/items?cursor=900", server.requests().get(9).rawUri());
    // Later pages carry the first request's headers.
    assertEquals("t1", server.requests().get(9).header("x-tenant"));
  }

  @Test
  void aLinkToAnotherOriginIsNotFollowed() {
    linkPrefix = "https://elsewhere.example/";
    AutoPager<Item> pager =
        AutoPager.linkHeader(
            transport,
            ApiRequest.builder("GET", "/items").query("cursor", 0).build(),
            ResponseType.of(Page.class),
            Page::items,
            PageEnd.never());

    DecodeException refused = assertThrows(DecodeException.class, () -> pager.stream().toList());
    assertTrue(refused.getMessage().contains("another origin"), refused.getMessage());
    assertEquals(1, server.requests().size());
  }

  @Test
  void asyncPagesReachTheEndOfACappingServer() throws Exception {
    List<Item> all = new ArrayList<>();
    AsyncPage.offsetLimit(
            0,
            ASKED,
            (offset, limit) -> getAsync("offset", offset, "limit", limit),
            Page::items,
            PageEnd.<Page>never())
        .thenCompose(first -> first.forEachRemaining(all::add))
        .get();

    assertEveryItem(all);
    assertEquals(11, server.requests().size());
  }

  @Test
  void asyncLinkPagesFetchOnlyWhenAsked() throws Exception {
    AsyncPage<Item> first =
        AsyncPage.linkHeader(
                transport,
                ApiRequest.builder("GET", "/items").query("cursor", 0).build(),
                ResponseType.of(Page.class),
                Page::items,
                PageEnd.never())
            .get();
    assertEquals(1, server.requests().size());
    assertTrue(first.hasNext());

    AsyncPage<Item> second = first.next().get();

    assertEquals("i100", second.items().get(0).id());
    assertEquals(2, server.requests().size());
  }

  @Test
  void aFailedPageFailsTheListingWithTheApiException() throws IOException {
    try (TestServer failing = new TestServer()) {
      failing.thenJson(503, "{}");
      ApiTransport once =
          new ApiTransport(
              ClientOptions.builder()
                  .baseUrl(failing.baseUrl())
                  .retryPolicy(RetryPolicy.none())
                  .build());
      CompletableFuture<AsyncPage<Item>> first =
          AsyncPage.offsetLimit(
              0,
              10,
              (offset, limit) ->
                  once.sendAsync(
                      ApiRequest.builder("GET", "/items").query("offset", offset).build(),
                      ResponseType.of(Page.class)),
              Page::items,
              PageEnd.<Page>never());
      Exception failure = assertThrows(Exception.class, first::get);
      assertTrue(failure.getCause() instanceof ServerException, String.valueOf(failure.getCause()));
    }
  }
}
