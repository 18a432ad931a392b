package dev.typewire.runtime;

/**
 * No usable response: the connection could not be made, was cut, or timed out. {@link #status()} is
 * 0 and {@link #getCause()} holds the underlying {@link java.io.IOException}.
 */
public final class TransportException extends ApiException {

  private static final long serialVersionUID = 1L;

  TransportException(String message, ErrorContext context, Throwable cause) {
    super(message, context, cause);
  }
}
