package dev.typewire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * "List all chats" pages of any size built from the published 23-chat example (resource {@code
 * periskope/examples/list-all-chats.json} of the schema jar): chat {@code i} is seed chat {@code i
 * % 23} with its ids (chat id, message ids, invite link) made unique, latest messages included.
 */
public final class SyntheticChatPages {

  /** The API's largest page. */
  public static final int MAX_PAGE = 2000;

  private static final String SEED = "periskope/examples/list-all-chats.json";

  private final ObjectMapper mapper = new ObjectMapper();
  private final List<ObjectNode> seeds;

  public SyntheticChatPages() {
    try (InputStream in = SyntheticChatPages.class.getClassLoader().getResourceAsStream(SEED)) {
      if (in == null) {
        throw new IllegalStateException(SEED + " is not on the class path");
      }
      List<ObjectNode> chats = new ArrayList<>();
      mapper.readTree(in).get("chats").forEach(chat -> chats.add((ObjectNode) chat));
      this.seeds = List.copyOf(chats);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int seedCount() {
    return seeds.size();
  }

  /** A page of chats {@code offset .. offset+size-1} out of {@code total}, as the API sends it. */
  public byte[] page(int offset, int size, int total) {
    int end = Math.min(offset + size, total);
    ObjectNode page = mapper.createObjectNode();
    ArrayNode chats = mapper.createArrayNode();
    for (int i = offset; i < end; i++) {
      chats.add(chat(i));
    }
    page.put("chats", chats);
    page.put("count", total);
    page.put("from", offset + 1);
    page.put("to", end);
    try {
      return mapper.writeValueAsBytes(page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ObjectNode chat(int index) {
    ObjectNode chat = seeds.get(index % seeds.size()).deepCopy();
    String oldId = chat.get("chat_id").asText();
    String newId = uniqueId(oldId, index);
    chat.put("chat_id", newId);
    chat.put("chat_name", chat.path("chat_name").asText("chat") + " #" + index);
    if (chat.hasNonNull("invite_link")) {
      chat.put("invite_link", chat.get("invite_link").asText() + index);
    }
    JsonNode message = chat.get("latest_message");
    if (message instanceof ObjectNode latest) {
      replaceText(latest, oldId, newId);
    }
    return chat;
  }

  /** The id with its last eight digits before '@' replaced by the index. */
  static String uniqueId(String chatId, int index) {
    int at = chatId.indexOf('@');
    int keep = Math.max(0, at - 8);
    return chatId.substring(0, keep) + String.format("%08d", index) + chatId.substring(at);
  }

  private static void replaceText(ObjectNode node, String from, String to) {
    node.fields()
        .forEachRemaining(
            field -> {
              JsonNode value = field.getValue();
              if (value.isTextual() && value.asText().contains(from)) {
                field.setValue(node.textNode(value.asText().replace(from, to)));
              } else if (value instanceof ObjectNode object) {
                replaceText(object, from, to);
              }
            });
  }
}
