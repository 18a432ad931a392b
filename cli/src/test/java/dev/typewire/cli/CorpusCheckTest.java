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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * {@code typewire check} over the 63 vendored {@code @readme/oas-examples} documents: each
 * document's figures and FAIL lines must be the ones in {@code check-expected.tsv}. Run with {@code
 * -Dtypewire.check.record=true} to rewrite the table from what check now says (then read the diff:
 * every new FAIL must name a real defect).
 *
 * <p>It takes one and a half to two minutes on the shared 2-core machine, more than the default
 * build should spend, so it runs when asked: {@code ./mvnw -B -pl cli -am verify
 * -Dtypewire.check.corpus=true}.
 */
@EnabledIfSystemProperty(named = "typewire.check.corpus", matches = "true")
class OasExamplesCheckTest {

  private static final Path CORPUS = Path.of("../processor/src/test/resources/oas-examples");

  @Test
  void everyDocumentGivesTheRecordedFigures() throws IOException {
    Map<String, ExpectedFigures.Expected> expected = ExpectedFigures.read();
    List<String> differences = new ArrayList<>();
    List<String> table = new ArrayList<>();
    for (Path file : documents()) {
      String document = "oas-examples/" + CORPUS.relativize(file).toString().replace('\\', '/');
      CheckRun run = CheckRun.of("check", file.toString());
      differences.addAll(ExpectedFigures.differences(document, expected.get(document), run));
      table.add(row(document, run));
      for (String fail : run.lines("FAIL")) {
        table.add(failRow(document, fail));
      }
    }
    if (Boolean.getBoolean("typewire.check.record")) {
      record(table);
      return;
    }
    assertEquals(List.of(), differences, String.join("\n", differences));
  }

  private static List<Path> documents() throws IOException {
    try (Stream<Path> files = Files.walk(CORPUS)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
  }

  private static String row(String document, CheckRun run) {
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

  private static void record(List<String> table) throws IOException {
    List<String> kept = new ArrayList<>();
    for (String line : Files.readAllLines(ExpectedFigures.FILE, StandardCharsets.UTF_8)) {
      if (!line.startsWith("oas-examples/")) {
        kept.add(line);
      }
    }
    kept.addAll(table);
    Files.write(ExpectedFigures.FILE, kept, StandardCharsets.UTF_8);
  }
}
