package dev.typewire.bench.hand;

import java.util.List;

/** A hand-written page of chats: what a careful engineer would write without a generator. */
public final class HandChatPage {
  public Integer from;
  public Integer to;
  public Integer count;
  public List<HandChat> chats;
}
