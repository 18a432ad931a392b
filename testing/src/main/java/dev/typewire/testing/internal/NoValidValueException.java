package dev.typewire.testing.internal;

import java.util.List;

/**
 * Thrown when neither the description's example nor a synthesized value is valid against a schema:
 * the check cannot make a request that the description allows (a required property that contains
 * itself, a oneOf whose alternatives cannot be told apart), which is no client defect.
 */
public final class NoValidValueException extends NoRequestValueException {
  private static final long serialVersionUID = 1L;

  public NoValidValueException(String pointer, List<String> problems) {
    super(
        "typewire check found no value valid against "
            + pointer
            + " (the description may admit none): "
            + String.join("; ", problems));
  }
}
