package dev.typewire.runtime;

/**
 * The API rejected the request's content: HTTP 400, 409 or 422. The {@linkplain #errorBody() error
 * body} usually names the offending fields.
 */
public final class ValidationException extends ApiException {

  private static final long serialVersionUID = 1L;

  ValidationException(String message, ErrorContext context, Throwable cause) {
    super(message, context, cause);
  }
}
