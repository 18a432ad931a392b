package dev.typewire.bench.hand;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A hand-written message: the 52 properties a latest message carries. Nested objects that are
 * always null in the example (flag metadata, location, media, poll info) are kept as trees.
 */
public final class HandMessage {
  public Integer ack;
  public String author;
  public String body;
  public Boolean broadcast;
  public String broadcastId;
  public String chatId;
  public HandDeliveryInfo deliveryInfo;
  public String deviceType;
  public JsonNode duration;
  public JsonNode flagMetadata;
  public Double flagResponseTime;
  public Boolean flagStatus;
  public Integer forwardingScore;
  public String from;
  public Boolean fromMe;
  public String fts;
  public Boolean hasMedia;
  public Boolean hasQuotedMsg;
  public Boolean hasReaction;
  public HandMessageId id;
  public JsonNode inviteV4;
  public Boolean isDeleted;
  public Boolean isEphemeral;
  public Boolean isForwarded;
  public Boolean isGif;
  public Boolean isStarred;
  public Boolean isStatus;
  public JsonNode links;
  public JsonNode location;
  public JsonNode media;
  public String mediaKey;
  public List<String> mentionedIds;
  public String messageId;
  public String messageTicketId;
  public HandMessageType messageType;
  public String orderId;
  public String orgId;
  public String orgPhone;
  public String performedBy;
  public JsonNode pollInfo;
  public JsonNode pollResults;
  public String prevBody;
  public String quotedMessageId;
  public JsonNode rawData;
  public String senderPhone;
  public String sentMessageId;
  public OffsetDateTime timestamp;
  public String to;
  public String token;
  public String uniqueId;
  public OffsetDateTime updatedAt;
  public List<String> vcards;
}
