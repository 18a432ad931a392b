package dev.typewire.runtime;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on 127.0.0.1 (the JDK's own), answering from a script: each request takes the
 * next scripted responder; the last one answers all further requests.
 */
final class TestServer implements AutoCloseable {

  /** Answers one exchange. */
  @FunctionalInterface
  interface Responder {
    void respond(HttpExchange exchange) throws Exception;
  }

  /**
   * What the server saw of one request.
   *
   * @param body the body as UTF-8 text
   * @param bytes the body as received, for binary uploads
   */
  // Test-only and never compared: array identity does not matter.
  @SuppressWarnings("ArrayRecordComponent")
  record Seen(
      String method, String rawUri, Map<String, List<String>> headers, String body, byte[] bytes) {
    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final ConcurrentLinkedDeque<Responder> script = new ConcurrentLinkedDeque<>();
  private final List<Seen> seen = new CopyOnWriteArrayList<>();

  TestServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  TestServer then(Responder responder) {
    script.addLast(responder);
    return this;
  }

  TestServer thenJson(int status, String json, String... headers) {
    return then(exchange -> send(exchange, status, "application/json", json, headers));
  }

  TestServer thenText(int status, String contentType, String text, String... headers) {
    return then(exchange -> send(exchange, status, contentType, text, headers));
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  List<Seen> requests() {
    return seen;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] bytes = exchange.getRequestBody().readAllBytes();
      seen.add(
          new Seen(
              exchange.getRequestMethod(),
              exchange.getRequestURI().toString(),
              Map.copyOf(exchange.getRequestHeaders()),
              new String(bytes, StandardCharsets.UTF_8),
              bytes));
      Responder responder = script.size() > 1 ? script.pollFirst() : script.peekFirst();
      if (responder == null) {
        send(exchange, 500, "text/plain", "no response scripted");
        return;
      }
      responder.respond(exchange);
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException(e);
    }
  }

  static void send(
      HttpExchange exchange, int status, String contentType, String body, String... headers)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    if (contentType != null) {
      exchange.getResponseHeaders().set("Content-Type", contentType);
    }
    for (int i = 0; i < headers.length; i += 2) {
      exchange.getResponseHeaders().add(headers[i], headers[i + 1]);
    }
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
