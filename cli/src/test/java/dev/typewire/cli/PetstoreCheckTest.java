package dev.typewire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * OpenAPI Generator's Petstore, the description issue #13 was found with, against the validating
 * server: every operation is called with its credentials (an api_key header, the OAuth token) and
 * valid data, and uploadFile sends a real file in a multipart body the server reads part by part.
 */
class PetstoreCheckTest {

  @Test
  void everyOperationPassesTheValidatingServer() {
    for (String version : new String[] {"3.0", "3.1"}) {
      CheckRun run =
          CheckRun.of(
              "check",
              "../processor/src/test/resources/oas-examples/" + version + "/petstore.json");

      assertEquals(0, run.exit(), run.out() + run.err());
      assertEquals(
          "CHECK operations=20 passed=20 failed=0 skipped=0",
          run.lines().get(run.lines().size() - 1),
          run.out());
      assertTrue(
          run.lines("PASS").stream().anyMatch(line -> line.contains("uploadFile")), run.out());
    }
  }
}
