package dev.typewire.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One run of {@code typewire check} in this JVM, with what it printed. */
record CheckRun(int exit, String out, String err) {

  static CheckRun of(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      exit = CheckCommand.run(args, o, e);
    }
    return new CheckRun(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /**
   * Runs check in a JVM of its own: each run loads a generated client and compiles in memory, and a
   * corpus of large descriptions run one after another in one JVM outgrows a test heap.
   */
  static CheckRun forked(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx6g");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(TypewireCli.class.getName());
    command.addAll(List.of(args));
    try {
      Path out = Files.createTempFile("check", ".out");
      Path err = Files.createTempFile("check", ".err");
      try {
        Process process =
            new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
          process.destroyForcibly();
          throw new AssertionError("check did not finish in 10 minutes: " + List.of(args));
        }
        return new CheckRun(
            process.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  List<String> lines() {
    return out.lines().toList();
  }

  String checkLine() {
    List<String> lines = lines();
    return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
  }

  List<String> lines(String verdict) {
    return lines().stream().filter(line -> line.startsWith(verdict + " ")).toList();
  }
}
