package dev.typewire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One deadline in {@link RequestOptions} bounds a call, its retries, and a whole listing. */
class DeadlineTest {

  record Page(List<String> items) {}

  private final TestServer server;
  private final ApiTransport transport;

  DeadlineTest() throws IOException {
    server = new TestServer();
    transport = new ApiTransport(ClientOptions.builder().baseUrl(server.baseUrl()).build());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Pages of 10 items out of 1,000, each answered after 200 ms. */
  private void slowPages() {
    server.then(
        exchange -> {
          Thread.sleep(200);
          String query = exchange.getRequestURI().getRawQuery();
          int offset = Integer.parseInt(query.replaceAll(".*offset=(\\d+).*", "$1"));
          String items =
              IntStream.range(offset, Math.min(offset + 10, 1_000))
                  .mapToObj(i -> "\"i" + i + "\"")
                  .collect(Collectors.joining(","));
          TestServer.send(exchange, 200, "application/json", "{\"items\":[" + items + "]}");
        });
  }

  @Test
  void oneDeadlineEndsAWholeListing() {
    slowPages();
    RequestOptions options =
        RequestOptions.builder().deadline(Instant.now().plusMillis(1_100)).build();
    AutoPager<String> pager =
        AutoPager.offsetLimit(
            0,
            10,
            (offset, limit) ->
                transport.send(
                    ApiRequest.builder("GET", "/items")
                        .query("offset", offset)
                        .options(options)
                        .build(),
                    ResponseType.of(Page.class)),
            Page::items);

    long start = System.nanoTime();
    TransportException e = assertThrows(TransportException.class, () -> pager.stream().count());

    assertInstanceOf(HttpTimeoutException.class, e.getCause());
    long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
    assertTrue(millis < 2_000, millis + " ms");
    assertTrue(server.requests().size() <= 6, server.requests().size() + " requests");
  }

  @Test
  void aPassedDeadlineSendsNothing() {
    server.thenJson(200, "{\"items\":[]}");
    RequestOptions late = RequestOptions.builder().deadline(Instant.now().minusSeconds(1)).build();
    ApiRequest request = ApiRequest.builder("GET", "/items").options(late).build();

    TransportException e =
        assertThrows(
            TransportException.class, () -> transport.send(request, ResponseType.of(Page.class)));
    assertTrue(e.getMessage().contains("deadline"), e.getMessage());
    assertThrows(
        Exception.class, () -> transport.sendAsync(request, ResponseType.of(Page.class)).join());
    assertEquals(0, server.requests().size());
  }

  @Test
  void aFarDeadlineChangesNothing() {
    server.thenJson(200, "{\"items\":[\"a\"]}");
    RequestOptions far = RequestOptions.builder().deadline(Instant.MAX).build();

    Page page =
        transport.send(
            ApiRequest.builder("GET", "/items").options(far).build(), ResponseType.of(Page.class));

    assertEquals(List.of("a"), page.items());
    assertTrue(far.toString().contains("deadline="), far.toString());
  }
}
