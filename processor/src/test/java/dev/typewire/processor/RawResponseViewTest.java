package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.typewire.runtime.RawResponse;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The generated {@code withRawResponse()} view, compiled and called on a loopback server: bodiless
 * operations, the async form, and an operation that takes the accessor's own name.
 */
class RawResponseViewTest {

  private static final String PKG = SchemaCompiler.PKG;
  private static final GeneratedClasses classes =
      GeneratedClasses.compile("records/raw.yaml", "-Xlint:all,-processing", "-Werror");

  private static Object invoke(Object target, String name, Object... arguments) throws Exception {
    Method method =
        Arrays.stream(target.getClass().getMethods())
            .filter(m -> m.getName().equals(name) && m.getParameterCount() == arguments.length)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no " + name + " on " + target.getClass()));
    return method.invoke(target, arguments);
  }

  private static LoopbackServer server() {
    return LoopbackServer.responding(
        (request, exchange) -> {
          exchange.getResponseHeaders().add("X-Quota", "3");
          if (request.method().equals("DELETE")) {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
            return;
          }
          byte[] body = "{\"name\":\"n\"}".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
  }

  @Test
  void compilesWithoutWarnings() {
    assertThat(classes.compilation()).succeededWithoutWarnings();
  }

  @Test
  void bodilessAndAsyncOperationsReturnStatusAndHeaders() throws Exception {
    try (LoopbackServer server = server()) {
      Object client = classes.client(PKG + ".RawClient", server.baseUrl());
      Object raw = invoke(invoke(client, "things"), "withRawResponse2");
      RawResponse<?> deleted = (RawResponse<?>) invoke(raw, "deleteThing", "t1");
      assertEquals(204, deleted.status());
      assertEquals("3", deleted.header("x-quota").orElseThrow());
      assertNull(deleted.body());

      Object options = dev.typewire.runtime.RequestOptions.none();
      CompletableFuture<?> future =
          (CompletableFuture<?>) invoke(raw, "getThingAsync", "t1", options);
      RawResponse<?> thing = (RawResponse<?>) future.get(10, TimeUnit.SECONDS);
      assertEquals(200, thing.status());
      assertEquals("n", invoke(thing.body(), "name"));
      assertEquals("DELETE", server.requests().get(0).method());
    }
  }

  @Test
  void anOperationNamedLikeTheAccessorKeepsItsNameAndTheAccessorMoves() throws Exception {
    try (LoopbackServer server = server()) {
      Object client = classes.client(PKG + ".RawClient", server.baseUrl());
      Object things = invoke(client, "things");
      Object plain = invoke(things, "withRawResponse");
      assertEquals("n", invoke(plain, "name"));
      Object raw = invoke(invoke(things, "withRawResponse2"), "withRawResponse");
      assertEquals(200, ((RawResponse<?>) raw).status());
    }
  }
}
