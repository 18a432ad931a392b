package dev.typewire.processor;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A real HTTP server on 127.0.0.1 for calling generated clients: it records every request and
 * answers with the JSON a test chooses, or 204 without a body, or as a {@link Responder} decides.
 */
final class LoopbackServer implements AutoCloseable {

  /** One request as it arrived; {@code bytes} is the body undecoded (uploads are not text). */
  record Request(
      String method,
      String rawPath,
      String rawQuery,
      Map<String, List<String>> headers,
      String body,
      byte[] bytes) {
    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  /** Answers one request: status, headers and body. */
  @FunctionalInterface
  interface Responder {
    void respond(Request request, HttpExchange exchange) throws IOException;
  }

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  private LoopbackServer(Function<Request, String> jsonAnswer) {
    this((request, exchange) -> answerJson(exchange, jsonAnswer.apply(request)));
  }

  private LoopbackServer(Responder responder) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", exchange -> answer(exchange, responder));
    server.start();
  }

  /** A server answering every request with 204 No Content. */
  static LoopbackServer noContent() {
    return new LoopbackServer(request -> null);
  }

  /** A server answering with the JSON {@code jsonAnswer} gives, or 204 where it gives null. */
  static LoopbackServer answering(Function<Request, String> jsonAnswer) {
    return new LoopbackServer(jsonAnswer);
  }

  /** A server answering as {@code responder} decides. */
  static LoopbackServer responding(Responder responder) {
    return new LoopbackServer(responder);
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  /** The request received last; it is recorded before the answer is sent. */
  Request last() {
    if (requests.isEmpty()) {
      throw new AssertionError("no request received");
    }
    return requests.get(requests.size() - 1);
  }

  private void answer(HttpExchange exchange, Responder responder) throws IOException {
    byte[] bytes = exchange.getRequestBody().readAllBytes();
    Request request =
        new Request(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getRawPath(),
            exchange.getRequestURI().getRawQuery(),
            Map.copyOf(exchange.getRequestHeaders()),
            new String(bytes, StandardCharsets.UTF_8),
            bytes);
    requests.add(request);
    responder.respond(request, exchange);
    exchange.close();
  }

  private static void answerJson(HttpExchange exchange, String json) throws IOException {
    if (json == null) {
      exchange.sendResponseHeaders(204, -1);
    } else {
      byte[] body = json.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
