package dev.typewire.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * What the validating server sends back for one request.
 *
 * @param sentBody the body as JSON (a text node for a non-JSON body), or null when there is none
 * @param bytes the body's bytes, or null when there is none
 * @param delay how long to wait before answering
 * @param dropConnection close the connection instead of answering
 */
// The bytes are written once and never compared or printed: an array is fine.
@SuppressWarnings("ArrayRecordComponent")
public record Reply(
    int status,
    Map<String, String> headers,
    JsonNode sentBody,
    byte[] bytes,
    Duration delay,
    boolean dropConnection) {

  /** A bodiless answer. */
  public static Reply empty(int status) {
    return new Reply(status, Map.of(), null, null, Duration.ZERO, false);
  }

  /** The connection closed without an answer. */
  public static Reply dropped() {
    return new Reply(0, Map.of(), null, null, Duration.ZERO, true);
  }

  /** A JSON body. */
  public static Reply json(int status, JsonNode body) {
    return new Reply(
        status,
        Map.of("Content-Type", "application/json"),
        body,
        body.toString().getBytes(StandardCharsets.UTF_8),
        Duration.ZERO,
        false);
  }

  /** {@code body} in the media type the success response documents. */
  public static Reply of(SuccessResponse response, JsonNode body) {
    return of(response.status(), response, body);
  }

  /** {@code body} in the media type of {@code response}, with another status. */
  public static Reply of(int status, SuccessResponse response, JsonNode body) {
    if (body == null || response.mediaType() == null) {
      return empty(status);
    }
    byte[] bytes =
        (response.isJson() ? body.toString() : body.asText()).getBytes(StandardCharsets.UTF_8);
    return new Reply(
        status, Map.of("Content-Type", response.mediaType()), body, bytes, Duration.ZERO, false);
  }

  /** The same answer, sent after {@code wait}. */
  public Reply delayed(Duration wait) {
    return new Reply(status, headers, sentBody, bytes, delay.plus(wait), dropConnection);
  }

  /** The same answer with one more header. */
  public Reply withHeader(String name, String value) {
    Map<String, String> more = new java.util.LinkedHashMap<>(headers);
    more.put(name, value);
    return new Reply(status, Map.copyOf(more), sentBody, bytes, delay, dropConnection);
  }
}
