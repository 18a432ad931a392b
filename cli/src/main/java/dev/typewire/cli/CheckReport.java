package dev.typewire.cli;

import java.io.PrintStream;

/** Prints one line per operation as it is checked, then the totals line. */
final class CheckReport {

  private final PrintStream out;
  private int passed;
  private int failed;
  private int skipped;

  CheckReport(PrintStream out) {
    this.out = out;
  }

  void pass(String operation) {
    passed++;
    out.println("PASS " + operation);
  }

  void fail(String operation, String reason) {
    failed++;
    out.println("FAIL " + operation + ": " + oneLine(reason));
  }

  void skip(String operation, String reason) {
    skipped++;
    out.println("SKIP " + operation + ": " + oneLine(reason));
  }

  boolean anyFailed() {
    return failed > 0;
  }

  String totals() {
    return "CHECK operations="
        + (passed + failed + skipped)
        + " passed="
        + passed
        + " failed="
        + failed
        + " skipped="
        + skipped;
  }

  void finish() {
    out.println(totals());
  }

  /** A reason may quote a server's message; it must not break the one-line-per-operation form. */
  private static String oneLine(String text) {
    String flat = text.replaceAll("[\\r\\n\\t]+", " ");
    return flat.length() > 2000 ? flat.substring(0, 2000) + "..." : flat;
  }
}
