package dev.typewire.processor;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The wall and CPU time of each stage of one {@code @GenerateClient}, reported as one NOTE when
 * {@code -Atypewire.timings=true}: what the processor itself costs, apart from javac compiling what
 * it wrote (which a build tool's own timing includes). The stages run one after the other on
 * javac's thread, so the laps add up to the processor's share. The CPU time is that thread's: on a
 * loaded machine the wall time also counts the time other processes had the cores, the CPU time
 * does not.
 */
final class StageTimings {

  static final String OPTION = "typewire.timings";

  private final boolean enabled;

  /**
   * Null when disabled: the management beans load and initialize some forty classes, a cost every
   * build would pay for a note it does not print.
   */
  private final ThreadMXBean threads;

  private final long start = System.nanoTime();
  private final long cpuStart;
  private long last = start;
  private long cpuLast;
  private final List<String> laps = new ArrayList<>();

  StageTimings(boolean enabled) {
    this.enabled = enabled;
    this.threads = enabled ? ManagementFactory.getThreadMXBean() : null;
    this.cpuStart = cpuNanos();
    this.cpuLast = cpuStart;
  }

  /** Ends the stage that began at the previous lap (or at creation). */
  void lap(String stage) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    long cpuNow = cpuNanos();
    laps.add(stage + " " + millis(now - last) + " ms (cpu " + millis(cpuNow - cpuLast) + " ms)");
    last = now;
    cpuLast = cpuNow;
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
            + " ms; processor cpu "
            + millis(cpuNanos() - cpuStart)
            + " ms; heap in use "
            + usedMib
            + " MiB";
    messager.printMessage(Diagnostic.Kind.NOTE, text, element, mirror);
  }

  /**
   * This thread's CPU time, or 0 when disabled or where the JVM cannot measure it (the laps then
   * show 0).
   */
  private long cpuNanos() {
    return threads != null && threads.isCurrentThreadCpuTimeSupported()
        ? threads.getCurrentThreadCpuTime()
        : 0;
  }

  private static String millis(long nanos) {
    return Long.toString(nanos / 1_000_000);
  }
}
