package dev.typewire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code typewire check} over the vendored corpora: the 63 {@code @readme/oas-examples} documents
 * and the real vendor descriptions under {@code vendor/}. Each document's figures and FAIL lines
 * must be the ones in {@code check-expected.tsv}. Run with {@code -Dtypewire.check.record=true} to
 * rewrite a corpus's rows from what check now says (then read the diff: every new FAIL must name a
 * real defect).
 *
 * <p>The two corpora take about two and ten minutes on the shared 2-core machine, more than the
 * default build should spend, so they run when asked: {@code ./mvnw -B -pl cli -am verify
 * -Dtypewire.check.corpus=true}.
 */
@EnabledIfSystemProperty(named = "typewire.check.corpus", matches = "true")
class CorpusCheckTest {

  private static final Path RESOURCES = Path.of("../processor/src/test/resources");

  /**
   * Vendor documents left out, with the reason: generating and compiling them takes longer than a
   * check run should.
   */
  private static final List<String> SLOW = List.of("vendor/openai/openapi.yaml");

  @ParameterizedTest
  @ValueSource(strings = {"oas-examples", "vendor"})
  void everyDocumentGivesTheRecordedFigures(String corpus) throws IOException {
    Map<String, ExpectedFigures.Expected> expected = ExpectedFigures.read();
    List<String> differences = new ArrayList<>();
    List<String> table = new ArrayList<>();
    for (Path file : documents(RESOURCES.resolve(corpus))) {
      String document = RESOURCES.relativize(file).toString().replace('\\', '/');
      if (SLOW.contains(document)) {
        continue;
      }
      CheckRun run = CheckRun.forked("check", file.toString());
      differences.addAll(ExpectedFigures.differences(document, expected.get(document), run));
      table.add(row(document, run));
      for (String fail : run.lines("FAIL")) {
        table.add(failRow(document, fail));
      }
    }
    if (Boolean.getBoolean("typewire.check.record")) {
      record(corpus + "/", table);
      return;
    }
    assertEquals(List.of(), differences, String.join("\n", differences));
  }

  private static List<Path> documents(Path corpus) throws IOException {
    try (Stream<Path> files = Files.walk(corpus)) {
      return files.filter(f -> f.toString().matches(".*\\.(json|ya?ml)$")).sorted().toList();
    }
  }

  private static String row(String document, CheckRun run) {
    if (!run.checkLine().startsWith("CHECK ")) {
      // A run that ended without its summary (out of memory, killed) must not pass for figures.
      throw new AssertionError(
          document + ": check ended without a CHECK line (exit " + run.exit() + "): " + run.err());
    }
    String[] figures = run.checkLine().replace("CHECK ", "").split(" ");
    StringBuilder row = new StringBuilder(document);
    for (String figure : figures) {
      row.append('\t').append(figure.substring(figure.indexOf('=') + 1));
    }
    return row.toString();
  }

  /** The operation and the start of the reason, short of anything that changes between runs. */
  private static String failRow(String document, String fail) {
    String operation = fail.substring("FAIL ".length(), fail.indexOf(": "));
    String reason = ExpectedFigures.normalized(fail.substring(fail.indexOf(": ") + 2));
    reason = reason.length() > 160 ? reason.substring(0, 160) : reason;
    return document + "\tFAIL\t" + operation + "\t" + reason.strip();
  }

  private static void record(String prefix, List<String> table) throws IOException {
    List<String> kept = new ArrayList<>();
    for (String line : Files.readAllLines(ExpectedFigures.FILE, StandardCharsets.UTF_8)) {
      if (!line.startsWith(prefix)) {
        kept.add(line);
      }
    }
    kept.addAll(table);
    Files.write(ExpectedFigures.FILE, kept, StandardCharsets.UTF_8);
  }
}
