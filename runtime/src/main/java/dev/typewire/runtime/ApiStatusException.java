package dev.typewire.runtime;

/**
 * An error status without a more specific subtype, for example 405, 410 or an unfollowed 3xx
 * redirect.
 */
public final class ApiStatusException extends ApiException {

  private static final long serialVersionUID = 1L;

  ApiStatusException(String message, ErrorContext context, Throwable cause) {
    super(message, context, cause);
  }
}
