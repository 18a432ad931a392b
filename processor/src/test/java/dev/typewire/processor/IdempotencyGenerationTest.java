package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code x-typewire-idempotency}: a declared header carries one generated key across the retries of
 * a POST, which is retried after a 503 only because of it; {@code false} on an operation turns it
 * off. Generated async methods fail their future, never throw, when the request cannot be built.
 */
class IdempotencyGenerationTest {

  private static final String DRIVER =
      """
      package com.example.broken;

      import java.util.concurrent.CompletableFuture;

      public final class OrdersDriver {
        private OrdersDriver() {}

        public static String create(String baseUrl) {
          return OrdersClient.builder().baseUrl(baseUrl).build().orders()
              .createOrder(Order.builder().id("o1").build()).id();
        }

        public static String patch(String baseUrl) {
          return OrdersClient.builder().baseUrl(baseUrl).build().orders()
              .patchOrder("o1", Order.builder().id("o1").build()).id();
        }

        public static CompletableFuture<Order> getEmptyIdAsync(String baseUrl) {
          return OrdersClient.builder().baseUrl(baseUrl).build().orders()
              .getOrderAsync("", dev.typewire.runtime.RequestOptions.none());
        }
      }
      """;

  private static final GeneratedClasses classes =
      GeneratedClasses.compileWithDriver(
          "openapi/idempotency.yaml", "OrdersDriver", DRIVER, "-Xlint:all,-processing", "-Werror");
  private final AtomicInteger failuresLeft = new AtomicInteger(2);
  private LoopbackServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  /** 503 twice, then the order. */
  private void flaky(LoopbackServer.Request request, HttpExchange exchange) throws IOException {
    boolean fail = failuresLeft.getAndDecrement() > 0;
    byte[] body = (fail ? "{}" : "{\"id\":\"o1\"}").getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.getResponseHeaders().add("Retry-After", "0");
    exchange.sendResponseHeaders(fail ? 503 : 200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private Object drive(String method) throws Exception {
    try {
      return classes
          .load(SchemaCompiler.PKG + ".OrdersDriver")
          .getMethod(method, String.class)
          .invoke(null, server.baseUrl());
    } catch (InvocationTargetException e) {
      throw (Exception) e.getCause();
    }
  }

  @Test
  void aPostRetriedAfter503sCarriesOneIdempotencyKey() throws Exception {
    server = LoopbackServer.responding(this::flaky);

    assertEquals("o1", drive("create"));

    List<String> keys =
        server.requests().stream().map(request -> request.header("Idempotency-Key")).toList();
    assertEquals(3, keys.size());
    assertEquals(1, keys.stream().distinct().count(), keys.toString());
    assertTrue(keys.get(0).matches("[0-9a-f-]{36}"), keys.get(0));
  }

  @Test
  void falseOnAnOperationTurnsTheRootDeclarationOff() throws Exception {
    server = LoopbackServer.responding(this::flaky);

    Exception failure = assertThrows(Exception.class, () -> drive("patch"));

    assertEquals("ServerException", failure.getClass().getSimpleName());
    assertEquals(1, server.requests().size());
    assertEquals(null, server.requests().get(0).header("Idempotency-Key"));
  }

  @Test
  void anAsyncCallWithAnEmptyPathParameterFailsItsFuture() throws Exception {
    server = LoopbackServer.responding(this::flaky);

    Object future = drive("getEmptyIdAsync");

    CompletableFuture<?> call = (CompletableFuture<?>) future;
    Throwable failure = assertThrows(ExecutionException.class, call::get).getCause();
    assertTrue(failure instanceof IllegalArgumentException, String.valueOf(failure));
    assertEquals(0, server.requests().size());
  }

  @Test
  void aDeclarationWithoutAHeaderIsNamedInAWarning(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("orders.json"),
        """
        {"openapi": "3.0.3", "info": {"title": "Orders", "version": "1"},
         "x-typewire-idempotency": {"name": "Idempotency-Key"},
         "paths": {"/orders": {"post": {"operationId": "createOrder",
           "responses": {"204": {"description": "ok"}}}}}}
        """);
    Compilation compilation =
        SchemaCompiler.compile(
            "orders.json", "-sourcepath", dir.toString(), "-Xlint:all,-processing");
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "[TW-IDEMPOTENCY] orders.json:2:28 at #/x-typewire-idempotency: expected {header:"
                + " <header name>}");
  }
}
