package dev.typewire.processor.change;

import java.util.Set;

/**
 * One difference between two descriptions, as a client built from the previous one sees it.
 *
 * @param rule a stable id; {@code TW-BREAK-...} for breaking changes, where it is also the
 *     diagnostic id, {@code TW-CHANGE-...} otherwise
 * @param affects {@link Affects#WIRE} when a client built from the previous description fails
 *     against a server of the current one, {@link Affects#SOURCE} when code written against the
 *     previous generated client no longer compiles
 * @param operation the operation the change was found under, or null for a change of the document
 *     as a whole
 * @param previousPointer the JSON pointer of the node in the previous description, or null when it
 *     is new
 * @param currentPointer the JSON pointer in the current description, or null when it is gone
 * @param message one line; description text in it is plain text, escaped by each report format
 */
public record Change(
    String rule,
    Level level,
    Set<Affects> affects,
    OperationRef operation,
    String previousPointer,
    String currentPointer,
    String message) {

  public Change {
    affects = Set.copyOf(affects);
  }

  /** How much a change matters to users of the previous client. */
  public enum Level {
    BREAKING,
    WARNING,
    INFO;

    public String wireName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Which side of the client a change breaks. */
  public enum Affects {
    WIRE,
    SOURCE;

    public String wireName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** An operation by its identifier and its {@code METHOD /path}. */
  public record OperationRef(String operationId, String method, String path) {

    /** {@code GET /pets}. */
    public String label() {
      return method + " " + path;
    }
  }
}
