package dev.typewire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Closing transports stops the threads of the HTTP client they built; transports of one builder
 * share a client; a supplied client that follows redirects is refused.
 *
 * <p>Threads are compared as sets, not counts: other test classes leave clients (and idle JDK
 * worker threads) behind that end at their own pace, which would blur a count.
 */
class ClientLifecycleTest {

  private final TestServer server;

  ClientLifecycleTest() throws IOException {
    server = new TestServer();
    server.thenText(200, "text/plain", "ok");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Live threads of HTTP clients: the JDK's own ({@code HttpClient-}) and the executor's. */
  private static Set<Thread> httpThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .filter(
            thread ->
                thread.getName().startsWith("HttpClient-")
                    || thread.getName().startsWith("typewire-http-"))
        .collect(Collectors.toSet());
  }

  private static Set<Thread> startedSince(Set<Thread> before) {
    Set<Thread> now = httpThreads();
    now.removeAll(before);
    return now;
  }

  private static long selectors(Set<Thread> threads) {
    return threads.stream().filter(t -> t.getName().endsWith("SelectorManager")).count();
  }

  /**
   * The threads of {@code started} still alive after waiting: on JDK 17 a closed client's selector
   * thread ends once the client is collected and its next select times out (3 s).
   */
  private static List<String> stillAlive(Set<Thread> started) throws InterruptedException {
    for (int i = 0; i < 100 && started.stream().anyMatch(Thread::isAlive); i++) {
      System.gc();
      Thread.sleep(100);
    }
    return started.stream().filter(Thread::isAlive).map(Thread::getName).sorted().toList();
  }

  private static ApiRequest get() {
    return ApiRequest.builder("GET", "/ping").build();
  }

  @Test
  void fiftyClosedClientsLeaveNoThreads() throws Exception {
    Set<Thread> before = httpThreads();
    // Kept reachable, as an application's fields would keep them: only close() can free threads.
    List<ApiTransport> closed = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      // A builder each: no sharing, each transport builds and owns its HTTP client.
      ApiTransport transport =
          new ApiTransport(ClientOptions.builder().baseUrl(server.baseUrl()).build());
      assertEquals("ok", transport.send(get(), ResponseType.string()));
      transport.close();
      closed.add(transport);
    }
    Set<Thread> started = startedSince(before);
    assertTrue(selectors(started) >= 1, "the clients did start threads: " + started);
    assertEquals(List.of(), stillAlive(started));
    assertEquals(50, closed.size());
  }

  @Test
  void openClientsHoldThreadsUntilClosed() throws Exception {
    Set<Thread> before = httpThreads();
    List<ApiTransport> open = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ApiTransport transport =
          new ApiTransport(ClientOptions.builder().baseUrl(server.baseUrl()).build());
      transport.send(get(), ResponseType.string());
      open.add(transport);
    }
    Set<Thread> started = startedSince(before);
    System.gc();
    Thread.sleep(500);
    assertEquals(5, selectors(started), "one selector thread per open client: " + started);
    assertTrue(started.stream().allMatch(Thread::isAlive), "reachable open clients keep them");
    open.forEach(ApiTransport::close);
    assertEquals(List.of(), stillAlive(started));
    assertEquals(5, open.size());
  }

  @Test
  void transportsOfOneBuilderShareOneClientUntilTheLastCloses() throws Exception {
    Set<Thread> before = httpThreads();
    ClientOptions.Builder builder = ClientOptions.builder().baseUrl(server.baseUrl());
    ApiTransport first = new ApiTransport(builder.build());
    ApiTransport second = new ApiTransport(builder.build());
    ApiTransport derived = new ApiTransport(first.options().toBuilder().build());
    first.send(get(), ResponseType.string());
    second.send(get(), ResponseType.string());
    derived.send(get(), ResponseType.string());
    Set<Thread> started = startedSince(before);
    assertEquals(1, selectors(started), "one HTTP client for three transports: " + started);
    first.close();
    // The others still work: the shared client stays open for them.
    assertEquals("ok", second.send(get(), ResponseType.string()));
    second.close();
    assertEquals("ok", derived.send(get(), ResponseType.string()));
    derived.close();
    assertEquals(List.of(), stillAlive(started));
    // The builder stays usable: a new transport builds a new client.
    try (ApiTransport again = new ApiTransport(builder.build())) {
      assertEquals("ok", again.send(get(), ResponseType.string()));
    }
  }

  @Test
  void aSuppliedClientStaysOpenWhenTheTransportCloses() {
    HttpClient supplied = HttpClient.newHttpClient();
    ApiTransport transport =
        new ApiTransport(
            ClientOptions.builder().baseUrl(server.baseUrl()).httpClient(supplied).build());
    transport.send(get(), ResponseType.string());
    transport.close();
    try (ApiTransport another =
        new ApiTransport(
            ClientOptions.builder().baseUrl(server.baseUrl()).httpClient(supplied).build())) {
      assertEquals("ok", another.send(get(), ResponseType.string()));
    }
  }

  @Test
  void aSuppliedClientThatFollowsRedirectsIsRefused() {
    HttpClient following =
        HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> ClientOptions.builder().baseUrl(server.baseUrl()).httpClient(following));
    assertTrue(refused.getMessage().contains("follows redirects"), refused.getMessage());
    assertTrue(refused.getMessage().contains("Redirect.NEVER"), refused.getMessage());
  }
}
