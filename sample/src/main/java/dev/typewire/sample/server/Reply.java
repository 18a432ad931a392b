package dev.typewire.sample.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One HTTP response before it is written: status, content type, body and extra headers. */
record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {

  static final String JSON = "application/json; charset=utf-8";

  static Reply json(int status, JsonNode body) {
    return new Reply(status, JSON, ServerJson.bytes(body), Map.of());
  }

  static Reply html(int status, String page) {
    return new Reply(
        status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  Reply withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new Reply(status, contentType, body, Map.copyOf(more));
  }
}
