package dev.typewire.runtime;

import java.util.List;

/**
 * What the responses a client decoded carried beyond their schema, as a snapshot: see {@link
 * ClientOptions.Builder#maxDriftEntries}.
 *
 * @param entries each distinct drift, in the order first seen
 * @param overflow how many further distinct drifts were seen but not kept, the cap being reached
 */
public record DriftReport(List<DriftEntry> entries, long overflow) {

  /**
   * Copies {@code entries}.
   *
   * @throws NullPointerException if {@code entries} is null
   */
  public DriftReport {
    entries = List.copyOf(entries);
  }

  /**
   * Tells whether nothing drifted.
   *
   * @return true when there are no entries and no overflow
   */
  public boolean isEmpty() {
    return entries.isEmpty() && overflow == 0;
  }
}
