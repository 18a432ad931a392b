package dev.typewire.sample.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Periskope-compatible server on loopback, so the sample and its tests exercise the generated
 * client over real HTTP without an account. It answers like Periskope does: bearer check, offset
 * and limit paging with the documented 422s, error bodies with {@code code}/{@code message}/{@code
 * status}, and an {@code x-periskope-trace-id} header on every response.
 *
 * <p>Routes (under {@code /v1}): {@code GET /chats}, {@code GET /chats/{chat_id}}, {@code GET
 * /chats/{chat_id}/messages}, {@code POST /message/send}, {@code GET /queue}.
 */
public final class EmbeddedPeriskopeServer implements AutoCloseable {

  static final String TRACE_ID_HEADER = "x-periskope-trace-id";

  /** Request bodies are small JSON; anything bigger is refused rather than buffered. */
  private static final int MAX_BODY_BYTES = 1 << 20;

  private final HttpServer server;
  private final ExecutorService executor;
  private final byte[] expectedAuthorization;
  private final ChatStore chats;
  private final MessageQueue queue = new MessageQueue();
  private final Queue<Reply> faults = new ConcurrentLinkedQueue<>();
  private final AtomicInteger requests = new AtomicInteger();
  private volatile int pageCap = Paging.MAX_LIMIT;
  private volatile boolean chatListingDeprecated;
  private volatile boolean chatListingDrifted;

  private EmbeddedPeriskopeServer(String bearerToken, ChatStore chats) throws IOException {
    this.expectedAuthorization = ("Bearer " + bearerToken).getBytes(StandardCharsets.UTF_8);
    this.chats = chats;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    // A few threads so concurrent (async) clients are really served concurrently.
    this.executor =
        Executors.newFixedThreadPool(
            4,
            runnable -> {
              Thread thread = new Thread(runnable, "embedded-periskope");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /**
   * Starts a server on a free loopback port, serving Periskope's published example chats.
   *
   * @param bearerToken the only token it accepts
   * @return the running server
   * @throws IOException if no port can be bound
   */
  public static EmbeddedPeriskopeServer start(String bearerToken) throws IOException {
    Objects.requireNonNull(bearerToken, "bearerToken");
    return new EmbeddedPeriskopeServer(bearerToken, ChatStore.publishedExample());
  }

  /**
   * Returns the base URL, like {@code https://api.periskope.app/v1}: {@code
   * http://127.0.0.1:<port>/v1}.
   */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  /**
   * Makes the next request that has not yet been answered fail once, before authentication, the way
   * a rate limiter or load balancer in front of the API would. Calls queue up: {@code
   * failFirst(429); failFirst(503)} fails two requests in that order.
   *
   * @param status 429 (Periskope's rate-limit body, {@code Retry-After: 0} so demos stay fast), 500
   *     (Periskope's JSON), or 502/503/504 (an HTML page, as a proxy sends)
   */
  public void failFirst(int status) {
    faults.add(fault(status));
  }

  /**
   * Makes list pages hold at most {@code most} items whatever {@code limit} asks, as servers that
   * cap their page size do (Periskope's own docs disagree on its cap: 2000 or 1000).
   *
   * @param most the largest page served, at least 1
   */
  public void capPagesAt(int most) {
    if (most < 1) {
      throw new IllegalArgumentException("most must be at least 1: " + most);
    }
    pageCap = most;
  }

  /**
   * Marks {@code GET /chats} deprecated from now on, the way an API announces a retirement: every
   * answer to it carries {@code Deprecation: @1767225600} (RFC 9745, 2026-01-01) and {@code Sunset:
   * Thu, 01 Jul 2027 00:00:00 GMT} (RFC 8594).
   */
  public void deprecateChatListing() {
    chatListingDeprecated = true;
  }

  /**
   * Makes {@code GET /chats} run ahead of the description from now on, the way a live API does: the
   * first chat's {@code chat_type} is {@code "community"}, which the schema does not list, and
   * every chat carries {@code archived_reason} and {@code sla_tier}, which the schema lacks.
   */
  public void driftChatListing() {
    chatListingDrifted = true;
  }

  /** Returns how many requests arrived, faults and rejected ones included. */
  public int requestCount() {
    return requests.get();
  }

  /** Returns the chat ids and texts of the messages sent so far, in order. */
  public List<String> sentMessages() {
    List<String> sent = new ArrayList<>();
    for (MessageQueue.Queued queued : queue.pending()) {
      sent.add(queued.chatId() + ": " + queued.text());
    }
    return sent;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private static Reply fault(int status) {
    return switch (status) {
      case 429 -> ErrorReply.rateLimited().reply().withHeader("Retry-After", "0");
      case 500 -> ErrorReply.internal().reply();
      case 502, 503, 504 ->
          Reply.html(
              status,
              "<html><head><title>"
                  + status
                  + "</title></head><body><h1>"
                  + status
                  + " Service Temporarily Unavailable</h1></body></html>\n");
      default -> throw new IllegalArgumentException("unsupported fault status: " + status);
    };
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      requests.incrementAndGet();
      Reply reply;
      try {
        reply = answer(exchange);
      } catch (ErrorReply error) {
        reply = error.reply();
      } catch (RuntimeException bug) {
        // Answer like Periskope's 500 rather than dropping the connection.
        reply = ErrorReply.internal().reply();
      }
      write(exchange, reply);
    } finally {
      exchange.close();
    }
  }

  private Reply answer(HttpExchange exchange) throws IOException {
    byte[] body = readBody(exchange);
    Reply fault = faults.poll();
    if (fault != null) {
      return fault;
    }
    authorize(exchange.getRequestHeaders().getFirst("Authorization"));
    String method = exchange.getRequestMethod();
    List<String> path = segments(exchange.getRequestURI().getRawPath());
    Query query = Query.parse(exchange.getRequestURI().getRawQuery());
    // Only the routes the sample's schema declares; everything else is Periskope's 404.
    boolean chats = !path.isEmpty() && path.get(0).equals("chats") && method.equals("GET");
    if (chats && path.size() == 1) {
      return listChats(query);
    }
    if (chats && path.size() == 2) {
      return Reply.json(200, chat(path.get(1)));
    }
    if (chats && path.size() == 3 && path.get(2).equals("messages")) {
      return chatMessages(path.get(1), query);
    }
    if (path.equals(List.of("message", "send")) && method.equals("POST")) {
      return sendMessage(body);
    }
    if (path.equals(List.of("queue")) && method.equals("GET")) {
      return Reply.json(200, queue.status());
    }
    throw ErrorReply.notFound("Cannot " + method + " " + exchange.getRequestURI().getRawPath());
  }

  /** Compared in constant time: a timing difference must not reveal a prefix of the token. */
  private void authorize(String authorization) {
    byte[] given =
        authorization == null ? new byte[0] : authorization.getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, expectedAuthorization)) {
      throw ErrorReply.unauthorized();
    }
  }

  private Reply listChats(Query query) {
    Paging paging = Paging.from(query).cappedAt(pageCap);
    List<ObjectNode> matching =
        chats.filter(query.first("chat_type").orElse(null), query.first("label").orElse(null));
    // start_time/end_time are accepted but not applied: the example has too few dates to matter.
    if (chatListingDrifted) {
      matching = drifted(matching);
    }
    Reply reply = Reply.json(200, paging.envelope("chats", matching));
    return chatListingDeprecated
        ? reply
            .withHeader("Deprecation", "@1767225600")
            .withHeader("Sunset", "Thu, 01 Jul 2027 00:00:00 GMT")
        : reply;
  }

  private static List<ObjectNode> drifted(List<ObjectNode> chats) {
    List<ObjectNode> drifted = new ArrayList<>();
    for (ObjectNode chat : chats) {
      ObjectNode copy = chat.deepCopy();
      if (drifted.isEmpty()) {
        copy.put("chat_type", "community");
      }
      copy.put("archived_reason", "none");
      copy.put("sla_tier", 2);
      drifted.add(copy);
    }
    return drifted;
  }

  private ObjectNode chat(String chatId) {
    return chats.find(chatId).orElseThrow(() -> ErrorReply.notFound("Chat not found"));
  }

  /**
   * The example holds only each chat's latest message, so that is the chat's whole history here.
   */
  private Reply chatMessages(String chatId, Query query) {
    ObjectNode chat = chat(chatId);
    Paging paging = Paging.from(query).cappedAt(pageCap);
    JsonNode latest = chat.path("latest_message");
    List<JsonNode> messages = latest.isObject() ? List.of(latest) : List.of();
    return Reply.json(200, paging.envelope("messages", messages));
  }

  private Reply sendMessage(byte[] body) {
    // A missing, oversized or malformed body is reported like an empty one: chat_id is required.
    JsonNode request = ServerJson.object();
    if (body != null && body.length > 0) {
      try {
        request = ServerJson.read(body);
      } catch (IOException notJson) {
        // Keep the empty object.
      }
    }
    JsonNode chatId = request.path("chat_id");
    if (!chatId.isTextual() || chatId.asText().isBlank()) {
      throw ErrorReply.missingBodyField("chat_id");
    }
    String text = request.path("message").isTextual() ? request.path("message").asText() : null;
    return Reply.json(200, queue.enqueue(chatId.asText(), text));
  }

  /**
   * Splits the path after {@code /v1} into decoded segments; chat ids contain '@' and may be
   * encoded.
   */
  private static List<String> segments(String rawPath) {
    if (!rawPath.startsWith("/v1/")) {
      return List.of();
    }
    List<String> segments = new ArrayList<>();
    for (String raw : rawPath.substring("/v1/".length()).split("/", -1)) {
      segments.add(Query.decodePathSegment(raw));
    }
    return segments;
  }

  /** Returns the request body, or null when it is too big to be a request this API accepts. */
  private static byte[] readBody(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
      return body.length > MAX_BODY_BYTES ? null : body;
    }
  }

  private static void write(HttpExchange exchange, Reply reply) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", reply.contentType());
    exchange.getResponseHeaders().set(TRACE_ID_HEADER, UUID.randomUUID().toString());
    for (Map.Entry<String, String> header : reply.headers().entrySet()) {
      exchange.getResponseHeaders().set(header.getKey(), header.getValue());
    }
    byte[] body = reply.body();
    exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
    exchange.getResponseBody().write(body);
  }
}
