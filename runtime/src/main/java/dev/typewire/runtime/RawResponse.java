package dev.typewire.runtime;

import java.net.http.HttpHeaders;
import java.util.Objects;
import java.util.Optional;

/**
 * A successful response with everything the server sent besides the decoded body: the status, the
 * headers (rate-limit counters, pagination links, ETags) and the trace id. Returned by the {@code
 * withRawResponse()} view of a generated API class, and by {@link ApiTransport#sendRaw}.
 *
 * <pre>{@code
 * RawResponse<Chat> response = client.chats().withRawResponse().getChatById(id);
 * String remaining = response.header("X-RateLimit-Remaining").orElse("?");
 * Chat chat = response.body();
 * }</pre>
 *
 * <p>Error statuses never produce a {@code RawResponse}: they throw the usual {@link ApiException},
 * which carries the same details.
 *
 * @param <T> the decoded body type; {@link Void} for operations without a response body
 */
public final class RawResponse<T> {

  private final int status;
  private final HttpHeaders headers;
  private final String traceId;
  private final T body;

  /**
   * Creates a response, for example to stub a generated API in tests.
   *
   * @param status the HTTP status
   * @param headers the response headers
   * @param traceId the value of the trace id header, or null when none was sent
   * @param body the decoded body, or null for operations without one
   */
  public RawResponse(int status, HttpHeaders headers, String traceId, T body) {
    this.status = status;
    this.headers = Objects.requireNonNull(headers, "headers");
    this.traceId = traceId;
    this.body = body;
  }

  /**
   * Returns the HTTP status, a 2xx.
   *
   * @return the status
   */
  public int status() {
    return status;
  }

  /**
   * Returns every response header.
   *
   * @return the headers; names are case-insensitive
   */
  public HttpHeaders headers() {
    return headers;
  }

  /**
   * Returns the first value of one response header.
   *
   * @param name the header name, in any case
   * @return the value, empty when the header was not sent
   */
  public Optional<String> header(String name) {
    return headers.firstValue(name);
  }

  /**
   * Returns the value of the client's {@linkplain ClientOptions.Builder#traceIdHeader trace id
   * header}.
   *
   * @return the trace id, empty when not configured or not sent
   */
  public Optional<String> traceId() {
    return Optional.ofNullable(traceId);
  }

  /**
   * Returns the decoded body, the value the plain method would have returned.
   *
   * @return the body; null for operations without a response body and for 204 responses
   */
  public T body() {
    return body;
  }

  /** Shows the status and trace id; headers and body are left out, as they may hold secrets. */
  @Override
  public String toString() {
    return "RawResponse[status=" + status + (traceId == null ? "" : ", traceId=" + traceId) + "]";
  }
}
