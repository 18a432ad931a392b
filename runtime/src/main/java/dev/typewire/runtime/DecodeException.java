package dev.typewire.runtime;

import java.net.http.HttpHeaders;

/**
 * A successful (2xx) response whose body could not be turned into the expected type: not JSON, not
 * the expected shape, or over {@link ClientOptions.Builder#maxResponseBytes}. {@link #status()},
 * {@link #contentType()} and {@link #bodyExcerpt()} describe what arrived.
 */
public sealed class DecodeException extends ApiException permits DriftException {

  private static final long serialVersionUID = 1L;

  DecodeException(String message, ErrorContext context, Throwable cause) {
    super(message, context, cause);
  }

  /**
   * Creates the exception a client would throw for such a response, to stub a generated API in
   * tests; see {@link ApiException#forStatus(int, HttpHeaders, String, Object)} for what the other
   * accessors return.
   *
   * @param status the HTTP status, for example 200
   * @param headers the response headers
   * @param bodyExcerpt the response body as text, or the start of it
   */
  public DecodeException(int status, HttpHeaders headers, String bodyExcerpt) {
    this(status, headers, bodyExcerpt, null);
  }

  /**
   * Creates the exception a client would throw for such a response, with a decoded error body.
   *
   * @param status the HTTP status, for example 200
   * @param headers the response headers
   * @param bodyExcerpt the response body as text, or the start of it
   * @param errorBody what {@link #errorBody()} returns, typically the API's error record; or null
   */
  public DecodeException(int status, HttpHeaders headers, String bodyExcerpt, Object errorBody) {
    this(
        ErrorContext.stubMessage(status, bodyExcerpt),
        ErrorContext.stub(status, headers, bodyExcerpt, errorBody),
        null);
  }
}
