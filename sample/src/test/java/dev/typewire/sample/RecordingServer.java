package dev.typewire.sample;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback server that records each request exactly as it arrived (request target, headers, body)
 * and answers with canned replies, so tests see what the generated client really puts on the wire.
 * Replies queued with {@link #reply} are used once each, in order; then {@code 200 {}}.
 */
final class RecordingServer implements AutoCloseable {

  /** A request as received; header names lower-cased, every value kept. */
  record Recorded(String method, String target, Map<String, List<String>> headers, String body) {

    String header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null || values.isEmpty() ? null : values.get(0);
    }

    List<String> headerValues(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }
  }

  record Canned(int status, String body, Map<String, String> headers) {}

  private final HttpServer server;
  private final List<Recorded> requests = new CopyOnWriteArrayList<>();
  private final Queue<Canned> replies = new ConcurrentLinkedQueue<>();

  private RecordingServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  static RecordingServer start() throws IOException {
    return new RecordingServer();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  RecordingServer reply(int status, String body, Map<String, String> headers) {
    replies.add(new Canned(status, body, headers));
    return this;
  }

  List<Recorded> requests() {
    return List.copyOf(requests);
  }

  Recorded only() {
    if (requests.size() != 1) {
      throw new AssertionError("expected exactly one request, got " + requests);
    }
    return requests.get(0);
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      Map<String, List<String>> headers = new TreeMap<>();
      exchange
          .getRequestHeaders()
          .forEach(
              (name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      // The raw target, before any decoding: exactly the bytes of the request line.
      String target = exchange.getRequestURI().toString();
      requests.add(new Recorded(exchange.getRequestMethod(), target, Map.copyOf(headers), body));
      Canned canned = replies.poll();
      if (canned == null) {
        canned = new Canned(200, "{}", Map.of());
      }
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      canned.headers().forEach(exchange.getResponseHeaders()::set);
      byte[] bytes = canned.body().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(canned.status(), bytes.length == 0 ? -1 : bytes.length);
      exchange.getResponseBody().write(bytes);
    } finally {
      exchange.close();
    }
  }
}
