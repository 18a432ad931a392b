package dev.typewire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The success response an endpoint documents, as the generated client decodes it: the first 2xx
 * (else {@code default}), its first media type, and the pointer of that media type's schema.
 *
 * @param mediaType null when the response has no body
 * @param schemaPointer null when the body has no schema
 */
record SuccessResponse(int status, String mediaType, String schemaPointer, JsonNode mediaNode) {

  static SuccessResponse of(Description description, Endpoint endpoint) {
    JsonNode responses = endpoint.operation().path("responses");
    String chosen = null;
    Iterator<String> codes = responses.fieldNames();
    while (codes.hasNext()) {
      String code = codes.next();
      if (code.startsWith("2") && (chosen == null || code.compareTo(chosen) < 0)) {
        chosen = code;
      }
    }
    if (chosen == null && responses.has("default")) {
      chosen = "default";
    }
    if (chosen == null) {
      return new SuccessResponse(204, null, null, null);
    }
    int status = chosen.matches("2\\d\\d") ? Integer.parseInt(chosen) : 200;
    Endpoint.Located response =
        Endpoint.locate(
            description,
            responses.get(chosen),
            endpoint.pointer() + "/responses/" + Description.token(chosen));
    Iterator<Map.Entry<String, JsonNode>> media = response.node().path("content").fields();
    if (!media.hasNext()) {
      return new SuccessResponse(status == 200 ? 200 : status, null, null, null);
    }
    Map.Entry<String, JsonNode> first = media.next();
    String pointer =
        response.pointer() + "/content/" + Description.token(first.getKey()) + "/schema";
    return new SuccessResponse(
        status, first.getKey(), first.getValue().has("schema") ? pointer : null, first.getValue());
  }

  boolean isJson() {
    return mediaType != null && (mediaType.endsWith("/json") || mediaType.endsWith("+json"));
  }

  /** The media type's own example: {@code example}, else the first of {@code examples}. */
  JsonNode example(Description description) {
    if (mediaNode == null) {
      return null;
    }
    if (mediaNode.has("example")) {
      return mediaNode.get("example");
    }
    Iterator<JsonNode> examples = mediaNode.path("examples").elements();
    return examples.hasNext() ? description.resolve(examples.next()).get("value") : null;
  }
}
