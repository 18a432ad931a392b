package dev.typewire.runtime;

/**
 * Stands in for an exception whose message may quote a response body, such as Jackson's {@code
 * MismatchedInputException} quoting {@code "Bearer <token>"}: the original class name and stack
 * trace are kept, the message is scrubbed. Attached as the cause of an {@link ApiException}, so
 * that {@code log.error("...", e)} prints no credential from anywhere in the chain.
 */
final class RedactedCause extends Exception {

  private static final long serialVersionUID = 1L;

  // A chain longer than this is a cycle or pathological; the rest is left off.
  private static final int MAX_DEPTH = 16;

  private RedactedCause(String message, Throwable cause) {
    super(message, cause);
  }

  /** A scrubbed copy of {@code original} and its causes, or null for null. */
  static Throwable of(Throwable original, Redactor redactor) {
    return copy(original, redactor, 0);
  }

  private static Throwable copy(Throwable original, Redactor redactor, int depth) {
    if (original == null || depth == MAX_DEPTH) {
      return null;
    }
    String message = original.getMessage();
    RedactedCause copy =
        new RedactedCause(
            original.getClass().getName() + (message == null ? "" : ": " + redactor.scrub(message)),
            copy(original.getCause(), redactor, depth + 1));
    copy.setStackTrace(original.getStackTrace());
    return copy;
  }
}
