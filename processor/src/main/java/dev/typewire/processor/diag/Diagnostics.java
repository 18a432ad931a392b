package dev.typewire.processor.diag;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects every problem found in one schema, so one compilation reports them all, and gates code
 * generation on there being no errors.
 *
 * <p>It also remembers the pointer of the schema node the reader last started on: when Typewire
 * itself fails, that is the best clue the user can give with the bug report.
 */
public final class Diagnostics {

  /**
   * A set: a path-level parameter is read once per operation of its path, and the same problem must
   * not be reported once per operation.
   */
  private final Set<Problem> problems = new LinkedHashSet<>();

  private String workingAt = "#";

  public void error(String id, String pointer, String message) {
    problems.add(new Problem(Problem.Severity.ERROR, id, pointer, message));
  }

  public void warning(String id, String pointer, String message) {
    problems.add(new Problem(Problem.Severity.WARNING, id, pointer, message));
  }

  /** Records that reading or validation is now working on the node at {@code pointer}. */
  public void workingAt(String pointer) {
    workingAt = pointer;
  }

  /** The node last passed to {@link #workingAt}, for crash reports. */
  public String workingAt() {
    return workingAt;
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
  }

  public List<Problem> problems() {
    return List.copyOf(problems);
  }
}
