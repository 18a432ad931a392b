package dev.typewire.bench.hand;

import static dev.typewire.bench.hand.JsonValues.bool;
import static dev.typewire.bench.hand.JsonValues.decimal;
import static dev.typewire.bench.hand.JsonValues.epochMillisMap;
import static dev.typewire.bench.hand.JsonValues.integer;
import static dev.typewire.bench.hand.JsonValues.string;
import static dev.typewire.bench.hand.JsonValues.strings;
import static dev.typewire.bench.hand.JsonValues.time;
import static dev.typewire.bench.hand.JsonValues.tree;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/** The message part of {@link HandChatPageParser}. */
final class HandMessageParser {
  private HandMessageParser() {}

  static HandMessage message(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    HandMessage m = new HandMessage();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "ack" -> m.ack = integer(p);
        case "author" -> m.author = string(p);
        case "body" -> m.body = string(p);
        case "broadcast" -> m.broadcast = bool(p);
        case "broadcast_id" -> m.broadcastId = string(p);
        case "chat_id" -> m.chatId = string(p);
        case "delivery_info" -> m.deliveryInfo = deliveryInfo(p);
        case "device_type" -> m.deviceType = string(p);
        case "duration" -> m.duration = tree(p);
        case "flag_metadata" -> m.flagMetadata = tree(p);
        case "flag_response_time" -> m.flagResponseTime = decimal(p);
        case "flag_status" -> m.flagStatus = bool(p);
        case "forwarding_score" -> m.forwardingScore = integer(p);
        case "from" -> m.from = string(p);
        case "from_me" -> m.fromMe = bool(p);
        case "fts" -> m.fts = string(p);
        case "has_media" -> m.hasMedia = bool(p);
        case "has_quoted_msg" -> m.hasQuotedMsg = bool(p);
        case "has_reaction" -> m.hasReaction = bool(p);
        case "id" -> m.id = id(p);
        case "invite_v4" -> m.inviteV4 = tree(p);
        case "is_deleted" -> m.isDeleted = bool(p);
        case "is_ephemeral" -> m.isEphemeral = bool(p);
        case "is_forwarded" -> m.isForwarded = bool(p);
        case "is_gif" -> m.isGif = bool(p);
        case "is_starred" -> m.isStarred = bool(p);
        case "is_status" -> m.isStatus = bool(p);
        case "links" -> m.links = tree(p);
        case "location" -> m.location = tree(p);
        case "media" -> m.media = tree(p);
        case "media_key" -> m.mediaKey = string(p);
        case "mentioned_ids" -> m.mentionedIds = strings(p);
        case "message_id" -> m.messageId = string(p);
        case "message_ticket_id" -> m.messageTicketId = string(p);
        case "message_type" ->
            m.messageType =
                p.currentToken() == JsonToken.VALUE_NULL ? null : HandMessageType.of(p.getText());
        case "order_id" -> m.orderId = string(p);
        case "org_id" -> m.orgId = string(p);
        case "org_phone" -> m.orgPhone = string(p);
        case "performed_by" -> m.performedBy = string(p);
        case "poll_info" -> m.pollInfo = tree(p);
        case "poll_results" -> m.pollResults = tree(p);
        case "prev_body" -> m.prevBody = string(p);
        case "quoted_message_id" -> m.quotedMessageId = string(p);
        case "raw_data" -> m.rawData = tree(p);
        case "sender_phone" -> m.senderPhone = string(p);
        case "sent_message_id" -> m.sentMessageId = string(p);
        case "timestamp" -> m.timestamp = time(p);
        case "to" -> m.to = string(p);
        case "token" -> m.token = string(p);
        case "unique_id" -> m.uniqueId = string(p);
        case "updated_at" -> m.updatedAt = time(p);
        case "vcards" -> m.vcards = strings(p);
        default -> p.skipChildren();
      }
    }
    return m;
  }

  private static HandDeliveryInfo deliveryInfo(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    HandDeliveryInfo d = new HandDeliveryInfo();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "delivered" -> d.delivered = epochMillisMap(p);
        case "delivered_count" -> d.deliveredCount = integer(p);
        case "pending" -> d.pending = strings(p);
        case "read" -> d.read = epochMillisMap(p);
        case "read_count" -> d.readCount = integer(p);
        default -> p.skipChildren();
      }
    }
    return d;
  }

  private static HandMessageId id(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    HandMessageId id = new HandMessageId();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "from_me" -> id.fromMe = bool(p);
        case "id" -> id.id = string(p);
        case "remote" -> id.remote = string(p);
        case "serialized" -> id.serialized = string(p);
        default -> p.skipChildren();
      }
    }
    return id;
  }
}
