package dev.typewire.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.typewire.testing.RecordedCall;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How the fake answers each request: a request the real API would reject gets a 400 naming what is
 * wrong (and becomes a violation); otherwise the operation's stubbed answer, its items page by
 * page, its stored resource when the fake keeps state, or its default answer from the description.
 * Every request is recorded. The validating server calls it one request at a time.
 */
public final class FakeResponder implements ValidatingServer.Responder {

  /** The error code of the fake's own 400 and 404 answers, so a test can tell them apart. */
  public static final String REJECTED = "TYPEWIRE_FAKE_REJECTED";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Made on first use: creating a JVM's first mapper is a large share of a fake's start. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  private final ApiDescription description;
  private final ValueSynthesizer values;
  private final CredentialHeaders credentials;
  private final Map<String, StubState> stubs = new ConcurrentHashMap<>();
  private final Map<String, JsonNode> defaults = new HashMap<>();
  private final List<RecordedCall> calls = new ArrayList<>();
  private final List<String> violations = new ArrayList<>();
  private final Resources resources;
  private int seenViolations;

  /**
   * @param stateful whether created resources are kept and read back ({@link Resources})
   */
  public FakeResponder(
      ApiDescription description,
      ValueSynthesizer values,
      List<Endpoint> endpoints,
      boolean stateful) {
    this.description = description;
    this.values = values;
    this.credentials = new CredentialHeaders(description);
    this.resources = stateful ? new Resources(description, endpoints, this::defaultBody) : null;
  }

  /** The state the stub of {@code operationId} writes to. */
  public StubState stub(String operationId) {
    return stubs.computeIfAbsent(operationId, StubState::new);
  }

  @Override
  public Reply answer(
      Endpoint endpoint, ReceivedRequest request, RequestValidator.Checked checked) {
    RecordedCall call =
        new RecordedCall(
            endpoint == null ? "" : endpoint.operationId(),
            request.method(),
            request.path(),
            checked.parameters(),
            credentials.redacted(request.headers()),
            body(request));
    synchronized (this) {
      calls.add(call);
    }
    if (endpoint == null) {
      return rejected(
          404,
          "no operation of the description answers " + request.method() + " " + request.path());
    }
    if (!checked.problems().isEmpty()) {
      return rejected(
          400,
          (endpoint.operationId().isEmpty() ? "" : endpoint.operationId() + " ")
              + "("
              + endpoint.method()
              + " "
              + endpoint.path()
              + ") was called as the API would refuse it: "
              + String.join("; ", checked.problems()));
    }
    StubState stub = stubs.get(endpoint.operationId());
    Answer answer = stub == null ? null : stub.next(call);
    if (answer != null && answer.kind() != Answer.Kind.DEFAULT) {
      return reply(endpoint, answer).delayed(answer.delay());
    }
    Reply unstubbed = unstubbed(endpoint, stub, call);
    return answer == null ? unstubbed : unstubbed.delayed(answer.delay());
  }

  private Reply unstubbed(Endpoint endpoint, StubState stub, RecordedCall call) {
    SuccessResponse response = SuccessResponse.of(description, endpoint);
    List<JsonNode> items = stub == null ? null : stub.items();
    if (items != null) {
      Pager pager = Pager.of(description, endpoint);
      return Reply.of(
          response,
          pager.page(defaultBody(endpoint), call.parameters(), items, stub.maxPageSize()));
    }
    if (resources != null) {
      Reply stored = resources.answer(endpoint, call, defaultBody(endpoint));
      if (stored != null) {
        return stored;
      }
    }
    return Reply.of(response, defaultBody(endpoint));
  }

  private Reply reply(Endpoint endpoint, Answer answer) {
    return switch (answer.kind()) {
      case DROP -> Reply.dropped();
      case RATE_LIMITED ->
          documented(endpoint, 429, null)
              .withHeader(
                  "Retry-After", String.valueOf((answer.retryAfter().toMillis() + 999) / 1000));
      case SERVER_ERROR -> documented(endpoint, 500, null);
      case BODY ->
          answer.status() == 0
              ? Reply.of(SuccessResponse.of(description, endpoint), answer.body())
              : documented(endpoint, answer.status(), answer.body());
      case DEFAULT -> throw new IllegalStateException("the default answer is not a stubbed one");
    };
  }

  /**
   * An answer with {@code status}, in the media type the description declares for it, with {@code
   * body}, else the description's example (or a synthesized value) for that response.
   */
  private Reply documented(Endpoint endpoint, int status, JsonNode body) {
    SuccessResponse response = SuccessResponse.declaredFor(description, endpoint, status);
    if (response == null || response.mediaType() == null) {
      if (body != null) {
        return Reply.json(status, body);
      }
      ObjectNode generic = NODES.objectNode();
      generic.put("message", "status " + status + " from the typewire fake");
      return Reply.json(status, generic);
    }
    JsonNode sent = body;
    if (sent == null) {
      sent =
          response.schemaPointer() == null
              ? NODES.textNode("")
              : values.valueFor(response.schemaPointer(), response.example(description));
    }
    return Reply.of(status, response, sent);
  }

  /** The operation's success body from the description, made once per operation. */
  private synchronized JsonNode defaultBody(Endpoint endpoint) {
    return defaults.computeIfAbsent(
        endpoint.pointer(),
        p -> {
          SuccessResponse response = SuccessResponse.of(description, endpoint);
          if (response.mediaType() == null) {
            return null;
          }
          return response.schemaPointer() == null
              ? NODES.textNode("")
              : values.valueFor(response.schemaPointer(), response.example(description));
        });
  }

  private Reply rejected(int status, String message) {
    synchronized (this) {
      violations.add(message);
    }
    ObjectNode body = NODES.objectNode();
    body.put("code", REJECTED);
    body.put("message", message);
    return Reply.json(status, body);
  }

  private static JsonNode body(ReceivedRequest request) {
    if (request.body().length == 0) {
      return null;
    }
    String text = new String(request.body(), StandardCharsets.UTF_8);
    String contentType = request.header("content-type");
    if (contentType != null && MediaTypes.isJson(MediaTypes.base(contentType))) {
      try {
        return Json.MAPPER.readTree(text);
      } catch (IOException e) {
        return NODES.textNode(text);
      }
    }
    return NODES.textNode(text);
  }

  public synchronized List<RecordedCall> calls() {
    return List.copyOf(calls);
  }

  /** Every violation so far; they count as seen from now on. */
  public synchronized List<String> violations() {
    seenViolations = violations.size();
    return List.copyOf(violations);
  }

  /** The violations no one has looked at with {@link #violations()}. */
  public synchronized List<String> unseenViolations() {
    return List.copyOf(violations.subList(seenViolations, violations.size()));
  }

  /** Forgets the stubs' answers and the recorded calls; violations stay, to fail the test. */
  public void reset() {
    stubs.values().forEach(StubState::reset);
    synchronized (this) {
      calls.clear();
    }
    // Outside this object's lock: a request holds the resources' lock while it asks for a default.
    if (resources != null) {
      resources.clear();
    }
  }
}
