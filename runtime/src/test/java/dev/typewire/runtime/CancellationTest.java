package dev.typewire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A caller that gives up on an async call stops it: no retry starts and nothing more reaches the
 * server. Every failure, request building included, arrives through the future.
 */
class CancellationTest {

  record Chat(String chat_id) {}

  private final TestServer server;
  private final CountDownLatch firstRequest = new CountDownLatch(1);

  CancellationTest() throws IOException {
    server = new TestServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Real waits between attempts (the system sleeper), so there is time to cancel in between. */
  private ApiTransport transport() {
    return new ApiTransport(
        ClientOptions.builder()
            .baseUrl(server.baseUrl())
            .retryPolicy(
                RetryPolicy.builder()
                    .maxAttempts(6)
                    .initialDelay(Duration.ofMillis(300))
                    .multiplier(1)
                    .build())
            .build());
  }

  private CompletableFuture<Chat> call(ApiTransport transport) {
    return transport.sendAsync(
        ApiRequest.builder("GET", "/chats/c1").build(), ResponseType.of(Chat.class));
  }

  private void failing503() {
    server.then(
        exchange -> {
          firstRequest.countDown();
          TestServer.send(exchange, 503, "application/json", "{}");
        });
  }

  /** Lets any straggler arrive, then checks that none did. */
  private void assertNoMoreRequestsThan(int expected) throws InterruptedException {
    Thread.sleep(1_000);
    assertEquals(expected, server.requests().size(), "requests after the caller gave up");
  }

  @Test
  void cancellingDuringTheRetryWaitStopsTheRetries() throws Exception {
    failing503();
    CompletableFuture<Chat> future = call(transport());
    assertTrue(firstRequest.await(5, TimeUnit.SECONDS));
    Thread.sleep(100);

    assertTrue(future.cancel(true));

    assertThrows(CancellationException.class, future::join);
    assertNoMoreRequestsThan(1);
  }

  @Test
  void orTimeoutStopsTheRetriesToo() throws Exception {
    failing503();
    CompletableFuture<Chat> future = call(transport()).orTimeout(150, TimeUnit.MILLISECONDS);

    ExecutionException e = assertThrows(ExecutionException.class, future::get);
    assertInstanceOf(TimeoutException.class, e.getCause());
    assertNoMoreRequestsThan(1);
  }

  @Test
  void cancellingAnExchangeInFlightAbortsIt() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    server.then(
        exchange -> {
          firstRequest.countDown();
          release.await(10, TimeUnit.SECONDS);
          TestServer.send(exchange, 503, "application/json", "{}");
        });
    try {
      CompletableFuture<Chat> future = call(transport());
      assertTrue(firstRequest.await(5, TimeUnit.SECONDS));

      long start = System.nanoTime();
      future.cancel(true);

      assertThrows(CancellationException.class, future::join);
      assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 1_000);
    } finally {
      release.countDown();
    }
    assertNoMoreRequestsThan(1);
  }

  @Test
  void aRequestThatCannotBeBuiltFailsTheFutureInsteadOfThrowing() {
    CompletableFuture<Chat> future =
        transport()
            .sendAsync(
                ApiRequest.builder("GET", "/chats/{id}").pathParam("id", "").build(),
                ResponseType.of(Chat.class));

    ExecutionException e = assertThrows(ExecutionException.class, future::get);
    assertInstanceOf(IllegalArgumentException.class, e.getCause());
    assertTrue(e.getCause().getMessage().contains("path parameter id is empty"));
    assertEquals(0, server.requests().size());
  }

  @Test
  void aFailingRequestBuilderFailsTheFutureInsteadOfThrowing() {
    CompletableFuture<Chat> future =
        transport()
            .sendAsync(
                () -> {
                  throw new IllegalArgumentException("limit must be at most 2000, was 5000");
                },
                ResponseType.of(Chat.class));

    ExecutionException e = assertThrows(ExecutionException.class, future::get);
    assertInstanceOf(IllegalArgumentException.class, e.getCause());
    assertEquals(0, server.requests().size());
  }

  @Test
  void aCallLeftAloneStillRetriesToSuccess() throws Exception {
    server.thenJson(503, "{}").thenJson(200, "{\"chat_id\":\"c1\"}");

    assertEquals("c1", call(transport()).get(10, TimeUnit.SECONDS).chat_id());
    assertEquals(2, server.requests().size());
  }
}
