package dev.typewire.processor.diag;

/**
 * One thing wrong (or degraded) in a schema.
 *
 * @param id a stable bracketed id tests and users can search for, e.g. {@code [TW-REF]}
 * @param pointer the JSON pointer of the offending node, starting with {@code #}; null when the
 *     problem concerns the file as a whole or the annotation (a {@code names} entry)
 */
public record Problem(Severity severity, String id, String pointer, String message) {

  /** How bad a problem is. */
  public enum Severity {
    ERROR,
    WARNING
  }
}
