package dev.typewire.runtime;

/** What a response carried that its schema does not describe, and that decoding tolerated. */
public enum DriftKind {
  /** A property the object's schema does not list; it was skipped. */
  UNKNOWN_PROPERTY,
  /** An enum value the schema does not list; it was kept as an unknown value. */
  UNKNOWN_ENUM_VALUE,
  /** A value of another JSON type than declared, converted: a number in a string, say. */
  COERCED_VALUE,
  /**
   * A union ({@code oneOf}/{@code anyOf}) value no variant accepts, or whose discriminator value
   * the mapping lacks; it was kept as the union's {@code Unknown}. Also a webhook event the
   * description lacks, read as the event type's {@code Unknown}.
   */
  UNKNOWN_VARIANT,
  /** A property the schema requires that the response left out; it was decoded as absent. */
  MISSING_REQUIRED
}
