package dev.typewire.sample.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The phone's send queue. Periskope answers a send with the message's place in a queue rather than
 * the message; this server never connects to WhatsApp, so queued messages stay pending, which is
 * what {@code GET /queue} then reports.
 */
final class MessageQueue {

  /** What was queued; kept so the queue counters are real, and for tests to inspect. */
  record Queued(String queueId, String uniqueId, String chatId, String text) {}

  private final List<Queued> pending = new ArrayList<>();

  synchronized ObjectNode enqueue(String chatId, String text) {
    Queued queued = new Queued(UUID.randomUUID().toString(), newUniqueId(), chatId, text);
    int position = pending.size();
    pending.add(queued);
    ObjectNode answer = ServerJson.object();
    answer.put("queue_id", queued.queueId());
    answer.put("queue_position", position);
    answer.put("unique_id", queued.uniqueId());
    answer.put(
        "hint",
        "You can track message status using the fetch jobs api - /queue/jobs?queue_id="
            + queued.queueId());
    return answer;
  }

  synchronized ObjectNode status() {
    ObjectNode status = ServerJson.object();
    status.put("active", 0);
    status.put("completed", 0);
    status.put("failed", 0);
    status.put("is_running", true);
    status.put("pending", pending.size());
    return status;
  }

  synchronized List<Queued> pending() {
    return List.copyOf(pending);
  }

  /** WhatsApp web message ids look like "3EB0" followed by uppercase hex (22 characters here). */
  private static String newUniqueId() {
    byte[] random = new byte[9];
    ThreadLocalRandom.current().nextBytes(random);
    return "3EB0" + HexFormat.of().formatHex(random).toUpperCase(Locale.ROOT);
  }
}
