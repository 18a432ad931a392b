package dev.typewire.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;

/**
 * The success response an endpoint documents, as the generated client decodes it: the first 2xx
 * (else {@code default}), its first media type, and the pointer of that media type's schema.
 *
 * @param mediaType null when the response has no body
 * @param schemaPointer null when the body has no schema
 */
public record SuccessResponse(
    int status, String mediaType, String schemaPointer, JsonNode mediaNode) {

  public static SuccessResponse of(ApiDescription description, Endpoint endpoint) {
    String chosen = code(endpoint);
    if (chosen == null) {
      return new SuccessResponse(204, null, null, null);
    }
    int status = chosen.matches("2\\d\\d") ? Integer.parseInt(chosen) : 200;
    return at(description, endpoint, chosen, status);
  }

  /**
   * The response the description declares for {@code status} (its code, else {@code 4XX}/{@code
   * 5XX}, else {@code default}), in the same shape as the success response; null when none is.
   */
  public static SuccessResponse declaredFor(
      ApiDescription description, Endpoint endpoint, int status) {
    JsonNode responses = endpoint.operation().path("responses");
    String code = String.valueOf(status);
    if (!responses.has(code)) {
      code = code.charAt(0) + "XX";
    }
    if (!responses.has(code)) {
      code = "default";
    }
    if (!responses.has(code)) {
      return null;
    }
    return at(description, endpoint, code, status);
  }

  /** The response under {@code code}, answered with {@code status}. */
  private static SuccessResponse at(
      ApiDescription description, Endpoint endpoint, String code, int status) {
    Endpoint.Located response =
        Endpoint.locate(
            description,
            endpoint.operation().path("responses").get(code),
            endpoint.pointer() + "/responses/" + ApiDescription.token(code));
    JsonNode content = response.node().path("content");
    String mediaType = MediaTypes.chosen(content);
    if (mediaType == null) {
      return new SuccessResponse(status, null, null, null);
    }
    JsonNode media = content.get(mediaType);
    String pointer = response.pointer() + "/content/" + ApiDescription.token(mediaType) + "/schema";
    return new SuccessResponse(status, mediaType, media.has("schema") ? pointer : null, media);
  }

  /**
   * The response code the generated client decodes as success: the lowest 2xx, else {@code
   * default}; null when there is neither.
   */
  public static String code(Endpoint endpoint) {
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

  public boolean isJson() {
    return mediaType != null && MediaTypes.isJson(mediaType);
  }

  /** The media type's own example: {@code example}, else the first of {@code examples}. */
  public JsonNode example(ApiDescription description) {
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
