package dev.typewire.runtime;

/** The API rejected the credentials: HTTP 401 (missing or invalid token) or 403 (not allowed). */
public final class AuthenticationException extends ApiException {

  private static final long serialVersionUID = 1L;

  AuthenticationException(String message, ErrorContext context, Throwable cause) {
    super(message, context, cause);
  }
}
