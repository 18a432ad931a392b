package dev.typewire.processor.change;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The version-pair corpus: {@code src/test/resources/changes/NN-name/} holds {@code previous.yaml},
 * {@code current.yaml} and {@code expected.txt}, one line per change the pair must produce: {@code
 * rule | level | affects | METHOD /path | previous pointer | current pointer}, {@code -} for none.
 */
public final class ChangeCorpus {

  /** Where the corpus lives, from the processor module's directory. */
  public static final Path ROOT = Path.of("src/test/resources/changes");

  private ChangeCorpus() {}

  /** The pair directories, in order. */
  public static List<Path> pairs() {
    try (Stream<Path> entries = Files.list(ROOT)) {
      return entries.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The expected lines of a pair, without blank lines and {@code #} comments. */
  public static List<String> expected(Path pair) {
    return read(pair.resolve("expected.txt"))
        .lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .toList();
  }

  /** A change as one line of {@code expected.txt}. */
  public static String line(Change change) {
    return String.join(
        " | ",
        change.rule(),
        change.level().wireName(),
        change.affects().isEmpty()
            ? "-"
            : Stream.of(Change.Affects.values())
                .filter(change.affects()::contains)
                .map(Change.Affects::wireName)
                .collect(Collectors.joining(",")),
        change.operation() == null ? "-" : change.operation().label(),
        change.previousPointer() == null ? "-" : change.previousPointer(),
        change.currentPointer() == null ? "-" : change.currentPointer());
  }
}
