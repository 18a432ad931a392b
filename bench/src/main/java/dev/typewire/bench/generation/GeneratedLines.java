package dev.typewire.bench.generation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Counts the lines and files of the {@code .java} files under a directory. */
record GeneratedLines(long files, long lines) {

  static GeneratedLines under(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return new GeneratedLines(0, 0);
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      long[] totals = new long[2];
      paths
          .filter(p -> p.toString().endsWith(".java"))
          .forEach(
              p -> {
                totals[0]++;
                totals[1] += lineCount(p);
              });
      return new GeneratedLines(totals[0], totals[1]);
    }
  }

  private static long lineCount(Path file) {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return lines + " lines in " + files + " files";
  }
}
