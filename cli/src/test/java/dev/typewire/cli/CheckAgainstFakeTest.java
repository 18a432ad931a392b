package dev.typewire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.typewire.testing.FakeServer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fake answers every Periskope operation without setup in a way a generated client decodes and
 * re-encodes validly, and every request that client sends is one the fake accepts: {@code typewire
 * check --base-url} run against the fake, which validates the requests the check then does not.
 */
class CheckAgainstFakeTest {

  @Test
  void everyPeriskopeOperationAnswersFromTheDescriptionAndDecodes() {
    try (FakeServer fake = FakeServer.start("periskope/openapi.json")) {
      CheckRun run =
          CheckRun.of(
              "check",
              "../schema/src/main/resources/periskope/openapi.json",
              "--base-url",
              fake.baseUrl().toString());

      assertEquals(
          "CHECK operations=73 passed=73 failed=0 skipped=0",
          run.checkLine(),
          run.out() + run.err());
      assertEquals(List.of(), fake.violations());
    }
  }
}
