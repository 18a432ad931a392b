package dev.typewire.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback server that implements the description: it finds the endpoint each request is for,
 * validates the request ({@link RequestValidator}) and answers with what its {@link Responder}
 * decides; by default the documented success response, built from the description's example or
 * synthesized from its schema. What it received and sent is recorded for the caller, one exchange
 * per request. {@code typewire check} and the fake both run on it.
 */
public final class ValidatingServer implements AutoCloseable {

  /** One request and the answer: the endpoint it reached (null when none), problems, body sent. */
  public record Exchange(Endpoint endpoint, List<String> problems, JsonNode sentBody) {}

  /** Decides the answer to a request once it has been matched and validated. */
  @FunctionalInterface
  public interface Responder {
    /**
     * The answer to {@code request}.
     *
     * @param endpoint the endpoint the request is for, or null when none fits
     * @param checked the request's problems and decoded parameters (empty when no endpoint fits)
     */
    Reply answer(Endpoint endpoint, ReceivedRequest request, RequestValidator.Checked checked);
  }

  private final HttpServer server;
  private final ExecutorService threads;
  private final List<Endpoint> endpoints;
  private final RequestValidator validator;
  private final Responder responder;
  private final String basePath;
  private final List<Exchange> exchanges = new ArrayList<>();
  private final Object answering = new Object();
  private volatile Endpoint expected;

  /** The server of {@code typewire check}: every request answered with the documented success. */
  public ValidatingServer(
      ApiDescription description, SchemaValidator schemas, ResponseBodies bodies)
      throws IOException {
    this(description, schemas, "", successResponder(bodies));
  }

  /**
   * A server whose answers {@code responder} decides.
   *
   * @param basePath the path of the description's server (such as {@code /v1}), which requests
   *     carry before the operation's path; empty for none
   */
  public ValidatingServer(
      ApiDescription description, SchemaValidator schemas, String basePath, Responder responder)
      throws IOException {
    this.endpoints = new ArrayList<>(Endpoint.all(description));
    this.endpoints.sort(Comparator.comparingInt(Endpoint::literalLength).reversed());
    this.validator = new RequestValidator(description, schemas);
    this.responder = responder;
    this.basePath = basePath;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    // Several threads, so that a delayed answer does not hold up the requests behind it.
    this.threads =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "typewire-validating-server");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  private static Responder successResponder(ResponseBodies bodies) {
    return (endpoint, request, checked) -> {
      if (endpoint == null) {
        return Reply.empty(404);
      }
      SuccessResponse response = bodies.response(endpoint);
      JsonNode sent = response.mediaType() == null ? null : bodies.body(endpoint, response);
      return Reply.of(response, sent);
    };
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /**
   * The endpoint the next requests are meant for: where several fit a request (path keys that
   * differ only in a fragment), it is the one validated against.
   */
  public void expect(Endpoint endpoint) {
    this.expected = endpoint;
  }

  /** The exchanges since the last call, which forgets them. */
  public synchronized List<Exchange> drain() {
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
      String rawPath = http.getRequestURI().getRawPath();
      String path =
          !basePath.isEmpty() && rawPath.startsWith(basePath)
              ? rawPath.substring(basePath.length())
              : rawPath;
      ReceivedRequest request =
          new ReceivedRequest(
              http.getRequestMethod(), path, http.getRequestURI().getRawQuery(), headers, body);
      Reply reply;
      // One request at a time through validation and answering: the schema cache and the
      // synthesizer are not thread-safe. Only waiting and sending run in parallel.
      synchronized (answering) {
        Endpoint endpoint = find(request);
        RequestValidator.Checked checked =
            endpoint == null ? RequestValidator.Checked.none() : validator.check(endpoint, request);
        reply = responder.answer(endpoint, request, checked);
        record(new Exchange(endpoint, checked.problems(), reply.sentBody()));
      }
      send(http, reply);
    } catch (RuntimeException e) {
      record(new Exchange(null, List.of("server: " + e), null));
      throw e;
    }
  }

  private static void send(HttpExchange http, Reply reply) throws IOException {
    if (!reply.delay().isZero()) {
      try {
        Thread.sleep(reply.delay().toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    if (reply.dropConnection()) {
      // Closing an exchange before its headers are sent closes the connection: the client sees
      // the connection end without a response.
      return;
    }
    reply.headers().forEach((name, value) -> http.getResponseHeaders().set(name, value));
    byte[] bytes = reply.bytes();
    if (bytes == null) {
      http.sendResponseHeaders(reply.status(), -1);
      return;
    }
    http.sendResponseHeaders(reply.status(), bytes.length);
    try (OutputStream out = http.getResponseBody()) {
      out.write(bytes);
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

  /** The endpoint with this operation id, or null. */
  public Endpoint endpoint(String operationId) {
    for (Endpoint endpoint : endpoints) {
      if (endpoint.operationId().equals(operationId)) {
        return endpoint;
      }
    }
    return null;
  }

  /** Every endpoint of the description, literal paths first. */
  public List<Endpoint> endpoints() {
    return List.copyOf(endpoints);
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
