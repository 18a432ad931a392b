package dev.typewire.testing.internal;

/**
 * Thrown when the validator cannot read a schema the check must send a value for: the schema is
 * invalid in its own dialect (draft-06's {@code exclusiveMinimum} given draft-04's boolean), so
 * neither a PASS nor a FAIL would say anything about the client. Its operation is skipped with the
 * validator's reason.
 */
public final class UnusableSchemaException extends NoRequestValueException {
  private static final long serialVersionUID = 1L;

  public UnusableSchemaException(String reason) {
    super("no verdict is possible, " + reason);
  }
}
