package dev.typewire.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code check-expected.tsv}: per document, the figures {@code typewire check} gives ({@code
 * document operations passed failed skipped}) and each FAIL it prints ({@code document FAIL
 * operation reason}, the reason being a part of the printed one), so any change shows.
 */
final class ExpectedFigures {

  static final Path FILE = Path.of("src/test/resources/check-expected.tsv");

  /** One document's expectations. */
  record Expected(String checkLine, Map<String, String> failures) {}

  private ExpectedFigures() {}

  static Map<String, Expected> read() throws IOException {
    Map<String, String> lines = new LinkedHashMap<>();
    Map<String, Map<String, String>> failures = new LinkedHashMap<>();
    for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t");
      if (cells.length == 4 && cells[1].equals("FAIL")) {
        failures.computeIfAbsent(cells[0], d -> new LinkedHashMap<>()).put(cells[2], cells[3]);
      } else if (cells.length == 5) {
        lines.put(
            cells[0],
            "CHECK operations="
                + cells[1]
                + " passed="
                + cells[2]
                + " failed="
                + cells[3]
                + " skipped="
                + cells[4]);
      } else {
        throw new IllegalStateException("malformed line in " + FILE + ": " + line);
      }
    }
    Map<String, Expected> expected = new LinkedHashMap<>();
    lines.forEach(
        (document, check) ->
            expected.put(document, new Expected(check, failures.getOrDefault(document, Map.of()))));
    return expected;
  }

  /** The line without what changes from run to run: the built-in server's port. */
  static String normalized(String line) {
    return line.replaceAll("http://127\\.0\\.0\\.1:\\d+", "http://127.0.0.1:PORT");
  }

  /** What in {@code run} differs from what is expected, one line each; empty when nothing does. */
  static List<String> differences(String document, Expected expected, CheckRun run) {
    List<String> differences = new ArrayList<>();
    if (expected == null) {
      differences.add(document + ": not in " + FILE + "; it gives " + run.checkLine());
      return differences;
    }
    if (!expected.checkLine().equals(run.checkLine())) {
      differences.add(
          document + ": expected " + expected.checkLine() + " but got " + run.checkLine());
    }
    List<String> fails = run.lines("FAIL");
    for (String fail : fails) {
      String operation = fail.substring("FAIL ".length(), fail.indexOf(": "));
      String reason = expected.failures().get(operation);
      if (reason == null || !normalized(fail).contains(reason)) {
        differences.add(document + ": unexpected " + fail);
      }
    }
    for (String operation : expected.failures().keySet()) {
      if (fails.stream().noneMatch(fail -> fail.startsWith("FAIL " + operation + ": "))) {
        differences.add(document + ": expected a FAIL for " + operation + ", which now passes");
      }
    }
    return differences;
  }
}
