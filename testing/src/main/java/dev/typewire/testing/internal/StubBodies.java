package dev.typewire.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Turns what a test stubs into the JSON the fake sends, and refuses it when the description's
 * schema for that response does not admit it: a stub the real API could never send would make the
 * test prove nothing.
 */
public final class StubBodies {

  private final ApiDescription description;
  private final SchemaValidator schemas;
  private final Supplier<ObjectMapper> mapperSource;
  private ObjectMapper mapper;

  /**
   * @param mapper called once, at the first stub: a fake no test stubs never makes one
   */
  public StubBodies(
      ApiDescription description, SchemaValidator schemas, Supplier<ObjectMapper> mapper) {
    this.description = description;
    this.schemas = schemas;
    this.mapperSource = mapper;
  }

  private synchronized JsonNode tree(Object body) {
    if (body instanceof JsonNode node) {
      return node;
    }
    if (mapper == null) {
      mapper = mapperSource.get();
    }
    return mapper.valueToTree(body);
  }

  /**
   * The body as JSON, checked against the response the description declares for {@code status} (0:
   * the success response).
   *
   * @throws IllegalArgumentException when it does not fit
   */
  public JsonNode body(Endpoint endpoint, int status, Object body) {
    JsonNode tree = tree(body);
    SuccessResponse response =
        status == 0
            ? SuccessResponse.of(description, endpoint)
            : SuccessResponse.declaredFor(description, endpoint, status);
    if (response != null && response.schemaPointer() != null && response.isJson()) {
      refuseMisfits(endpoint, tree, response.schemaPointer());
    }
    return tree;
  }

  /** The items as JSON, each checked against the schema of the page's items when it is known. */
  public List<JsonNode> items(Endpoint endpoint, String itemsPointer, List<?> items) {
    List<JsonNode> trees = new ArrayList<>(items.size());
    for (Object item : items) {
      JsonNode tree = tree(item);
      if (itemsPointer != null && trees.isEmpty()) {
        // The first item only: validating ten thousand items of one type proves little more and
        // costs seconds; the typed layer already guarantees they share their shape.
        refuseMisfits(endpoint, tree, itemsPointer);
      }
      trees.add(tree);
    }
    return trees;
  }

  private void refuseMisfits(Endpoint endpoint, JsonNode tree, String pointer) {
    List<String> problems = schemas.problems(tree, pointer);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "stub for "
              + endpoint.describe()
              + " does not fit the description's schema "
              + pointer
              + ": "
              + String.join("; ", problems));
    }
  }
}
