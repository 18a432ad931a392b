package dev.typewire.bench.decode;

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
 * Prints {@code CPU <a>:<b> <speed ratio a/b> (min .. max) <a ms> vs <b ms>} per pair.
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
    sides.put("drift.recordingOff", drifting::recordingOff);
    sides.put("drift.recordingOn", drifting::recordingOn);
  }

  public static void main(String[] args) throws Exception {
    int rounds = Integer.parseInt(args[0]);
    int decodes = Integer.parseInt(args[1]);
    DecodeCpuTime comparison = new DecodeCpuTime();
    for (int i = 2; i < args.length; i++) {
      String[] pair = args[i].split(":", 2);
      comparison.compare(pair[0], pair[1], rounds, decodes);
    }
  }

  private void compare(String a, String b, int rounds, int decodes) throws Exception {
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
    System.out.printf(
        Locale.ROOT,
        "CPU %s:%s %.3f (%.3f .. %.3f) %.3f ms vs %.3f ms per decode, %d rounds of %d%n",
        a,
        b,
        median(ratios),
        ratios.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
        ratios.stream().mapToDouble(Double::doubleValue).max().orElseThrow(),
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
