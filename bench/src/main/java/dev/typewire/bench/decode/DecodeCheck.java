package dev.typewire.bench.decode;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewire.bench.hand.HandChat;
import dev.typewire.bench.hand.HandChatPage;
import dev.typewire.bench.periskope.Chat;
import dev.typewire.bench.periskope.ListChatsResponse;

/** Makes sure every side decoded the same page before anything is timed. */
final class DecodeCheck {
  private DecodeCheck() {}

  static void verify(
      ListChatsResponse typewire,
      HandChatPage hand,
      dev.typewire.bench.oag.model.ListChatsResponse openapiGenerator,
      JsonNode tree) {
    int n = tree.get("chats").size();
    require(typewire.chats().size() == n, "Typewire chat count");
    require(hand.chats.size() == n, "hand-written chat count");
    require(openapiGenerator.getChats().size() == n, "OpenAPI Generator chat count");
    int withMessages = 0;
    for (int i = 0; i < n; i++) {
      Chat t = typewire.chats().get(i);
      HandChat h = hand.chats.get(i);
      var o = openapiGenerator.getChats().get(i);
      String id = tree.get("chats").get(i).get("chat_id").asText();
      require(
          id.equals(t.chatId()) && id.equals(h.chatId) && id.equals(o.getChatId()), "chat " + i);
      require(t.createdAt().equals(h.createdAt), "created_at of chat " + i);
      if (t.latestMessage() != null) {
        withMessages++;
        require(
            t.latestMessage().messageId().equals(h.latestMessage.messageId)
                && t.latestMessage().timestamp().equals(h.latestMessage.timestamp)
                && t.latestMessage().ack().equals(h.latestMessage.ack)
                && h.latestMessage.messageId.equals(o.getLatestMessage().getMessageId()),
            "latest message of chat " + i);
      }
    }
    require(withMessages > 0, "some chats carry a latest message");
  }

  private static void require(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException("decoders disagree: " + what);
    }
  }
}
