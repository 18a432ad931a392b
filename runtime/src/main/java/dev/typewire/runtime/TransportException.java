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

  /**
   * Creates the exception a client would throw when no response arrived, to stub a generated API in
   * tests. {@link #method()} is empty and {@link #uri()} is {@code stub:/}.
   *
   * @param message the message
   * @param cause the underlying failure, typically an {@link java.io.IOException}; or null
   */
  public TransportException(String message, Throwable cause) {
    this(message, ErrorContext.withoutResponse("", ErrorContext.STUB_URI), cause);
  }
}
