package dev.typewire.bench.hand;

/** Message types; unknown wire values become {@link #OTHER}. */
public enum HandMessageType {
  CHAT,
  STICKER,
  IMAGE,
  VIDEO,
  DOCUMENT,
  VCARD,
  MULTI_VCARD,
  AUDIO,
  PTT,
  POLL_CREATION,
  LOCATION,
  CIPHERTEXT,
  OTHER;

  static HandMessageType of(String value) {
    return switch (value) {
      case "chat" -> CHAT;
      case "sticker" -> STICKER;
      case "image" -> IMAGE;
      case "video" -> VIDEO;
      case "document" -> DOCUMENT;
      case "vcard" -> VCARD;
      case "multi_vcard" -> MULTI_VCARD;
      case "audio" -> AUDIO;
      case "ptt" -> PTT;
      case "poll_creation" -> POLL_CREATION;
      case "location" -> LOCATION;
      case "ciphertext" -> CIPHERTEXT;
      default -> OTHER;
    };
  }
}
