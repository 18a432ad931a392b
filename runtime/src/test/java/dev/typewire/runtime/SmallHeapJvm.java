package dev.typewire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a class's {@code main} in a second JVM with a small heap, for tests proving that the runtime
 * streams what it must not hold in memory: buffering makes that JVM fail.
 */
final class SmallHeapJvm {

  private SmallHeapJvm() {}

  /**
   * Runs {@code main} with {@code -Xmx<heap>} and waits for it to exit successfully.
   *
   * @return what the child printed
   */
  static String run(Path temp, String heap, Class<?> main, long minutes, String... args)
      throws IOException, InterruptedException {
    Path log = temp.resolve("child.log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + heap);
    command.add("-cp");
    command.add(classPath());
    command.add(main.getName());
    command.addAll(List.of(args));
    Process child =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(child.waitFor(minutes, TimeUnit.MINUTES), "child finished");
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(0, child.exitValue(), output);
    return output;
  }

  /** The test's own class path; under Surefire's module path the entries are there instead. */
  private static String classPath() {
    List<String> entries = new ArrayList<>();
    for (String property : List.of("jdk.module.path", "java.class.path")) {
      String value = System.getProperty(property);
      if (value != null && !value.isEmpty()) {
        entries.addAll(List.of(value.split(File.pathSeparator)));
      }
    }
    return String.join(File.pathSeparator, entries);
  }
}
