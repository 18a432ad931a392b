package dev.typewire.bench.client;

import dev.typewire.bench.report.PairedRounds;
import dev.typewire.bench.report.PairedRounds.Result;
import java.util.List;
import java.util.Map;

/**
 * The generated client against raw {@code HttpClient} plus the same decoding, by wall time per
 * call, the two sides alternating in rounds in one JVM ({@link PairedRounds}). Wall time, not CPU
 * time, because a call's work is spread over the caller, the HttpClient's selector thread and the
 * loopback server: requests per second is what a user sees. Separate JMH forks of the two sides
 * gave errors of about ±18 % each on a 2-core machine; pairing cancels the load they share.
 *
 * <p>Usage: {@code ClientWallTime <rounds> <calls per round> [<a>:<b> ...]}, each side a method of
 * {@link ClientOverheadBenchmark}; without pairs, {@code generatedClient:rawHttpClient}. Prints
 * each comparison and its {@code PAIR} line, which {@code JmhRatios} turns into {@code RESULT
 * client-overhead-vs-raw}.
 */
public final class ClientWallTime {
  /** Calls of each side before the measured rounds: enough for C2 to compile both paths. */
  private static final int WARM_UP_CALLS = 3000;

  private ClientWallTime() {}

  public static void main(String[] args) throws Exception {
    int rounds = Integer.parseInt(args[0]);
    int calls = Integer.parseInt(args[1]);
    ClientOverheadBenchmark benchmark = new ClientOverheadBenchmark();
    benchmark.setUp();
    Map<String, Call> sides =
        Map.of(
            "generatedClient", benchmark::generatedClient,
            "rawHttpClient", benchmark::rawHttpClient,
            "rawHttpClientWithTimeout", benchmark::rawHttpClientWithTimeout);
    List<String> pairs =
        args.length > 2
            ? List.of(args).subList(2, args.length)
            : List.of("generatedClient:rawHttpClient");
    try {
      for (Call side : sides.values()) {
        wallNanos(WARM_UP_CALLS, side);
      }
      for (String pair : pairs) {
        String[] names = pair.split(":", 2);
        Call a = side(sides, names[0]);
        Call b = side(sides, names[1]);
        Result result =
            PairedRounds.compare(
                names[0],
                count -> wallNanos(count, a),
                names[1],
                count -> wallNanos(count, b),
                rounds,
                calls,
                "wall");
        System.out.println("WALL " + result.describe());
        System.out.println(result.toLine());
      }
    } finally {
      benchmark.tearDown();
    }
  }

  private static Call side(Map<String, Call> sides, String name) {
    Call side = sides.get(name);
    if (side == null) {
      throw new IllegalArgumentException("unknown side " + name + "; known: " + sides.keySet());
    }
    return side;
  }

  @FunctionalInterface
  private interface Call {
    Object call() throws Exception;
  }

  private static long wallNanos(int calls, Call side) throws Exception {
    long start = System.nanoTime();
    Object last = null;
    for (int i = 0; i < calls; i++) {
      last = side.call();
    }
    long used = System.nanoTime() - start;
    if (last == null) {
      throw new IllegalStateException("nothing decoded");
    }
    return used;
  }
}
