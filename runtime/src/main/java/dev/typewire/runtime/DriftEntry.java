package dev.typewire.runtime;

import java.time.Instant;
import java.util.Objects;

/**
 * One distinct drift: the same kind, at the same place, in responses of the same operation. Array
 * indexes in the pointer are collapsed to {@code *}, so a field unknown in every item of a list is
 * one entry.
 *
 * @param operation the method and path template, for example {@code GET /chats}
 * @param kind what was tolerated
 * @param type the Java type being decoded, for example {@code Chat} or {@code ChatType}
 * @param pointer the JSON pointer within the response body, for example {@code /items/∗/extra}
 * @param count how many times it was seen
 * @param firstSeen when it was first seen
 * @param lastSeen when it was last seen
 * @param example one value as sent, at most {@value #EXAMPLE_CHARS} characters, credentials
 *     removed; empty for {@link DriftKind#MISSING_REQUIRED}
 */
public record DriftEntry(
    String operation,
    DriftKind kind,
    String type,
    String pointer,
    long count,
    Instant firstSeen,
    Instant lastSeen,
    String example) {

  /** Longest {@link #example()}, in characters. */
  public static final int EXAMPLE_CHARS = 80;

  /**
   * Checks that every component is present.
   *
   * @throws NullPointerException if a component is null
   */
  public DriftEntry {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(firstSeen, "firstSeen");
    Objects.requireNonNull(lastSeen, "lastSeen");
    Objects.requireNonNull(example, "example");
  }

  /**
   * Returns one line naming the drift, for logs and summaries.
   *
   * @return for example {@code GET /chats: unknown property Chat /items/∗/extra (seen 3 times, e.g.
   *     42)}
   */
  public String describe() {
    String what =
        switch (kind) {
          case UNKNOWN_PROPERTY -> "unknown property";
          case UNKNOWN_ENUM_VALUE -> "unknown enum value";
          case COERCED_VALUE -> "value of another JSON type";
          case UNKNOWN_VARIANT -> "unknown union variant";
          case MISSING_REQUIRED -> "missing required property";
        };
    return operation
        + ": "
        + what
        + " in "
        + type
        + " at "
        + (pointer.isEmpty() ? "the body" : pointer)
        + " (seen "
        + count
        + (count == 1 ? " time" : " times")
        // A missing property has no value to show.
        + (kind == DriftKind.MISSING_REQUIRED ? "" : ", e.g. " + example)
        + ")";
  }
}
