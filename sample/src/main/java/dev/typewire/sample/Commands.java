package dev.typewire.sample;

import dev.typewire.sample.periskope.Chat;
import dev.typewire.sample.periskope.GetMessagesInAChatParams;
import dev.typewire.sample.periskope.ListAllChatsParams;
import dev.typewire.sample.periskope.Message;
import dev.typewire.sample.periskope.MessageSendResponse;
import dev.typewire.sample.periskope.PeriskopeClient;
import dev.typewire.sample.periskope.QueueStatus;
import dev.typewire.sample.periskope.SendMessageRequest;
import java.io.PrintStream;

/**
 * The sample's commands, each one call (or one auto-paged listing) through the generated client.
 */
final class Commands {

  /**
   * Small on purpose: with the example's 23 chats it takes three requests, so the listing shows
   * real paging. Production code would use the API's maximum, 2000.
   */
  static final int PAGE_SIZE = 10;

  private final PeriskopeClient client;
  private final PrintStream out;

  Commands(PeriskopeClient client, PrintStream out) {
    this.client = client;
    this.out = out;
  }

  /**
   * Lists every chat. Counts what arrives instead of trusting {@code count}: Periskope documents it
   * as the total but it is the page size in every example.
   */
  int listChats() {
    int total = 0;
    ListAllChatsParams firstPage = ListAllChatsParams.builder().offset(0).limit(PAGE_SIZE).build();
    for (Chat chat : client.chats().listAllChatsAutoPaging(firstPage)) {
      out.println(ChatLines.chat(chat));
      total++;
    }
    out.println(total + (total == 1 ? " chat" : " chats"));
    DriftSummary.print(client.drift(), out);
    return total;
  }

  void getChat(String chatId) {
    Chat chat = client.chats().getChatById(chatId);
    out.println("chat_id:      " + chat.chatId());
    out.println("chat_type:    " + (chat.chatType() == null ? "-" : chat.chatType().value()));
    out.println("chat_name:    " + ChatLines.orDash(chat.chatName()));
    out.println("member_count: " + ChatLines.orDash(chat.memberCount()));
    out.println("created_at:   " + ChatLines.orDash(chat.createdAt()));
    out.println("updated_at:   " + ChatLines.orDash(chat.updatedAt()));
    Message latest = chat.latestMessage();
    out.println("latest:       " + (latest == null ? "-" : ChatLines.oneLine(latest.body())));
  }

  void messages(String chatId) {
    int total = 0;
    GetMessagesInAChatParams firstPage =
        GetMessagesInAChatParams.builder().offset(0).limit(100).build();
    for (Message message : client.chats().getMessagesInAChatAutoPaging(chatId, firstPage)) {
      out.println(ChatLines.message(message));
      total++;
    }
    out.println(total + (total == 1 ? " message" : " messages"));
  }

  void send(String chatId, String text) {
    MessageSendResponse queued =
        client
            .messages()
            .sendMessage(SendMessageRequest.builder().chatId(chatId).message(text).build());
    out.println(
        "queued: queue_id="
            + queued.queueId()
            + " queue_position="
            + (queued.queuePosition() == null ? "-" : queued.queuePosition().asText())
            + " unique_id="
            + queued.uniqueId());
  }

  void queue() {
    QueueStatus status = client.queue().getQueueStatus();
    out.println(
        "queue: pending="
            + ChatLines.orDash(status.pending())
            + " active="
            + ChatLines.orDash(status.active())
            + " completed="
            + ChatLines.orDash(status.completed())
            + " failed="
            + ChatLines.orDash(status.failed())
            + " running="
            + ChatLines.orDash(status.isRunning()));
  }
}
