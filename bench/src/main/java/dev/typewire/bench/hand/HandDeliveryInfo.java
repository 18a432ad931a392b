package dev.typewire.bench.hand;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Hand-written delivery info: recipient → epoch-millisecond time. */
public final class HandDeliveryInfo {
  public Map<String, Instant> delivered;
  public Integer deliveredCount;
  public List<String> pending;
  public Map<String, Instant> read;
  public Integer readCount;
}
