package dev.typewire.processor.read;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A cheap, deterministic complement to {@link SchemaReaderFuzzTest} that every build runs: a few
 * thousand seeded random edits of the broken and degraded schema corpora, each of which must
 * satisfy {@link ReaderProperty}. The fuzzer explores far more, but only when asked to; this keeps
 * the property exercised beyond the seed inputs on every build. A failure prints the seed file and
 * iteration, so the input can be rebuilt.
 */
class SchemaReaderMutationTest {

  private static final long SEED = 20261129L;
  private static final int EDITS_PER_FILE = 300;

  /** Fragments that steer edits toward the constructs the reader cares about. */
  private static final List<String> FRAGMENTS =
      List.of(
          "{",
          "}",
          "[",
          "]",
          ",",
          ":",
          "\"",
          "null",
          "true",
          "0",
          "-1",
          "1e400",
          "\"$ref\"",
          "\"#/components/schemas/Chat\"",
          "\"#/components/parameters/x\"",
          "\"#\"",
          "\"#/\"",
          "\"type\"",
          "\"object\"",
          "\"array\"",
          "\"items\"",
          "\"properties\"",
          "\"allOf\"",
          "\"oneOf\"",
          "\"enum\"",
          "\"required\"",
          "\"parameters\"",
          "\"in\"",
          "\"path\"",
          "\"name\"",
          "\"{id}\"",
          "\"/chats/{id}\"",
          "\"responses\"",
          "\"content\"",
          "\"application/json\"",
          "\"schema\"",
          "\"x-typewire-pagination\"",
          "\n",
          "  ",
          "- ",
          "&a ",
          "*a",
          "!!binary ",
          "? ",
          "%");

  @Test
  void seededEditsOfTheCorpusNeverThrow() throws IOException, URISyntaxException {
    Random random = new Random(SEED);
    for (Path file : corpus()) {
      String original = Files.readString(file, StandardCharsets.UTF_8);
      String name = file.getFileName().toString();
      for (int i = 0; i < EDITS_PER_FILE; i++) {
        String mutated = mutate(original, random, 1 + random.nextInt(4));
        try {
          ReaderProperty.check(name, mutated);
        } catch (RuntimeException | AssertionError | StackOverflowError e) {
          throw new AssertionError("edit " + i + " of " + name + " failed on:\n" + mutated, e);
        }
      }
    }
  }

  private static List<Path> corpus() throws IOException, URISyntaxException {
    Path warnings = Path.of(SchemaReaderMutationTest.class.getResource("/warnings.yaml").toURI());
    // The names/ clashes last, so the edits of the files before them stay what they were.
    return Stream.of(
            directory("/invalid").stream(),
            directory("/degraded").stream(),
            Stream.of(warnings),
            directory("/names").stream())
        .flatMap(stream -> stream)
        .toList();
  }

  private static List<Path> directory(String name) throws IOException, URISyntaxException {
    Path directory = Path.of(SchemaReaderMutationTest.class.getResource(name).toURI());
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(f -> !f.getFileName().toString().startsWith("deep-")).sorted().toList();
    }
  }

  private static String mutate(String text, Random random, int edits) {
    StringBuilder out = new StringBuilder(text);
    for (int e = 0; e < edits; e++) {
      int at = out.length() == 0 ? 0 : random.nextInt(out.length());
      switch (random.nextInt(4)) {
        case 0 -> out.insert(at, FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
        case 1 -> out.delete(at, Math.min(out.length(), at + 1 + random.nextInt(20)));
        case 2 -> {
          // Copy a slice elsewhere: duplicates keys, nests objects, repeats refs.
          int end = Math.min(out.length(), at + 1 + random.nextInt(80));
          String slice = out.substring(at, end);
          out.insert(out.length() == 0 ? 0 : random.nextInt(out.length()), slice);
        }
        default -> {
          if (out.length() > 0) {
            out.setCharAt(at, (char) (32 + random.nextInt(95)));
          }
        }
      }
    }
    return out.toString();
  }
}
