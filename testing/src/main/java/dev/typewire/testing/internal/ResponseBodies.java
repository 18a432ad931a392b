package dev.typewire.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/**
 * The body the validating server answers for each endpoint: the description's example when it is
 * valid, else a value synthesized from the response schema. Made once per endpoint and kept while
 * that endpoint is checked (its sync and async calls get the same body); only the latest is kept,
 * since synthesized bodies of large descriptions (Box's, tens of thousands of nodes each) would
 * otherwise fill the heap over a run.
 */
public final class ResponseBodies {

  private final ApiDescription description;
  private final ValueSynthesizer values;
  private final Map<String, SuccessResponse> responses = new HashMap<>();
  private String bodyPointer;
  private JsonNode body;

  public ResponseBodies(ApiDescription description, ValueSynthesizer values) {
    this.description = description;
    this.values = values;
  }

  public synchronized SuccessResponse response(Endpoint endpoint) {
    return responses.computeIfAbsent(
        endpoint.pointer(), p -> SuccessResponse.of(description, endpoint));
  }

  public synchronized JsonNode body(Endpoint endpoint, SuccessResponse response) {
    if (!endpoint.pointer().equals(bodyPointer)) {
      body =
          response.schemaPointer() == null
              ? com.fasterxml.jackson.databind.node.TextNode.valueOf("")
              : values.valueFor(response.schemaPointer(), response.example(description));
      bodyPointer = endpoint.pointer();
    }
    return body;
  }
}
