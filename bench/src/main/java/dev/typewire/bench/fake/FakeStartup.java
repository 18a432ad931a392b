package dev.typewire.bench.fake;

import dev.typewire.testing.FakeServer;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How long {@code FakeServer.start("periskope/openapi.json")} takes in a fresh JVM, as in a test
 * run's first test: reading the description, building the validator and synthesizer, opening the
 * port. Each of {@value #RUNS} child JVMs starts one fake and prints the milliseconds; the RESULT
 * is their median (the warm figure, a second start in the same JVM, goes in the notes).
 */
public final class FakeStartup {
  static final int RUNS = 7;

  public static void main(String[] args) throws Exception {
    if (args.length == 1 && args[0].equals("--child")) {
      child();
      return;
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<Long> cold = new ArrayList<>();
    List<Long> warm = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      Process child =
          new ProcessBuilder(java, "-cp", fakeClassPath(), FakeStartup.class.getName(), "--child")
              .redirectErrorStream(true)
              .start();
      String output = new String(child.getInputStream().readAllBytes()).trim();
      if (!child.waitFor(60, TimeUnit.SECONDS) || child.exitValue() != 0) {
        System.out.println("RESULT fake-startup-ms 0 FAILED: " + output.replace('\n', ' '));
        return;
      }
      String[] figures = output.lines().reduce((a, b) -> b).orElse("").split(" ");
      cold.add(Long.parseLong(figures[0]));
      warm.add(Long.parseLong(figures[1]));
    }
    Collections.sort(cold);
    Collections.sort(warm);
    System.out.println(
        "RESULT fake-startup-ms "
            + cold.get(RUNS / 2)
            + " median of "
            + RUNS
            + " fresh JVMs (min "
            + cold.get(0)
            + ", max "
            + cold.get(RUNS - 1)
            + "; a second start in the same JVM "
            + warm.get(RUNS / 2)
            + " ms; class path: the fake's own jars) for Periskope's description on "
            + machine());
  }

  /**
   * The bench's classes and the fake's own dependencies only: the bench's class path has some 60
   * jars (OpenAPI Generator, openapi-diff, JMH), and finding the description's resource opens each
   * of them, which a test's class path would not make the fake pay.
   */
  static String fakeClassPath() {
    List<String> kept = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      if (!entry.endsWith(".jar") || FAKE_JARS.stream().anyMatch(name::startsWith)) {
        kept.add(entry);
      }
    }
    return String.join(File.pathSeparator, kept);
  }

  private static final List<String> FAKE_JARS =
      List.of(
          "typewire-testing",
          "typewire-runtime",
          "periskope-schema",
          "jackson-core",
          "jackson-databind",
          "jackson-annotations",
          "jackson-dataformat-yaml",
          "snakeyaml",
          "json-schema-validator",
          "itu-",
          "slf4j-api");

  private static void child() {
    long started = System.nanoTime();
    FakeServer first = FakeServer.start("periskope/openapi.json");
    long cold = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    first.close();
    started = System.nanoTime();
    FakeServer second = FakeServer.start("periskope/openapi.json");
    long warm = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    second.close();
    System.out.println(cold + " " + warm);
  }

  /** Cores, OS, Java, CPU, and the load average: on a shared machine it explains the spread. */
  private static String machine() throws Exception {
    String machine =
        Runtime.getRuntime().availableProcessors()
            + " cores, "
            + System.getProperty("os.name")
            + " "
            + System.getProperty("os.arch")
            + ", Java "
            + System.getProperty("java.version");
    if (new File("/proc/cpuinfo").exists()) {
      machine += ", " + cpu();
    }
    Path load = Path.of("/proc/loadavg");
    if (Files.exists(load)) {
      machine += ", load average " + Files.readString(load).split(" ")[0];
    }
    return machine;
  }

  private static String cpu() throws Exception {
    return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
        .filter(line -> line.startsWith("model name"))
        .map(line -> line.substring(line.indexOf(':') + 1).trim())
        .findFirst()
        .orElse("unknown CPU");
  }
}
