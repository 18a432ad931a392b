package dev.typewire.runtime;

import java.util.List;

/**
 * A successful response carried what its schema does not describe, and the client was built with
 * {@link ClientOptions.Builder#failOnDrift(boolean)}: meant for contract tests, which should fail
 * when the real server moves ahead of the description.
 */
public final class DriftException extends DecodeException {

  private static final long serialVersionUID = 1L;

  // Serializable records of strings and numbers; a List.copyOf result is serializable too.
  @SuppressWarnings("serial")
  private final List<DriftEntry> entries;

  DriftException(String message, ErrorContext context, List<DriftEntry> entries) {
    super(message, context, null);
    this.entries = List.copyOf(entries);
  }

  /**
   * Returns what the response carried beyond its schema, each distinct drift once.
   *
   * @return the entries, examples redacted
   */
  public List<DriftEntry> entries() {
    return entries;
  }
}
