package dev.typewire.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;

/**
 * An A/B comparison that holds on a shared, noisy machine: the two sides alternate in short rounds
 * in one JVM (their order flipped every round), so a change of load, of CPU frequency or of JIT
 * state hits both alike. Each round gives one ratio; the result is the median ratio with the 95 %
 * interval of that median, from the order statistics of the per-round ratios (no assumption about
 * their distribution). Two JMH forks of one side can differ by more than the effects measured here,
 * which is why the RESULT ratios come from this and not from two separate JMH runs.
 */
public final class PairedRounds {
  private static final int WARMUP_ROUNDS = 10;

  private PairedRounds() {}

  /** Runs one side {@code count} times and returns the time it took, in nanoseconds. */
  @FunctionalInterface
  public interface Timed {
    long nanos(int count) throws Exception;
  }

  /**
   * Times {@code count} runs of {@code operation} by {@code clock} (nanoseconds), failing when the
   * last run produced nothing: a side that silently does no work would win every round.
   */
  public static Timed timed(LongSupplier clock, Callable<?> operation) {
    return count -> {
      long start = clock.getAsLong();
      Object last = null;
      for (int i = 0; i < count; i++) {
        last = operation.call();
      }
      long used = clock.getAsLong() - start;
      if (last == null) {
        throw new IllegalStateException("nothing produced");
      }
      return used;
    };
  }

  /**
   * Compares the sides named {@code a} and {@code b} of {@code sides}, each run timed by {@code
   * clock} (see {@link #timed} and {@link #compare(String, Timed, String, Timed, int, int,
   * String)}).
   *
   * @throws IllegalArgumentException if {@code sides} has no side of either name
   */
  public static Result compare(
      Map<String, ? extends Callable<?>> sides,
      String a,
      String b,
      LongSupplier clock,
      String clockName,
      int rounds,
      int count)
      throws Exception {
    return compare(
        a,
        timed(clock, side(sides, a)),
        b,
        timed(clock, side(sides, b)),
        rounds,
        count,
        clockName);
  }

  private static Callable<?> side(Map<String, ? extends Callable<?>> sides, String name) {
    Callable<?> side = sides.get(name);
    if (side == null) {
      throw new IllegalArgumentException("unknown side " + name + "; known: " + sides.keySet());
    }
    return side;
  }

  /**
   * Compares {@code a} with {@code b} over {@code rounds} measured rounds (after a few unmeasured
   * ones), each running both sides {@code count} times.
   *
   * @param clock what the times are, for the notes ("thread CPU", "wall")
   */
  public static Result compare(
      String a, Timed timedA, String b, Timed timedB, int rounds, int count, String clock)
      throws Exception {
    List<Double> ratios = new ArrayList<>();
    List<Double> aTimes = new ArrayList<>();
    List<Double> bTimes = new ArrayList<>();
    for (int round = 0; round < WARMUP_ROUNDS + rounds; round++) {
      long aNanos;
      long bNanos;
      if (round % 2 == 0) {
        aNanos = timedA.nanos(count);
        bNanos = timedB.nanos(count);
      } else {
        bNanos = timedB.nanos(count);
        aNanos = timedA.nanos(count);
      }
      if (round >= WARMUP_ROUNDS) {
        ratios.add((double) bNanos / aNanos);
        aTimes.add(aNanos / 1e6 / count);
        bTimes.add(bNanos / 1e6 / count);
      }
    }
    List<Double> sorted = new ArrayList<>(ratios);
    sorted.sort(null);
    int n = sorted.size();
    // Ranks of the median's 95 % interval: n/2 -+ 1.96 sqrt(n)/2 (normal approximation).
    int spread = (int) Math.ceil(0.98 * Math.sqrt(n));
    return new Result(
        a,
        b,
        medianOfSorted(sorted),
        sorted.get(Math.max(0, (n - 1) / 2 - spread)),
        sorted.get(Math.min(n - 1, n / 2 + spread)),
        sorted.get(0),
        sorted.get(n - 1),
        median(aTimes),
        median(bTimes),
        rounds,
        count,
        clock);
  }

  /**
   * One pair's result: the median of the per-round speed ratios a over b (above 1: a is faster),
   * the 95 % interval of that median ({@code low .. high}), the extremes and each side's median
   * time per operation.
   */
  public record Result(
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
      int count,
      String clock) {

    /** The larger distance from the median to an end of its 95 % interval. */
    public double uncertainty() {
      return Math.max(median - low, high - median);
    }

    /** A human-readable line: ratio, extremes, interval, both sides' median times. */
    public String describe() {
      return String.format(
          Locale.ROOT,
          "%s:%s %.3f (%.3f .. %.3f; 95 %% interval of the median %.3f .. %.3f) %.3f ms vs"
              + " %.3f ms (%s) per operation, %d rounds of %d",
          a,
          b,
          median,
          min,
          max,
          low,
          high,
          aMillis,
          bMillis,
          clock,
          rounds,
          count);
    }

    /** The notes' summary: what was paired and how, with the interval and both sides' times. */
    public String note() {
      return String.format(
          Locale.ROOT,
          "paired A/B by %s time, two sides alternating in one JVM, median of %d rounds of %d"
              + " (95 %% interval %.3f .. %.3f; %.3f vs %.3f ms per operation)",
          clock,
          rounds,
          count,
          low,
          high,
          aMillis,
          bMillis);
    }

    /** This result as one machine-readable line, read back by {@link #parse}. */
    public String toLine() {
      return String.format(
          Locale.ROOT,
          "PAIR %s %s %.6f %.6f %.6f %.6f %.6f %.6f %.6f %d %d %s",
          a,
          b,
          median,
          low,
          high,
          min,
          max,
          aMillis,
          bMillis,
          rounds,
          count,
          clock.replace(' ', '_'));
    }

    /** Reads a line written by {@link #toLine}. */
    public static Result parse(String line) {
      String[] f = line.trim().split(" ");
      if (f.length != 13 || !f[0].equals("PAIR")) {
        throw new IllegalArgumentException("not a PAIR line: " + line);
      }
      return new Result(
          f[1],
          f[2],
          Double.parseDouble(f[3]),
          Double.parseDouble(f[4]),
          Double.parseDouble(f[5]),
          Double.parseDouble(f[6]),
          Double.parseDouble(f[7]),
          Double.parseDouble(f[8]),
          Double.parseDouble(f[9]),
          Integer.parseInt(f[10]),
          Integer.parseInt(f[11]),
          f[12].replace('_', ' '));
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return medianOfSorted(sorted);
  }

  private static double medianOfSorted(List<Double> sorted) {
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
