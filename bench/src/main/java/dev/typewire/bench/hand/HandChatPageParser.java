package dev.typewire.bench.hand;

import static dev.typewire.bench.hand.JsonValues.bool;
import static dev.typewire.bench.hand.JsonValues.booleanMap;
import static dev.typewire.bench.hand.JsonValues.integer;
import static dev.typewire.bench.hand.JsonValues.integerMap;
import static dev.typewire.bench.hand.JsonValues.string;
import static dev.typewire.bench.hand.JsonValues.strings;
import static dev.typewire.bench.hand.JsonValues.time;
import static dev.typewire.bench.hand.JsonValues.tree;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-written Jackson streaming parser for a "List all chats" page: one pass over the tokens,
 * one switch per object, no reflection. The practical speed limit for Jackson-based decoding.
 */
public final class HandChatPageParser {
  private final ObjectMapper mapper;

  /** The mapper only reads free-form values (JsonNode) as trees. */
  public HandChatPageParser(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  public HandChatPage parse(byte[] json) throws IOException {
    try (JsonParser p = mapper.createParser(json)) {
      p.nextToken();
      return page(p);
    }
  }

  private static HandChatPage page(JsonParser p) throws IOException {
    HandChatPage page = new HandChatPage();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "from" -> page.from = integer(p);
        case "to" -> page.to = integer(p);
        case "count" -> page.count = integer(p);
        case "chats" -> page.chats = chats(p);
        default -> p.skipChildren();
      }
    }
    return page;
  }

  private static List<HandChat> chats(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    List<HandChat> chats = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      chats.add(chat(p));
    }
    return chats;
  }

  private static HandChat chat(JsonParser p) throws IOException {
    HandChat c = new HandChat();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "assigned_to" -> c.assignedTo = string(p);
        case "chat_access" -> c.chatAccess = booleanMap(p);
        case "chat_id" -> c.chatId = string(p);
        case "chat_image" -> c.chatImage = string(p);
        case "chat_name" -> c.chatName = string(p);
        case "chat_org_phones" -> c.chatOrgPhones = strings(p);
        case "chat_type" ->
            c.chatType =
                p.currentToken() == JsonToken.VALUE_NULL ? null : HandChatType.of(p.getText());
        case "closed_at" -> c.closedAt = tree(p);
        case "created_at" -> c.createdAt = time(p);
        case "custom_properties" -> c.customProperties = tree(p);
        case "flag_count_map" -> c.flagCountMap = integerMap(p);
        case "group_description" -> c.groupDescription = string(p);
        case "hubspot_metadata" -> c.hubspotMetadata = tree(p);
        case "info_admins_only" -> c.infoAdminsOnly = bool(p);
        case "invite_link" -> c.inviteLink = string(p);
        case "is_exited" -> c.isExited = bool(p);
        case "is_muted" -> c.isMuted = bool(p);
        case "label_ids" -> c.labelIds = booleanMap(p);
        case "latest_message" -> c.latestMessage = HandMessageParser.message(p);
        case "member_add_mode" -> c.memberAddMode = bool(p);
        case "member_count" -> c.memberCount = integer(p);
        case "message_unread_count" -> c.messageUnreadCount = integer(p);
        case "messages_admins_only" -> c.messagesAdminsOnly = bool(p);
        case "org_id" -> c.orgId = string(p);
        case "org_phone" -> c.orgPhone = string(p);
        case "updated_at" -> c.updatedAt = time(p);
        default -> p.skipChildren();
      }
    }
    return c;
  }
}
