package dev.typewire.bench.hand;

/** Hand-written message id. */
public final class HandMessageId {
  public Boolean fromMe;
  public String id;
  public String remote;
  public String serialized;
}
