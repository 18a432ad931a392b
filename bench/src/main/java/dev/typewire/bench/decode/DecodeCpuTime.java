package dev.typewire.bench.decode;

import dev.typewire.bench.report.JmhRatios;
import dev.typewire.bench.report.PairedRounds;
import dev.typewire.bench.report.PairedRounds.Result;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * A/B comparisons of the decode benchmarks' methods by the CPU time of the decoding thread rather
 * than wall-clock time, which on a shared, overloaded machine mostly measures the other processes,
 * alternating in rounds ({@link PairedRounds}). The time of GC threads is not counted: that favours
 * the side that allocates more (the JMH runs' allocation per page sits beside these ratios in the
 * RESULT notes), so a ratio in Typewire's favour is not inflated by it.
 *
 * <p>Usage: {@code DecodeCpuTime <rounds> <decodes per round> <a>:<b> ...}, each side being a
 * method of {@link DecodeBenchmark} or, prefixed {@code drift.}, of {@link DriftDecodeBenchmark}.
 * Prints per pair {@code CPU <a>:<b> <speed ratio a/b> (min .. max; 95 % interval of the median)
 * <a ms> vs <b ms>} and the same as a {@code PAIR} line, which {@link JmhRatios} turns into the
 * RESULT lines of {@code bench/run.sh}.
 *
 * <p>{@code DecodeCpuTime --drift-overhead <rounds> <decodes per round>} prints the {@code RESULT
 * decode-drift-overhead} line of {@code bench/run.sh} instead: recording on over off, on the
 * clean page and on the drifting one, the lower of the two as the ratio. Its uncertainty is the
 * half-width of the median's 95 % interval.
 */
public final class DecodeCpuTime {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final Map<String, Callable<?>> sides = new LinkedHashMap<>();

  private DecodeCpuTime() throws Exception {
    DecodeBenchmark clean = new DecodeBenchmark();
    clean.setUp();
    DriftDecodeBenchmark drifting = new DriftDecodeBenchmark();
    drifting.setUp();
    sides.put("typewire", clean::typewire);
    sides.put("typewireReader", clean::typewireReader);
    sides.put("typewireRecordingDrift", clean::typewireRecordingDrift);
    sides.put("handStreaming", clean::handStreaming);
    sides.put("readTree", clean::readTree);
    sides.put("openapiGenerator", clean::openapiGenerator);
    sides.put("tokenize", clean::tokenize);
    sides.put("drift.recordingOff", drifting::recordingOff);
    sides.put("drift.recordingOn", drifting::recordingOn);
  }

  public static void main(String[] args) throws Exception {
    if (args[0].equals("--drift-overhead")) {
      driftOverhead(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
      return;
    }
    int rounds = Integer.parseInt(args[0]);
    int decodes = Integer.parseInt(args[1]);
    DecodeCpuTime comparison = new DecodeCpuTime();
    for (int i = 2; i < args.length; i++) {
      String[] pair = args[i].split(":", 2);
      Result result = comparison.compare(pair[0], pair[1], rounds, decodes);
      System.out.println("CPU " + result.describe());
      System.out.println(result.toLine());
    }
  }

  private static void driftOverhead(int rounds, int decodes) throws Exception {
    DecodeCpuTime comparison = new DecodeCpuTime();
    Result clean =
        comparison.compare("typewireRecordingDrift", "typewireReader", rounds, decodes);
    Result drifting =
        comparison.compare("drift.recordingOn", "drift.recordingOff", rounds, decodes);
    Result worse = clean.median() <= drifting.median() ? clean : drifting;
    System.out.printf(
        Locale.ROOT,
        "RESULT decode-drift-overhead %.2f ±%.2f; recording on over off by the decoding thread's"
            + " CPU time, two sides alternating in one JVM, median ratio of %d rounds of %d"
            + " decodes with its 95 %% interval: clean page %.3f (%.3f .. %.3f, %.2f vs %.2f ms),"
            + " page drifting in every chat and message %.3f (%.3f .. %.3f, %.2f vs %.2f ms);"
            + " the lower is the ratio; %s%n",
        worse.median(),
        worse.uncertainty(),
        rounds,
        decodes,
        clean.median(),
        clean.low(),
        clean.high(),
        clean.aMillis(),
        clean.bMillis(),
        drifting.median(),
        drifting.low(),
        drifting.high(),
        drifting.aMillis(),
        drifting.bMillis(),
        JmhRatios.verdict(worse.median(), worse.uncertainty(), 0.95));
  }

  private Result compare(String a, String b, int rounds, int decodes) throws Exception {
    return PairedRounds.compare(
        sides, a, b, THREADS::getCurrentThreadCpuTime, "thread CPU", rounds, decodes);
  }
}
