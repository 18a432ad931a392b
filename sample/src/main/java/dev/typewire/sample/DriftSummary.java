package dev.typewire.sample;

import dev.typewire.runtime.DriftEntry;
import dev.typewire.runtime.DriftReport;
import java.io.PrintStream;

/**
 * Prints what the server sent beyond the schema: against the real API, this is how you learn the
 * description is behind.
 */
final class DriftSummary {

  private DriftSummary() {}

  static void print(DriftReport report, PrintStream out) {
    if (report.isEmpty()) {
      return;
    }
    out.println("the server sent what the schema does not describe:");
    for (DriftEntry entry : report.entries()) {
      out.println("  " + entry.describe());
    }
    if (report.overflow() > 0) {
      out.println("  and " + report.overflow() + " more");
    }
  }
}
