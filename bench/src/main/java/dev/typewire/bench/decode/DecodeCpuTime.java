package dev.typewire.bench.decode;

import dev.typewire.bench.report.JmhRatios;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A/B comparisons of the decode benchmarks' methods by the CPU time of the decoding thread rather
 * than wall-clock time, which on a shared, overloaded machine mostly measures the other processes.
 * The two sides alternate in short rounds in one JVM (their order flipped every round), so a
 * change of load or of JIT state hits both alike; each round gives one ratio, and the median ratio
 * is reported with the lowest and highest.
 *
 * <p>Usage: {@code DecodeCpuTime <rounds> <decodes per round> <a>:<b> ...}, each side being a
 * method of {@link DecodeBenchmark} or, prefixed {@code drift.}, of {@link DriftDecodeBenchmark}.
 * Prints {@code CPU <a>:<b> <speed ratio a/b> (min .. max; 95 % interval of the median) <a ms> vs
 * <b ms>} per pair.
 *
 * <p>{@code DecodeCpuTime --drift-overhead <rounds> <decodes per round>} prints the {@code RESULT
 * decode-drift-overhead} line of {@code bench/run.sh} instead: recording on over off, on the
 * clean page and on the drifting one, the lower of the two as the ratio. Its uncertainty is the
 * half-width of the median's 95 % interval, from the order statistics of the per-round ratios.
 */
public final class DecodeCpuTime {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final int WARMUP_ROUNDS = 10;

  private final Map<String, Side> sides = new LinkedHashMap<>();

  @FunctionalInterface
  private interface Side {
    Object decode() throws Exception;
  }

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
      System.out.println(comparison.compare(pair[0], pair[1], rounds, decodes).describe());
    }
  }

  private static void driftOverhead(int rounds, int decodes) throws Exception {
    DecodeCpuTime comparison = new DecodeCpuTime();
    Comparison clean =
        comparison.compare("typewireRecordingDrift", "typewireReader", rounds, decodes);
    Comparison drifting =
        comparison.compare("drift.recordingOn", "drift.recordingOff", rounds, decodes);
    Comparison worse = clean.median() <= drifting.median() ? clean : drifting;
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

  /**
   * One pair's result: the median of the per-round speed ratios a over b, the 95 % interval of
   * that median ({@code low .. high}), the extremes and each side's median CPU time per decode.
   */
  private record Comparison(
      String a,
      String b,
      double median,
      double low,
      double high,
      double min,
      double max,
      double aMillis,
      double bMillis,
      int rounds,
      int decodes) {

    double uncertainty() {
      return Math.max(median - low, high - median);
    }

    String describe() {
      return String.format(
          Locale.ROOT,
          "CPU %s:%s %.3f (%.3f .. %.3f; 95 %% interval of the median %.3f .. %.3f) %.3f ms vs"
              + " %.3f ms per decode, %d rounds of %d",
          a,
          b,
          median,
          min,
          max,
          low,
          high,
          aMillis,
          bMillis,
          rounds,
          decodes);
    }
  }

  private Comparison compare(String a, String b, int rounds, int decodes) throws Exception {
    Side first = side(a);
    Side second = side(b);
    List<Double> ratios = new ArrayList<>();
    List<Double> aTimes = new ArrayList<>();
    List<Double> bTimes = new ArrayList<>();
    for (int round = 0; round < WARMUP_ROUNDS + rounds; round++) {
      long aNanos;
      long bNanos;
      if (round % 2 == 0) {
        aNanos = cpuNanos(first, decodes);
        bNanos = cpuNanos(second, decodes);
      } else {
        bNanos = cpuNanos(second, decodes);
        aNanos = cpuNanos(first, decodes);
      }
      if (round >= WARMUP_ROUNDS) {
        ratios.add((double) bNanos / aNanos);
        aTimes.add(aNanos / 1e6 / decodes);
        bTimes.add(bNanos / 1e6 / decodes);
      }
    }
    List<Double> sorted = new ArrayList<>(ratios);
    sorted.sort(null);
    int n = sorted.size();
    // Ranks of the median's 95 % interval: n/2 -+ 1.96 sqrt(n)/2 (normal approximation).
    int spread = (int) Math.ceil(0.98 * Math.sqrt(n));
    return new Comparison(
        a,
        b,
        median(ratios),
        sorted.get(Math.max(0, (n - 1) / 2 - spread)),
        sorted.get(Math.min(n - 1, n / 2 + spread)),
        sorted.get(0),
        sorted.get(n - 1),
        median(aTimes),
        median(bTimes),
        rounds,
        decodes);
  }

  private Side side(String name) {
    Side side = sides.get(name);
    if (side == null) {
      throw new IllegalArgumentException("unknown side " + name + "; known: " + sides.keySet());
    }
    return side;
  }

  private static long cpuNanos(Side side, int decodes) throws Exception {
    long start = THREADS.getCurrentThreadCpuTime();
    Object last = null;
    for (int i = 0; i < decodes; i++) {
      last = side.decode();
    }
    long used = THREADS.getCurrentThreadCpuTime() - start;
    if (last == null) {
      throw new IllegalStateException("nothing decoded");
    }
    return used;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
