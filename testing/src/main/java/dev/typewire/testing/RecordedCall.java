package dev.typewire.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * One request the fake received.
 *
 * @param operationId the operation the request was for; empty when it fits none
 * @param method the HTTP method, upper case
 * @param path the request's path below the base URL, still percent-encoded
 * @param parameters every parameter the request carried, by its name in the description, decoded
 *     per its schema, style and explode: an integer query parameter is an {@code IntNode}-like
 *     number, an exploded array an {@code ArrayNode}; text where the schema gives no type
 * @param headers the request headers by lower-case name; credentials ({@code Authorization}, the
 *     description's api key headers and cookies) replaced by {@code <redacted>}
 * @param body the JSON body, a text node for another media type, or null without a body
 */
public record RecordedCall(
    String operationId,
    String method,
    String path,
    ObjectNode parameters,
    Map<String, List<String>> headers,
    JsonNode body) {

  /**
   * Returns the first value of a header.
   *
   * @param name the header name, in any case
   * @return the value, or null when the request did not carry the header
   */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
