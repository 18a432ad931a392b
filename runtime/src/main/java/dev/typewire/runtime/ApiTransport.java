package dev.typewire.runtime;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Sends {@link ApiRequest}s and turns responses into values or {@link ApiException}s. One per
 * generated client; thread safe.
 *
 * <p>Each call adds {@code User-Agent}, {@code Accept}, the bearer token and the client's default
 * headers; sends with the per-attempt timeout; reads at most {@link
 * ClientOptions#maxResponseBytes()} of the body (a {@link ResponseType#binary()} body is handed out
 * unread instead); retries as the {@link RetryPolicy} allows; and reports every attempt to the
 * {@link RequestListener} and the {@code dev.typewire.runtime} logger. The blocking {@link #send}
 * and the asynchronous {@link #sendAsync} behave identically.
 *
 * <p>{@link #close()} releases the HTTP client the transport built (a supplied one stays open);
 * calls made after it throw {@link IllegalStateException}.
 */
public final class ApiTransport implements AutoCloseable {

  private final TransportSetup setup;

  /**
   * Creates a transport; unless the options supply an {@link java.net.http.HttpClient}, it uses the
   * one shared by the transports of the same {@link ClientOptions.Builder}, built on first use.
   *
   * @param options the client settings
   */
  public ApiTransport(ClientOptions options) {
    this(options, null);
  }

  /**
   * Creates a transport whose default mapper also registers {@code codecs}, the generated client's
   * codecs; a mapper the options supply is used as it is.
   *
   * @param options the client settings
   * @param codecs the generated codecs, or null for none
   */
  public ApiTransport(ClientOptions options, Module codecs) {
    this.setup = new TransportSetup(Objects.requireNonNull(options, "options"), codecs);
  }

  /**
   * Sends a request and waits for the decoded response, retrying as the policy allows.
   *
   * @param request the request
   * @param responseType how to decode a successful response
   * @param <T> the decoded type
   * @return the decoded body; null for {@link ResponseType#none()} and for 204 responses
   * @throws ApiException when the call fails after all permitted attempts
   * @throws IllegalArgumentException if a parameter cannot be formatted or the body serialized
   * @throws IllegalStateException if credentials would be sent over plain http to another host, or
   *     the transport is closed
   */
  public <T> T send(ApiRequest request, ResponseType<T> responseType) {
    return newCall(request, responseType).run();
  }

  /**
   * Sends a request without blocking. The future completes with the decoded body, or exceptionally
   * with the {@link ApiException} that {@link #send} would have thrown, or with the {@link
   * IllegalArgumentException} or {@link IllegalStateException} that stopped the request before
   * sending: nothing is thrown from this method itself. Waits between retries hold no thread.
   * Cancelling the future (or completing it any other way, such as {@code orTimeout}) aborts the
   * exchange in flight and any retry not yet started.
   *
   * @param request the request
   * @param responseType how to decode a successful response
   * @param <T> the decoded type
   * @return the future result
   */
  public <T> CompletableFuture<T> sendAsync(ApiRequest request, ResponseType<T> responseType) {
    return sendAsync(() -> request, responseType);
  }

  /**
   * Builds the request and sends it without blocking, like {@link #sendAsync(ApiRequest,
   * ResponseType)}; a failure to build it (a parameter check) also completes the future instead of
   * being thrown.
   *
   * @param request builds the request
   * @param responseType how to decode a successful response
   * @param <T> the decoded type
   * @return the future result
   */
  public <T> CompletableFuture<T> sendAsync(
      Supplier<ApiRequest> request, ResponseType<T> responseType) {
    Call<T> call;
    try {
      call = newCall(request.get(), responseType);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return call.runAsync();
  }

  /** Sends a page request, or a GET of {@code link} when not null, for {@link AutoPager}. */
  <T> LinkedPage<T> sendLinked(ApiRequest request, URI link, ResponseType<T> responseType) {
    Call<T> call = newCall(request, responseType, link);
    T body = call.run();
    return new LinkedPage<>(body, call.nextLink());
  }

  /** The asynchronous {@link #sendLinked}, for {@link AsyncPage}. */
  <T> CompletableFuture<LinkedPage<T>> sendLinkedAsync(
      ApiRequest request, URI link, ResponseType<T> responseType) {
    Call<T> call;
    try {
      call = newCall(request, responseType, link);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return call.runAsync().thenApply(body -> new LinkedPage<>(body, call.nextLink()));
  }

  /**
   * Sends a request like {@link #send}, and returns the decoded body together with the status and
   * headers of the response.
   *
   * @param request the request
   * @param bodyType how to decode a successful response's body
   * @param <T> the decoded type
   * @return the response
   * @throws ApiException when the call fails after all permitted attempts
   */
  public <T> RawResponse<T> sendRaw(ApiRequest request, ResponseType<T> bodyType) {
    return send(request, ResponseType.raw(bodyType));
  }

  /**
   * Sends a request like {@link #sendAsync}, and completes with the decoded body together with the
   * status and headers of the response.
   *
   * @param request the request
   * @param bodyType how to decode a successful response's body
   * @param <T> the decoded type
   * @return the future response
   */
  public <T> CompletableFuture<RawResponse<T>> sendRawAsync(
      ApiRequest request, ResponseType<T> bodyType) {
    return sendAsync(request, ResponseType.raw(bodyType));
  }

  /**
   * Returns what the responses this transport decoded carried beyond their schema, so far.
   *
   * @return a snapshot; empty when every response matched its schema
   */
  public DriftReport drift() {
    return setup.events().driftReport();
  }

  /**
   * Returns the options this transport was created with.
   *
   * @return the options
   */
  public ClientOptions options() {
    return setup.options();
  }

  /**
   * Returns the mapper used for bodies, for code that needs the same JSON configuration.
   *
   * @return the mapper; do not reconfigure it while requests are in flight
   */
  public ObjectMapper objectMapper() {
    return setup.mapper();
  }

  /**
   * Releases the HTTP client: when this was the last open transport using the client it built, the
   * client's threads stop (on JDK 17 its selector thread ends once the client is garbage
   * collected). A supplied client stays open. Exchanges in flight may finish; calls started
   * afterwards throw {@link IllegalStateException}. Closing twice does nothing.
   */
  @Override
  public void close() {
    setup.close();
  }

  private <T> Call<T> newCall(ApiRequest request, ResponseType<T> responseType) {
    return newCall(request, responseType, null);
  }

  private <T> Call<T> newCall(ApiRequest request, ResponseType<T> responseType, URI link) {
    // Checked before the request is built, so a closed client fails the same way for every call.
    setup.client();
    return new Call<>(
        setup,
        Objects.requireNonNull(request, "request"),
        Objects.requireNonNull(responseType, "responseType"),
        link);
  }

  @Override
  public String toString() {
    return "ApiTransport[" + setup.options().baseUrl() + "]";
  }
}
