package dev.typewire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A loopback server that implements the description: it finds the endpoint each request is for,
 * validates the request ({@link RequestValidator}) and answers with the documented success
 * response, built from the description's example or synthesized from its schema. What it received
 * and sent is recorded for the caller, one exchange per request.
 */
final class ValidatingServer implements AutoCloseable {

  /** One request and the answer: the endpoint it reached (null when none), problems, body sent. */
  record Exchange(Endpoint endpoint, List<String> problems, JsonNode sentBody) {}

  private final HttpServer server;
  private final List<Endpoint> endpoints;
  private final RequestValidator validator;
  private final ResponseBodies bodies;
  private final List<Exchange> exchanges = new ArrayList<>();
  private volatile Endpoint expected;

  ValidatingServer(Description description, SchemaValidator schemas, ResponseBodies bodies)
      throws IOException {
    this.endpoints = new ArrayList<>(Endpoint.all(description));
    this.endpoints.sort(Comparator.comparingInt(Endpoint::literalLength).reversed());
    this.validator = new RequestValidator(description, schemas);
    this.bodies = bodies;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /**
   * The endpoint the next requests are meant for: where several fit a request (path keys that
   * differ only in a fragment), it is the one validated against.
   */
  void expect(Endpoint endpoint) {
    this.expected = endpoint;
  }

  /** The exchanges since the last call, which forgets them. */
  synchronized List<Exchange> drain() {
    List<Exchange> drained = List.copyOf(exchanges);
    exchanges.clear();
    return drained;
  }

  private void handle(HttpExchange http) throws IOException {
    try (http) {
      byte[] body;
      try (InputStream in = http.getRequestBody()) {
        body = in.readAllBytes();
      }
      Map<String, List<String>> headers = new HashMap<>();
      http.getRequestHeaders()
          .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
      ReceivedRequest request =
          new ReceivedRequest(
              http.getRequestMethod(),
              http.getRequestURI().getRawPath(),
              http.getRequestURI().getRawQuery(),
              headers,
              body);
      Endpoint endpoint = find(request);
      if (endpoint == null) {
        record(new Exchange(null, List.of(), null));
        http.sendResponseHeaders(404, -1);
        return;
      }
      List<String> problems = validator.problems(endpoint, request);
      SuccessResponse response = bodies.response(endpoint);
      JsonNode sent = response.mediaType() == null ? null : bodies.body(endpoint, response);
      record(new Exchange(endpoint, problems, sent));
      if (sent == null) {
        http.sendResponseHeaders(response.status(), -1);
        return;
      }
      byte[] bytes =
          (response.isJson() ? sent.toString() : sent.asText()).getBytes(StandardCharsets.UTF_8);
      http.getResponseHeaders().set("Content-Type", response.mediaType());
      http.sendResponseHeaders(response.status(), bytes.length);
      try (OutputStream out = http.getResponseBody()) {
        out.write(bytes);
      }
    } catch (RuntimeException e) {
      record(new Exchange(null, List.of("server: " + e), null));
      throw e;
    }
  }

  private synchronized void record(Exchange exchange) {
    exchanges.add(exchange);
  }

  private Endpoint find(ReceivedRequest request) {
    Endpoint hint = expected;
    if (hint != null
        && hint.method().equals(request.method())
        && hint.match(request.path()) != null) {
      return hint;
    }
    for (Endpoint endpoint : endpoints) {
      if (endpoint.method().equals(request.method()) && endpoint.match(request.path()) != null) {
        return endpoint;
      }
    }
    return null;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
