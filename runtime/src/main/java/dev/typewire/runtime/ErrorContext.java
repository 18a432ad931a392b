package dev.typewire.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Map;
import java.util.Objects;

/**
 * What an {@link ApiException} knows about the exchange that failed. A record rather than a long
 * constructor parameter list, so the exception subtypes stay one-liners.
 *
 * @param status 0 when no response was received
 * @param headers never null; empty when no response was received
 * @param traceId null when the client has no trace header or the response lacked it
 * @param contentType null when unknown
 * @param bodyExcerpt never null; already scrubbed of secrets
 * @param errorBody decoded error body (typed or a JSON tree), or null
 * @param mapper used to convert a JSON tree error body on demand; may be null
 */
record ErrorContext(
    String method,
    URI uri,
    int status,
    HttpHeaders headers,
    String traceId,
    String contentType,
    String bodyExcerpt,
    Object errorBody,
    ObjectMapper mapper) {

  static final HttpHeaders NO_HEADERS = HttpHeaders.of(Map.of(), (name, value) -> true);

  /** The URI of exceptions that callers create to stub an API, which made no request. */
  static final URI STUB_URI = URI.create("stub:/");

  /** Context for an exception a caller creates to stub an API: no request, so no method or URI. */
  static ErrorContext stub(int status, HttpHeaders headers, String bodyExcerpt, Object errorBody) {
    String excerpt = bodyExcerpt == null ? "" : bodyExcerpt;
    return new ErrorContext(
        "",
        STUB_URI,
        status,
        Objects.requireNonNull(headers, "headers"),
        null,
        headers.firstValue("Content-Type").orElse(null),
        excerpt,
        errorBody,
        null);
  }

  static String stubMessage(int status, String bodyExcerpt) {
    return "HTTP "
        + status
        + (bodyExcerpt == null || bodyExcerpt.isEmpty() ? "" : ": " + bodyExcerpt);
  }

  /** Context for a failure that happened before any response arrived. */
  static ErrorContext withoutResponse(String method, URI uri) {
    return new ErrorContext(method, uri, 0, NO_HEADERS, null, null, "", null, null);
  }
}
