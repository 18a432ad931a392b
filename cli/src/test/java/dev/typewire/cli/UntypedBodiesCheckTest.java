package dev.typewire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * An operation is skipped only when what the check calls and verifies (request, success response)
 * is not generated: an error response the client cannot type still raises a typed exception.
 */
class UntypedBodiesCheckTest {

  @Test
  void anUntypedErrorResponseDoesNotSkipItsOperation() {
    CheckRun run = CheckRun.of("check", "src/test/resources/untyped-bodies/openapi.yaml");

    assertEquals("PASS POST /pets addPet", run.lines().get(0), run.out() + run.err());
    assertTrue(
        run.lines().get(1).startsWith("SKIP GET /export exportPets: [TW-MEDIA-TYPE] "), run::out);
    assertEquals("CHECK operations=2 passed=1 failed=0 skipped=1", run.checkLine());
  }

  @Test
  void requestExamplesWithAnXmlErrorResponseAllRun() {
    CheckRun run =
        CheckRun.of(
            "check", "../processor/src/test/resources/oas-examples/3.0/request-examples.json");

    assertEquals("CHECK operations=11 passed=11 failed=0 skipped=0", run.checkLine(), run::out);
  }
}
