package dev.typewire.processor.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem found in one schema, so one compilation reports them all, and gates code
 * generation on there being no errors.
 */
public final class Diagnostics {

  private final List<Problem> problems = new ArrayList<>();

  public void error(String id, String pointer, String message) {
    problems.add(new Problem(Problem.Severity.ERROR, id, pointer, message));
  }

  public void warning(String id, String pointer, String message) {
    problems.add(new Problem(Problem.Severity.WARNING, id, pointer, message));
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
  }

  public List<Problem> problems() {
    return List.copyOf(problems);
  }
}
