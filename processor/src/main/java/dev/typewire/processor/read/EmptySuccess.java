package dev.typewire.processor.read;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Whether an operation documents a success without a body (a 204 beside a 200 with one): its method
 * may then return null, and is generated {@code @Nullable}; otherwise an empty success is a
 * decoding failure, never a silent null from a null-marked API.
 */
final class EmptySuccess {

  private EmptySuccess() {}

  static boolean declared(JsonNode operation, RefResolver refs) {
    JsonNode responses = operation.path("responses");
    if (!responses.isObject()) {
      return false;
    }
    var codes = responses.fieldNames();
    while (codes.hasNext()) {
      String code = codes.next();
      if (!code.startsWith("2")) {
        continue;
      }
      // peek reports nothing: BodyReader already reported any broken reference.
      JsonNode response = refs.peek(responses.get(code));
      if (response != null && response.isObject()) {
        JsonNode content = response.get("content");
        if (content == null || (content.isObject() && content.isEmpty())) {
          return true;
        }
      }
    }
    return false;
  }
}
