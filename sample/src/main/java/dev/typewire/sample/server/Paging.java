package dev.typewire.sample.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Periskope's offset/limit paging: {@code offset} is the 0-based index of the first item (the docs
 * page says "Default 0"; the official client's "Default 1" contradicts its own 1-based {@code
 * from}), {@code limit} defaults to and may not exceed 2000.
 */
record Paging(int offset, int limit) {

  static final int MAX_LIMIT = 2000;

  static Paging from(Query query) {
    return new Paging(offset(query), limit(query));
  }

  /** This page with its limit lowered to {@code most}, as a server capping its pages serves it. */
  Paging cappedAt(int most) {
    return new Paging(offset, Math.min(limit, most));
  }

  private static int offset(Query query) {
    String raw = query.first("offset").orElse(null);
    if (raw == null || raw.isEmpty()) {
      return 0;
    }
    Integer value = parse(raw);
    if (value == null || value < 0) {
      throw ErrorReply.invalidOffset(raw);
    }
    return value;
  }

  private static int limit(Query query) {
    String raw = query.first("limit").orElse(null);
    if (raw == null || raw.isEmpty()) {
      return MAX_LIMIT;
    }
    Integer value = parse(raw);
    if (value == null || value < 1) {
      throw ErrorReply.invalidLimit("Limit should be a number greater than 0", raw);
    }
    if (value > MAX_LIMIT) {
      // The documented text says "less than 2000" although 2000 itself is accepted.
      throw ErrorReply.invalidLimit("Limit should be less than " + MAX_LIMIT, raw);
    }
    return value;
  }

  /** Returns null for anything that is not a plain decimal int, including overflow. */
  private static Integer parse(String raw) {
    if (!raw.matches("-?\\d{1,10}")) {
      return null;
    }
    long value = Long.parseLong(raw);
    return value > Integer.MAX_VALUE || value < Integer.MIN_VALUE ? null : (int) value;
  }

  /**
   * Builds the list envelope in the order of the published example: items, {@code count} (the items
   * in this page, whatever the docs call it), 1-based {@code from} and {@code to}.
   */
  ObjectNode envelope(String itemsKey, List<? extends JsonNode> all) {
    int start = Math.min(offset, all.size());
    int end = (int) Math.min((long) start + limit, all.size());
    List<? extends JsonNode> page = all.subList(start, end);
    ObjectNode envelope = ServerJson.object();
    envelope.putArray(itemsKey).addAll(page);
    envelope.put("count", page.size());
    envelope.put("from", (long) offset + 1);
    envelope.put("to", (long) offset + page.size());
    return envelope;
  }
}
