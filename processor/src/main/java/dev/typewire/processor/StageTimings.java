package dev.typewire.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The wall time of each stage of one {@code @GenerateClient}, reported as one NOTE when {@code
 * -Atypewire.timings=true}: what the processor itself costs, apart from javac compiling what it
 * wrote (which a build tool's own timing includes). The stages run one after the other on javac's
 * thread, so the laps add up to the processor's share.
 */
final class StageTimings {

  static final String OPTION = "typewire.timings";

  private final boolean enabled;
  private final long start = System.nanoTime();
  private long last = start;
  private final List<String> laps = new ArrayList<>();

  StageTimings(boolean enabled) {
    this.enabled = enabled;
  }

  /** Ends the stage that began at the previous lap (or at creation). */
  void lap(String stage) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    laps.add(stage + " " + millis(now - last) + " ms");
    last = now;
  }

  /** Prints the laps, the total and the heap in use, if enabled. */
  void report(Messager messager, Element element, AnnotationMirror mirror) {
    if (!enabled) {
      return;
    }
    Runtime runtime = Runtime.getRuntime();
    long usedMib = (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    String text =
        "[TW-TIMINGS] "
            + String.join(", ", laps)
            + "; processor total "
            + millis(System.nanoTime() - start)
            + " ms; heap in use "
            + usedMib
            + " MiB";
    messager.printMessage(Diagnostic.Kind.NOTE, text, element, mirror);
  }

  private static String millis(long nanos) {
    return String.format(Locale.ROOT, "%d", nanos / 1_000_000);
  }
}
