package dev.typewire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Auto-paging holds one page at a time: 50 pages of 2,000 items of about 2 KB each (some 200 MB of
 * JSON) are paged through by a separate JVM limited to a 48 MB heap.
 */
class SmallHeapPagingTest {

  static final int PAGES = 50;
  static final int PAGE_SIZE = 2_000;
  private static final String FILLER = "x".repeat(2_000);

  record Item(String id, String body) {}

  record Page(List<Item> items) {}

  @Test
  void fiftyLargePagesFitInASmallHeap(@TempDir Path temp) throws Exception {
    try (TestServer server = new TestServer()) {
      server.then(SmallHeapPagingTest::page);
      String output = SmallHeapJvm.run(temp, "48m", Pager.class, 3, server.baseUrl());
      assertTrue(output.contains("items=" + PAGES * PAGE_SIZE), output);
      assertEquals(PAGES + 1, server.requests().size(), "one request per page, then the empty one");
    }
  }

  private static void page(HttpExchange exchange) throws IOException {
    String query = exchange.getRequestURI().getRawQuery();
    int offset = Integer.parseInt(query.replaceAll(".*offset=(\\d+).*", "$1"));
    int end = Math.min(offset + PAGE_SIZE, PAGES * PAGE_SIZE);
    StringBuilder json =
        new StringBuilder(PAGE_SIZE * (FILLER.length() + 40)).append("{\"items\":[");
    for (int i = offset; i < end; i++) {
      json.append(i == offset ? "" : ",")
          .append("{\"id\":\"i")
          .append(i)
          .append("\",\"body\":\"")
          .append(FILLER)
          .append("\"}");
    }
    TestServer.send(exchange, 200, "application/json", json.append("]}").toString());
  }

  /** Runs in the small-heap JVM: pages through everything, keeping nothing. */
  static final class Pager {
    public static void main(String[] args) {
      ApiTransport transport = new ApiTransport(ClientOptions.builder().baseUrl(args[0]).build());
      AutoPager<Item> pager =
          AutoPager.offsetLimit(
              0,
              PAGE_SIZE,
              (offset, limit) ->
                  transport.send(
                      ApiRequest.builder("GET", "/items")
                          .query("offset", offset)
                          .query("limit", limit)
                          .build(),
                      ResponseType.of(Page.class)),
              Page::items);
      try (Stream<Item> items = pager.stream()) {
        long count = items.filter(item -> item.body().length() == FILLER.length()).count();
        System.out.println("items=" + count);
      }
    }
  }
}
