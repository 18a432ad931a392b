package dev.typewire.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.typewire.runtime.JsonCodec;
import dev.typewire.testing.internal.ApiDescription;
import dev.typewire.testing.internal.Endpoint;
import dev.typewire.testing.internal.FakeResponder;
import dev.typewire.testing.internal.Pager;
import dev.typewire.testing.internal.SchemaValidator;
import dev.typewire.testing.internal.StubBodies;
import dev.typewire.testing.internal.ValidatingServer;
import dev.typewire.testing.internal.ValueSynthesizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * An in-process fake of an API, made from its OpenAPI description: a real HTTP server on the
 * loopback interface (127.0.0.1, a free port) that a client under test calls as it would call the
 * API, so its whole stack runs (encoding, retries, paging, error mapping).
 *
 * <p>Without any setup every operation answers with the description's example of its success
 * response, or a value synthesized from its schema. {@link #operation(String)} stubs an operation:
 * bodies, errors, faults, pages. Every request is validated against the description; one the real
 * API would reject gets a 400 whose message names the operation, the JSON pointer and what was
 * wrong, is listed by {@link #violations()}, and makes {@link #close()} fail the test unless the
 * test looked at it.
 *
 * <pre>{@code
 * try (FakeServer fake = FakeServer.start("periskope/openapi.json")) {
 *   fake.operation("getChatById").fails(404, Map.of("message", "no such chat"));
 *   PeriskopeClient client = PeriskopeClient.builder().baseUrl(fake.baseUrl()).build();
 *   ...
 *   assertEquals(1, fake.operation("getChatById").calls().size());
 * }
 * }</pre>
 *
 * <p>Descriptions are read with Jackson, JSON or YAML; {@code $ref}s to other files are not
 * followed yet, and a description with any is refused at start by name.
 */
public final class FakeServer implements AutoCloseable {

  private final ApiDescription description;
  private final ValidatingServer server;
  private final FakeResponder responder;
  private final StubBodies bodies;
  private final URI baseUrl;
  private final Map<String, Stub> stubs = new ConcurrentHashMap<>();
  private boolean closed;

  private FakeServer(ApiDescription description, Supplier<ObjectMapper> mapper, boolean stateful) {
    this.description = description;
    // Schemas are compiled when first used, not here: the fake starts in milliseconds even for
    // large descriptions.
    SchemaValidator schemas = new SchemaValidator(description);
    ValueSynthesizer values = new ValueSynthesizer(description, schemas);
    this.bodies = new StubBodies(description, schemas, mapper);
    List<Endpoint> endpoints = Endpoint.all(description);
    this.responder = new FakeResponder(description, values, endpoints, stateful);
    String basePath = basePath(description.root());
    try {
      this.server = new ValidatingServer(description, schemas, basePath, responder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open a loopback port for the fake", e);
    }
    this.baseUrl = URI.create(server.baseUrl() + basePath);
  }

  /**
   * Starts a fake of the description at {@code descriptionResource}, with default settings.
   *
   * @param descriptionResource a class path resource: the same string as the client's
   *     {@code @GenerateClient(schema = ...)}
   * @return the running fake
   * @throws IllegalArgumentException when the resource is absent or is not a description
   */
  public static FakeServer start(String descriptionResource) {
    return builder(descriptionResource).start();
  }

  /**
   * Returns a builder for a fake with other settings.
   *
   * @param descriptionResource a class path resource, as for {@link #start(String)}
   * @return the builder
   */
  public static Builder builder(String descriptionResource) {
    return new Builder(descriptionResource);
  }

  /** Settings of a fake: state, mapper, class loader. */
  public static final class Builder {
    private final String resource;
    private boolean stateful;
    private ObjectMapper mapper;
    private ClassLoader classLoader;

    private Builder(String resource) {
      this.resource = resource;
    }

    /**
     * Keeps what is created: {@code POST /x} stores, {@code GET /x/{id}} reads back, {@code PATCH}
     * merges, {@code DELETE} removes. Off by default, when every call answers independently.
     *
     * @param stateful whether the fake keeps state
     * @return this builder
     */
    public Builder stateful(boolean stateful) {
      this.stateful = stateful;
      return this;
    }

    /**
     * Sets the mapper that serializes stubbed bodies; {@link JsonCodec#newObjectMapper()} by
     * default, the generated client's own.
     *
     * @param mapper the mapper
     * @return this builder
     */
    public Builder mapper(ObjectMapper mapper) {
      this.mapper = mapper;
      return this;
    }

    /**
     * Sets where the description is looked up; the thread's context class loader by default.
     *
     * @param classLoader the class loader
     * @return this builder
     */
    public Builder classLoader(ClassLoader classLoader) {
      this.classLoader = classLoader;
      return this;
    }

    /**
     * Reads the description and starts the server.
     *
     * @return the running fake
     */
    public FakeServer start() {
      ClassLoader loader = classLoader;
      if (loader == null) {
        loader = Thread.currentThread().getContextClassLoader();
      }
      if (loader == null) {
        loader = FakeServer.class.getClassLoader();
      }
      ObjectMapper given = mapper;
      // A lambda, not a method reference: the reference would load JsonCodec (and build its
      // module) at start, for a mapper only the first stub needs.
      return new FakeServer(
          ApiDescription.fromClassPath(resource, loader),
          given == null ? () -> JsonCodec.newObjectMapper() : () -> given,
          stateful);
    }
  }

  /** The path of the description's first server ({@code /v1}), variables at their defaults. */
  private static String basePath(JsonNode root) {
    JsonNode server = root.path("servers").path(0);
    String url = server.path("url").asText("");
    for (Map.Entry<String, JsonNode> variable : server.path("variables").properties()) {
      url =
          url.replace("{" + variable.getKey() + "}", variable.getValue().path("default").asText());
    }
    String path;
    try {
      path = url.contains("://") ? URI.create(url).getRawPath() : url;
    } catch (IllegalArgumentException e) {
      path = "";
    }
    path = path == null ? "" : path;
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  /**
   * Returns where the fake listens, for the client's base URL.
   *
   * @return {@code http://127.0.0.1:<port>} and the path of the description's first server
   */
  public URI baseUrl() {
    return baseUrl;
  }

  /**
   * Returns the stub of an operation, the same object each time.
   *
   * @param operationId the operation's {@code operationId} in the description
   * @return its stub
   * @throws IllegalArgumentException naming the known operation ids when there is no such one
   */
  public Stub operation(String operationId) {
    return stubs.computeIfAbsent(operationId, this::newStub);
  }

  private Stub newStub(String operationId) {
    Endpoint endpoint = server.endpoint(operationId);
    if (endpoint == null || operationId.isEmpty()) {
      TreeSet<String> known = new TreeSet<>();
      server.endpoints().forEach(e -> known.add(e.operationId()));
      known.remove("");
      throw new IllegalArgumentException(
          "no operation '" + operationId + "' in the description; it has " + known);
    }
    Pager pager = Pager.of(description, endpoint);
    return new Stub(
        responder.stub(operationId),
        endpoint,
        bodies,
        pager == null ? null : pager.itemsPointer(),
        responder::calls);
  }

  /**
   * Returns every request received, in order, including rejected ones.
   *
   * @return the calls since the start or the last {@link #reset()}
   */
  public List<RecordedCall> calls() {
    return responder.calls();
  }

  /**
   * Returns the requests the real API would reject, one message each (operation, pointer, what was
   * wrong). Once returned here, they no longer fail {@link #close()}.
   *
   * @return every violation since the start
   */
  public List<String> violations() {
    return responder.violations();
  }

  /** Forgets every stub's answers, items and page cap, the recorded calls and any state. */
  public void reset() {
    responder.reset();
  }

  /**
   * Stops the server.
   *
   * @throws AssertionError listing the violations no one looked at with {@link #violations()}
   */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    server.close();
    List<String> unseen = responder.unseenViolations();
    if (!unseen.isEmpty()) {
      throw new AssertionError(
          "the fake received "
              + unseen.size()
              + " request(s) the API would reject:\n  "
              + String.join("\n  ", unseen));
    }
  }
}
