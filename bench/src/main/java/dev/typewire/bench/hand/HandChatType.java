package dev.typewire.bench.hand;

/** Chat types; unknown wire values become {@link #UNKNOWN}. */
public enum HandChatType {
  USER,
  GROUP,
  BUSINESS,
  UNKNOWN;

  static HandChatType of(String value) {
    return switch (value) {
      case "user" -> USER;
      case "group" -> GROUP;
      case "business" -> BUSINESS;
      default -> UNKNOWN;
    };
  }
}
