package dev.typewire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Closing transports stops the threads of the HTTP client they built; transports of one builder
 * share a client; a supplied client that follows redirects is refused.
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

  /** Threads of HTTP clients: the JDK's own ({@code HttpClient-}) and the executor's. */
  private static long httpThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(name -> name.startsWith("HttpClient-") || name.startsWith("typewire-http-"))
        .count();
  }

  private static ApiRequest get() {
    return ApiRequest.builder("GET", "/ping").build();
  }

  /** Waits for threads to end: an ended client's selector thread notices within seconds. */
  private static long settledHttpThreads(long atMost) throws InterruptedException {
    long count = httpThreads();
    for (int i = 0; i < 100 && count > atMost; i++) {
      System.gc();
      Thread.sleep(100);
      count = httpThreads();
    }
    return count;
  }

  @Test
  void fiftyClosedClientsLeaveNoThreads() throws Exception {
    long before = settledHttpThreads(0);
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
    long after = settledHttpThreads(before);
    assertTrue(after <= before, "HTTP threads before " + before + ", after " + after);
    assertEquals(50, closed.size());
  }

  @Test
  void openClientsHoldThreadsUntilClosed() throws Exception {
    long before = settledHttpThreads(0);
    List<ApiTransport> open = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ApiTransport transport =
          new ApiTransport(ClientOptions.builder().baseUrl(server.baseUrl()).build());
      transport.send(get(), ResponseType.string());
      open.add(transport);
    }
    assertTrue(httpThreads() >= before + 5, "each open client has at least its selector thread");
    System.gc();
    Thread.sleep(500);
    assertTrue(httpThreads() >= before + 5, "reachable open clients keep them");
    open.forEach(ApiTransport::close);
    assertTrue(settledHttpThreads(before) <= before);
    assertEquals(5, open.size());
  }

  @Test
  void transportsOfOneBuilderShareOneClientUntilTheLastCloses() throws Exception {
    long before = settledHttpThreads(0);
    ClientOptions.Builder builder = ClientOptions.builder().baseUrl(server.baseUrl());
    ApiTransport first = new ApiTransport(builder.build());
    ApiTransport second = new ApiTransport(builder.build());
    ApiTransport derived = new ApiTransport(first.options().toBuilder().build());
    first.send(get(), ResponseType.string());
    second.send(get(), ResponseType.string());
    derived.send(get(), ResponseType.string());
    assertEquals(
        1,
        Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().endsWith("SelectorManager"))
                .filter(thread -> thread.getName().startsWith("HttpClient-"))
                .count()
            - before,
        "one selector thread for three transports");
    first.close();
    // The others still work: the shared client stays open for them.
    assertEquals("ok", second.send(get(), ResponseType.string()));
    second.close();
    assertEquals("ok", derived.send(get(), ResponseType.string()));
    derived.close();
    assertTrue(settledHttpThreads(before) <= before);
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
