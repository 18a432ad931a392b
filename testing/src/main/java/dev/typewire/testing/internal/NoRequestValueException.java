package dev.typewire.testing.internal;

/**
 * Thrown when no value can be sent for a schema the description requires: the operation cannot be
 * called as the description says, which is no client defect. The subclasses tell why, which decides
 * whether the operation is skipped or failed.
 */
public abstract class NoRequestValueException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  NoRequestValueException(String message) {
    super(message);
  }
}
