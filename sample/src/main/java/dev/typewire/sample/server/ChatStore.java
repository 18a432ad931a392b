package dev.typewire.sample.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The chats the embedded server serves, as the JSON nodes of Periskope's published "List all chats"
 * example. Kept as nodes, never as records: the server sends back exactly what Periskope sent.
 */
public final class ChatStore {

  /** The example as the schema jar ships it (see its NOTICE.md). */
  static final String SCHEMA_EXAMPLE = "periskope/examples/list-all-chats.json";

  private final List<ObjectNode> chats;

  private ChatStore(List<ObjectNode> chats) {
    this.chats = List.copyOf(chats);
  }

  /** Loads the 23 chats of the published example. */
  public static ChatStore publishedExample() {
    try {
      return fromListResponse(ServerJson.read(exampleBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the published chats example", e);
    }
  }

  /**
   * Returns the published example as the API sent it, for tests that compare against it.
   *
   * @return the raw JSON bytes
   */
  public static byte[] exampleBytes() throws IOException {
    try (InputStream in = ChatStore.class.getClassLoader().getResourceAsStream(SCHEMA_EXAMPLE)) {
      if (in == null) {
        throw new IOException(SCHEMA_EXAMPLE + " is not on the class path (periskope-schema jar)");
      }
      return in.readAllBytes();
    }
  }

  static ChatStore fromListResponse(JsonNode response) {
    List<ObjectNode> chats = new ArrayList<>();
    for (JsonNode chat : response.path("chats")) {
      if (!(chat instanceof ObjectNode object)) {
        throw new IllegalArgumentException("a chat is not a JSON object: " + chat);
      }
      chats.add(object);
    }
    return new ChatStore(chats);
  }

  List<ObjectNode> all() {
    return chats;
  }

  Optional<ObjectNode> find(String chatId) {
    return chats.stream().filter(chat -> chatId.equals(chat.path("chat_id").asText())).findFirst();
  }

  /** The chats matching the {@code chat_type} and {@code label} filters; null means no filter. */
  List<ObjectNode> filter(String chatType, String label) {
    return chats.stream()
        .filter(chat -> chatType == null || chatType.equals(chat.path("chat_type").asText()))
        .filter(chat -> label == null || hasLabel(chat, label))
        .toList();
  }

  /**
   * The docs accept "the name of the label or label_id". A chat row carries ids as the keys of
   * {@code label_ids}; names only appear in {@code chat_labels} (comma-separated), which the list
   * example omits. Names are matched ignoring case because Periskope creates labels that way.
   */
  private static boolean hasLabel(JsonNode chat, String label) {
    if (chat.path("label_ids").has(label)) {
      return true;
    }
    String names = chat.path("chat_labels").asText("");
    for (String name : names.split(",")) {
      if (!name.isBlank()
          && name.trim().toLowerCase(Locale.ROOT).equals(label.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
