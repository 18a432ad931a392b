package dev.typewire.processor.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.typewire.processor.model.ApiModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every version pair of the corpus through the engine and compares each change with the pair's
 * {@code expected.txt}. {@code -Dtypewire.changes.record=true} rewrites the expected files from the
 * engine's output, for review in the diff, never to make a failing pair pass unread.
 */
class ChangeCorpusTest {

  static Stream<Path> pairs() {
    return ChangeCorpus.pairs().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void pairProducesExactlyTheExpectedChanges(Path pair)
      throws DescriptionReader.UnreadableException, IOException {
    List<String> actual = changes(pair).stream().map(ChangeCorpus::line).toList();
    if (Boolean.getBoolean("typewire.changes.record")) {
      Files.writeString(pair.resolve("expected.txt"), String.join("\n", actual) + "\n");
    }
    assertEquals(
        ChangeCorpus.expected(pair).size(), actual.size(), () -> String.join("\n", actual));
    assertEquals(new TreeSet<>(ChangeCorpus.expected(pair)), new TreeSet<>(actual));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void additivePairsBreakNothing(Path pair) throws DescriptionReader.UnreadableException {
    if (!pair.getFileName().toString().contains("additive")) {
      return;
    }
    List<Change> changes = changes(pair);
    assertFalse(changes.isEmpty(), "an additive pair must report its addition");
    assertTrue(
        changes.stream().allMatch(change -> change.level() == Change.Level.INFO),
        () -> changes.toString());
  }

  static List<Change> changes(Path pair) throws DescriptionReader.UnreadableException {
    ApiModel previous =
        DescriptionReader.read("previous.yaml", ChangeCorpus.read(pair.resolve("previous.yaml")));
    ApiModel current =
        DescriptionReader.read("current.yaml", ChangeCorpus.read(pair.resolve("current.yaml")));
    return ChangeDetector.compare(previous, current);
  }
}
