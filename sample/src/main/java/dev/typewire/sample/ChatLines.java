package dev.typewire.sample;

import dev.typewire.sample.periskope.Chat;
import dev.typewire.sample.periskope.Message;

/** How the sample prints chats and messages: one line each, whatever the text contains. */
final class ChatLines {

  private ChatLines() {}

  /** chat_id, chat_type, chat_name, member_count, latest message body. */
  static String chat(Chat chat) {
    Message latest = chat.latestMessage();
    return String.format(
        "%-26s %-8s %-28s %4s  %s",
        chat.chatId(),
        // The raw wire value, so a type this client does not know yet still shows as sent.
        chat.chatType() == null ? "-" : chat.chatType().value(),
        orDash(chat.chatName()),
        chat.memberCount() == null ? "-" : chat.memberCount(),
        latest == null ? "" : oneLine(latest.body()));
  }

  /** timestamp, ack, message_id, body. */
  static String message(Message message) {
    return String.format(
        "%-25s ack %-2s %s  %s",
        message.timestamp() == null ? "-" : message.timestamp(),
        message.ack() == null ? "-" : message.ack(),
        orDash(message.messageId()),
        oneLine(message.body()));
  }

  static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").trim();
  }

  static String orDash(Object value) {
    return value == null ? "-" : value.toString();
  }
}
