package dev.typewire.processor.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A failure inside a stage becomes one TW-BUG problem at the node the stage was working on. */
class GuardTest {

  @Test
  void stackOverflowBecomesABugReportAtTheCurrentNode() {
    Diagnostics diagnostics = new Diagnostics();
    diagnostics.warning("TW-COOKIE", "#/paths/~1a/get/parameters/0", "collected before the crash");

    Object result =
        Guard.run(
            diagnostics,
            "reading the schema",
            () -> {
              diagnostics.workingAt("#/components/schemas/Chat/properties/id");
              return recurseForever(0);
            });

    assertNull(result);
    assertEquals(2, diagnostics.problems().size(), "earlier problems are kept");
    Problem bug = diagnostics.problems().get(1);
    assertEquals(Guard.BUG, bug.id());
    assertEquals(Problem.Severity.ERROR, bug.severity());
    assertEquals("#/components/schemas/Chat/properties/id", bug.pointer());
    assertTrue(bug.message().contains("reading the schema"), bug.message());
    assertTrue(bug.message().contains("java.lang.StackOverflowError"), bug.message());
    assertTrue(bug.message().contains("GuardTest.recurseForever"), bug.message());
    assertTrue(bug.message().contains("Typewire bug"), bug.message());
  }

  @Test
  void runtimeExceptionBecomesABugReport() {
    Diagnostics diagnostics = new Diagnostics();
    diagnostics.workingAt("#/paths/~1chats/get");

    Guard.run(
        diagnostics,
        "validating the schema",
        () -> {
          throw new IllegalStateException("inconsistent model");
        });

    Problem bug = diagnostics.problems().get(0);
    assertEquals("#/paths/~1chats/get", bug.pointer());
    assertTrue(bug.message().contains("IllegalStateException: inconsistent model"), bug.message());
  }

  @Test
  void returnsTheStageResultWhenNothingFails() {
    Diagnostics diagnostics = new Diagnostics();
    assertEquals("model", Guard.run(diagnostics, "reading the schema", () -> "model"));
    assertTrue(diagnostics.problems().isEmpty());
  }

  private static Object recurseForever(int depth) {
    return depth < 0 ? null : recurseForever(depth + 1);
  }
}
