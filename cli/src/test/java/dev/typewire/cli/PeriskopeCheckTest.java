package dev.typewire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every operation of the Periskope description, through the generated client and back. */
class PeriskopeCheckTest {

  @Test
  void everyOperationGivesTheRecordedVerdict() throws Exception {
    CheckRun run = CheckRun.of("check", "../schema/src/main/resources/periskope/openapi.json");
    String document = "periskope/openapi.json";

    List<String> differences =
        ExpectedFigures.differences(document, ExpectedFigures.read().get(document), run);

    assertEquals(List.of(), differences, run.out() + run.err());
    assertEquals(run.lines("FAIL").isEmpty() ? 0 : 1, run.exit());
    assertEquals(74, run.lines().size(), "one line per operation and the CHECK line");
  }
}
