package dev.typewire.bench.client;

import dev.typewire.bench.report.PairedRounds;
import dev.typewire.bench.report.PairedRounds.Result;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

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
    Map<String, Callable<?>> sides =
        Map.of(
            "generatedClient", benchmark::generatedClient,
            "rawHttpClient", benchmark::rawHttpClient,
            "rawHttpClientWithTimeout", benchmark::rawHttpClientWithTimeout);
    List<String> pairs =
        args.length > 2
            ? List.of(args).subList(2, args.length)
            : List.of("generatedClient:rawHttpClient");
    try {
      for (Callable<?> side : sides.values()) {
        PairedRounds.timed(System::nanoTime, side).nanos(WARM_UP_CALLS);
      }
      for (String pair : pairs) {
        String[] names = pair.split(":", 2);
        Result result =
            PairedRounds.compare(
                sides, names[0], names[1], System::nanoTime, "wall", rounds, calls);
        System.out.println("WALL " + result.describe());
        System.out.println(result.toLine());
      }
    } finally {
      benchmark.tearDown();
    }
  }
}
