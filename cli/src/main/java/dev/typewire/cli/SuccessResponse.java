package dev.typewire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;

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
    String chosen = code(endpoint);
    if (chosen == null) {
      return new SuccessResponse(204, null, null, null);
    }
    int status = chosen.matches("2\\d\\d") ? Integer.parseInt(chosen) : 200;
    Endpoint.Located response =
        Endpoint.locate(
            description,
            responses.get(chosen),
            endpoint.pointer() + "/responses/" + Description.token(chosen));
    JsonNode content = response.node().path("content");
    String mediaType = MediaTypes.chosen(content);
    if (mediaType == null) {
      return new SuccessResponse(status, null, null, null);
    }
    JsonNode media = content.get(mediaType);
    String pointer = response.pointer() + "/content/" + Description.token(mediaType) + "/schema";
    return new SuccessResponse(status, mediaType, media.has("schema") ? pointer : null, media);
  }

  /**
   * The response code the generated client decodes as success: the lowest 2xx, else {@code
   * default}; null when there is neither.
   */
  static String code(Endpoint endpoint) {
    JsonNode responses = endpoint.operation().path("responses");
    String chosen = null;
    Iterator<String> codes = responses.fieldNames();
    while (codes.hasNext()) {
      String code = codes.next();
      if (code.startsWith("2") && (chosen == null || code.compareTo(chosen) < 0)) {
        chosen = code;
      }
    }
    return chosen == null && responses.has("default") ? "default" : chosen;
  }

  boolean isJson() {
    return mediaType != null && MediaTypes.isJson(mediaType);
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
