package dev.typewire.runtime;

/** HTTP 404: the addressed resource does not exist. */
public final class NotFoundException extends ApiException {

  private static final long serialVersionUID = 1L;

  NotFoundException(String message, ErrorContext context, Throwable cause) {
    super(message, context, cause);
  }
}
