package dev.typewire.runtime;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;

/**
 * What the webhook deliveries one parser read carried beyond their description, counted like a
 * client's {@link DriftReport}: each distinct drift is logged once, at INFO on the {@code
 * dev.typewire.runtime} {@link System.Logger}, and kept up to {@value
 * ClientOptions#DEFAULT_MAX_DRIFT_ENTRIES} distinct entries. An entry's operation is {@code webhook
 * <event name>}; an event the description lacks is an {@link DriftKind#UNKNOWN_VARIANT} of the
 * event type. The generated {@code *Webhooks} parsers own one each; thread-safe.
 */
public final class WebhookDriftLog {

  private static final System.Logger LOG = System.getLogger(CallEvents.LOGGER_NAME);

  private final DriftRecorder recorder;
  private final Redactor redactor = new Redactor(List.of());

  private WebhookDriftLog(int capacity) {
    this.recorder = new DriftRecorder(capacity, Clock.systemUTC());
  }

  /**
   * A log bounded like a client's drift report.
   *
   * @return an empty log
   */
  public static WebhookDriftLog create() {
    return new WebhookDriftLog(ClientOptions.DEFAULT_MAX_DRIFT_ENTRIES);
  }

  /**
   * A log keeping at most {@code maxEntries} distinct entries.
   *
   * @param maxEntries the cap; further distinct drifts only add to the report's overflow
   * @return an empty log
   * @throws IllegalArgumentException if {@code maxEntries} is negative
   */
  public static WebhookDriftLog create(int maxEntries) {
    if (maxEntries < 0) {
      throw new IllegalArgumentException("maxEntries must not be negative: " + maxEntries);
    }
    return new WebhookDriftLog(maxEntries);
  }

  /**
   * Returns what the deliveries read so far carried beyond their description.
   *
   * @return a snapshot, each distinct drift once with its count
   */
  public DriftReport report() {
    return recorder.report();
  }

  /**
   * Counts an event the description lacks.
   *
   * @param event the event's name as the delivery gave it; empty when it named none
   * @param eventType the sealed event type that has no record for it
   */
  public void unknownEvent(String event, Class<?> eventType) {
    logFirst(
        recorder.recordOne(
            operation(event),
            DriftKind.UNKNOWN_VARIANT,
            eventType.getSimpleName(),
            "",
            event,
            redactor));
  }

  /** Counts what one payload carried beyond its schema. */
  void record(String event, DriftObservations observations) {
    if (!observations.isEmpty()) {
      logFirst(recorder.record(operation(event), observations, redactor));
    }
  }

  private void logFirst(List<DriftEntry> first) {
    for (DriftEntry entry : first) {
      if (LOG.isLoggable(Level.INFO)) {
        LOG.log(Level.INFO, redactor.scrub("Drift: " + entry.describe()));
      }
    }
  }

  private static String operation(String event) {
    return event.isEmpty() ? "webhook" : "webhook " + event;
  }

  @Override
  public String toString() {
    return "WebhookDriftLog[" + report().entries().size() + " entries]";
  }
}
