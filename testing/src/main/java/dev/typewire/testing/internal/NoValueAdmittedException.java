package dev.typewire.testing.internal;

/**
 * Thrown when a schema the check must send a value for provably admits none ({@link
 * UnsatisfiableSchema}): no request can follow the description, so its operation is skipped with
 * the proof rather than failed.
 */
public final class NoValueAdmittedException extends NoRequestValueException {
  private static final long serialVersionUID = 1L;

  public NoValueAdmittedException(String reason) {
    super("the description admits no value: " + reason);
  }
}
