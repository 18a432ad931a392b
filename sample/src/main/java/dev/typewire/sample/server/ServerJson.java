package dev.typewire.sample.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The server's JSON handling. Deliberately a plain Jackson tree mapper, not the client's codec: the
 * server must send the published example's nodes as they are, so a bug in the generated records or
 * the runtime's codec cannot hide behind a server that uses the same code.
 */
final class ServerJson {

  /** Decimals as BigDecimal so a number is written back exactly as it was read. */
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private ServerJson() {}

  static JsonNode read(byte[] json) throws IOException {
    return MAPPER.readTree(json);
  }

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      // Trees built from parsed JSON and strings always serialize.
      throw new UncheckedIOException(e);
    }
  }
}
