package dev.typewire.bench.hand;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** A hand-written chat: the 26 properties "List all chats" sends, typed as Typewire types them. */
public final class HandChat {
  public String assignedTo;
  public Map<String, Boolean> chatAccess;
  public String chatId;
  public String chatImage;
  public String chatName;
  public List<String> chatOrgPhones;
  public HandChatType chatType;
  public JsonNode closedAt;
  public OffsetDateTime createdAt;
  public JsonNode customProperties;
  public Map<String, Integer> flagCountMap;
  public String groupDescription;
  public JsonNode hubspotMetadata;
  public Boolean infoAdminsOnly;
  public String inviteLink;
  public Boolean isExited;
  public Boolean isMuted;
  public Map<String, Boolean> labelIds;
  public HandMessage latestMessage;
  public Boolean memberAddMode;
  public Integer memberCount;
  public Integer messageUnreadCount;
  public Boolean messagesAdminsOnly;
  public String orgId;
  public String orgPhone;
  public OffsetDateTime updatedAt;
}
