package dev.typewire.bench.generation;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One child process, timed: wall time, and peak RSS from {@code /usr/bin/time -v} when that exists.
 */
record MeasuredRun(
    String label, int exitCode, boolean timedOut, double seconds, long peakRssKib, String output) {

  private static final Path TIME = Path.of("/usr/bin/time");
  private static final Pattern WARNINGS = Pattern.compile("(?m)^(\\d+) warnings?$");
  private static final Pattern PROCESSOR_TOTAL =
      Pattern.compile("\\[TW-TIMINGS\\] (.*); processor total (\\d+) ms");
  private static final Pattern PROCESSOR_CPU = Pattern.compile("; processor cpu (\\d+) ms");
  private static final Pattern CPU_TIME =
      Pattern.compile("(?:User|System) time \\(seconds\\): ([0-9.]+)");
  private static final Pattern MAX_RSS =
      Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");

  static MeasuredRun run(String label, List<String> command, Path log, long timeoutSeconds)
      throws IOException, InterruptedException {
    Files.createDirectories(log.getParent());
    List<String> full = new ArrayList<>();
    boolean timed = Files.isExecutable(TIME);
    if (timed) {
      full.addAll(List.of(TIME.toString(), "-v"));
    }
    full.addAll(command);
    long start = System.nanoTime();
    Process process =
        new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean done = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
    if (!done) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    String output = Files.readString(log);
    Matcher rss = MAX_RSS.matcher(output);
    long peak = rss.find() ? Long.parseLong(rss.group(1)) : -1;
    return new MeasuredRun(label, done ? process.exitValue() : -1, !done, seconds, peak, output);
  }

  boolean ok() {
    return !timedOut && exitCode == 0;
  }

  /** The first lines that look like errors, joined on one line, for a RESULT note. */
  String firstErrors(int max) {
    List<String> errors =
        output
            .lines()
            .filter(l -> l.contains("error:") || l.contains("ERROR") || l.contains("Exception"))
            .filter(l -> !l.contains("Command being timed") && !l.contains("exceptions"))
            .limit(max)
            .map(String::strip)
            .toList();
    String joined = errors.isEmpty() ? "exit " + exitCode : String.join(" | ", errors);
    joined = joined.replace(File.separatorChar, '/');
    return joined.length() > 400 ? joined.substring(0, 400) + "..." : joined;
  }

  /** The processor's own seconds from its TW-TIMINGS note, or -1 when the run printed none. */
  double processorSeconds() {
    Matcher timings = PROCESSOR_TOTAL.matcher(output);
    return timings.find() ? Long.parseLong(timings.group(2)) / 1000.0 : -1;
  }

  /**
   * The CPU seconds of javac's thread in the processor, from its TW-TIMINGS note, or -1: unlike
   * the wall time, not inflated by other processes on a loaded machine.
   */
  double processorCpuSeconds() {
    Matcher cpu = PROCESSOR_CPU.matcher(output);
    return cpu.find() ? Long.parseLong(cpu.group(1)) / 1000.0 : -1;
  }

  /**
   * User plus system CPU seconds of the whole process from {@code /usr/bin/time -v}, or -1: what
   * the load of other processes on the machine moves least.
   */
  double cpuSeconds() {
    Matcher cpu = CPU_TIME.matcher(output);
    double total = 0;
    int found = 0;
    while (cpu.find()) {
      total += Double.parseDouble(cpu.group(1));
      found++;
    }
    return found == 2 ? total : -1;
  }

  /** The processor's stages from its TW-TIMINGS note, or empty. */
  String processorStages() {
    Matcher timings = PROCESSOR_TOTAL.matcher(output);
    return timings.find() ? timings.group(1) : "";
  }

  String summary() {
    String rss = peakRssKib < 0 ? "RSS n/a" : (peakRssKib / 1024) + " MiB peak RSS";
    String state = timedOut ? " TIMED OUT" : ok() ? "" : " FAILED";
    Matcher warnings = WARNINGS.matcher(output);
    String warned = warnings.find() ? ", " + warnings.group(1) + " javac warnings" : "";
    double processor = processorSeconds();
    double cpu = processorCpuSeconds();
    String split =
        processor < 0
            ? ""
            : String.format(
                Locale.ROOT,
                " (processor %.1f s%s, javac and JVM %.1f s)",
                processor,
                cpu < 0 ? "" : String.format(Locale.ROOT, ", %.1f s CPU", cpu),
                seconds - processor);
    return String.format(
        Locale.ROOT, "%s %.1f s%s, %s%s%s", label, seconds, split, rss, warned, state);
  }
}
