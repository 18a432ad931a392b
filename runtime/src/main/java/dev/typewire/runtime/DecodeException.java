package dev.typewire.runtime;

/**
 * A successful (2xx) response whose body could not be turned into the expected type: not JSON, not
 * the expected shape, or over {@link ClientOptions.Builder#maxResponseBytes}. {@link #status()},
 * {@link #contentType()} and {@link #bodyExcerpt()} describe what arrived.
 */
public final class DecodeException extends ApiException {

  private static final long serialVersionUID = 1L;

  DecodeException(String message, ErrorContext context, Throwable cause) {
    super(message, context, cause);
  }
}
