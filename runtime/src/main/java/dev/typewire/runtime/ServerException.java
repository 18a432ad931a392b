package dev.typewire.runtime;

/**
 * HTTP 5xx: the API failed. Retried for 502, 503 and 504 when the {@link RetryPolicy} allows; this
 * is thrown once retries are exhausted.
 */
public final class ServerException extends ApiException {

  private static final long serialVersionUID = 1L;

  ServerException(String message, ErrorContext context, Throwable cause) {
    super(message, context, cause);
  }
}
