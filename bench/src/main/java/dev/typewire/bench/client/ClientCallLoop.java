package dev.typewire.bench.client;

import java.lang.management.ManagementFactory;

/**
 * Calls one side of {@link ClientOverheadBenchmark} in a loop, for counts that machine load does
 * not disturb as it does requests per second: run it under {@code /usr/bin/time -v} with two call
 * counts and divide the difference in voluntary context switches (or CPU seconds) by the
 * difference in calls, which cancels JVM start and warm-up.
 *
 * <p>Usage: {@code ClientCallLoop generated|raw|rawWithTimeout <warm-up calls> <calls>}
 */
public final class ClientCallLoop {

  private ClientCallLoop() {}

  public static void main(String[] args) throws Exception {
    String side = args[0];
    int warmUp = Integer.parseInt(args[1]);
    int calls = Integer.parseInt(args[2]);
    ClientOverheadBenchmark benchmark = new ClientOverheadBenchmark();
    benchmark.setUp();
    try {
      for (int i = 0; i < warmUp; i++) {
        call(benchmark, side);
      }
      var os =
          (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      long cpuStart = os.getProcessCpuTime();
      for (int i = 0; i < calls; i++) {
        call(benchmark, side);
      }
      System.out.printf(
          "%s: %d calls, %.1f us process CPU per call%n",
          side, calls, (os.getProcessCpuTime() - cpuStart) / 1e3 / Math.max(1, calls));
    } finally {
      benchmark.tearDown();
    }
  }

  private static Object call(ClientOverheadBenchmark benchmark, String side) throws Exception {
    return switch (side) {
      case "generated" -> benchmark.generatedClient();
      case "raw" -> benchmark.rawHttpClient();
      case "rawWithTimeout" -> benchmark.rawHttpClientWithTimeout();
      default -> throw new IllegalArgumentException("unknown side " + side);
    };
  }
}
