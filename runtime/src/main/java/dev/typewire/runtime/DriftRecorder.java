package dev.typewire.runtime;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the drift one client saw, bounded: past {@code capacity} distinct entries a new one only
 * adds to the overflow count, so a server sending ever-new property names cannot exhaust memory.
 */
final class DriftRecorder {

  private record Key(String operation, DriftKind kind, String type, String pointer) {}

  private static final class Counter {
    long count;
    final Instant firstSeen;
    Instant lastSeen;
    final String example;

    Counter(Instant now, String example) {
      this.firstSeen = now;
      this.lastSeen = now;
      this.example = example;
    }
  }

  private final int capacity;
  private final Clock clock;
  // Guarded by this; drift is rare, so one lock costs nothing on the common path.
  private final Map<Key, Counter> entries = new LinkedHashMap<>();
  private long overflow;

  DriftRecorder(int capacity, Clock clock) {
    this.capacity = capacity;
    this.clock = clock;
  }

  /**
   * Counts what one response carried.
   *
   * @return the entries seen for the first time, to be reported once
   */
  List<DriftEntry> record(String operation, DriftObservations observations, Redactor redactor) {
    List<DriftEntry> first = new ArrayList<>();
    Instant now = clock.instant();
    synchronized (this) {
      for (DriftObservations.Tally seen : observations.tallies()) {
        count(
            new Key(operation, seen.kind(), seen.type(), seen.pointer()),
            seen.count(),
            seen.example(),
            redactor,
            now,
            first);
      }
    }
    return first;
  }

  /**
   * Counts one drift found outside a decode, such as a webhook event the description lacks.
   *
   * @return the entry if seen for the first time, to be reported once; else empty
   */
  List<DriftEntry> recordOne(
      String operation,
      DriftKind kind,
      String type,
      String pointer,
      String example,
      Redactor redactor) {
    List<DriftEntry> first = new ArrayList<>(1);
    Instant now = clock.instant();
    synchronized (this) {
      count(new Key(operation, kind, type, pointer), 1, example, redactor, now, first);
    }
    return first;
  }

  /** Adds {@code count} occurrences under {@code key}; a new entry is added to {@code first}. */
  private void count(
      Key key, long count, String example, Redactor redactor, Instant now, List<DriftEntry> first) {
    Counter counter = entries.get(key);
    if (counter != null) {
      counter.count += count;
      counter.lastSeen = now;
    } else if (entries.size() >= capacity) {
      overflow += count;
    } else {
      counter = new Counter(now, example(example, redactor));
      counter.count = count;
      entries.put(key, counter);
      first.add(entry(key, counter));
    }
  }

  /** The entries of one response, for an exception in strict mode; nothing is counted. */
  static List<DriftEntry> entriesOf(
      String operation, DriftObservations observations, Redactor redactor, Instant now) {
    Map<Key, DriftEntry> distinct = new LinkedHashMap<>();
    for (DriftObservations.Tally seen : observations.tallies()) {
      Key key = new Key(operation, seen.kind(), seen.type(), seen.pointer());
      DriftEntry known = distinct.get(key);
      distinct.put(
          key,
          new DriftEntry(
              operation,
              seen.kind(),
              seen.type(),
              seen.pointer(),
              seen.count() + (known == null ? 0 : known.count()),
              now,
              now,
              known == null ? example(seen.example(), redactor) : known.example()));
    }
    return List.copyOf(distinct.values());
  }

  synchronized DriftReport report() {
    List<DriftEntry> snapshot = new ArrayList<>(entries.size());
    entries.forEach((key, counter) -> snapshot.add(entry(key, counter)));
    return new DriftReport(snapshot, overflow);
  }

  private static DriftEntry entry(Key key, Counter counter) {
    return new DriftEntry(
        key.operation(),
        key.kind(),
        key.type(),
        key.pointer(),
        counter.count,
        counter.firstSeen,
        counter.lastSeen,
        counter.example);
  }

  /** Scrubbed before the cut, so a credential straddling the cut is still recognized whole. */
  private static String example(String value, Redactor redactor) {
    String scrubbed = redactor.scrub(value);
    String line = scrubbed.replaceAll("\\s+", " ");
    return line.length() <= DriftEntry.EXAMPLE_CHARS
        ? line
        : line.substring(0, DriftEntry.EXAMPLE_CHARS - 3) + "...";
  }
}
