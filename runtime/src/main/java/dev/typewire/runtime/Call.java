package dev.typewire.runtime;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * One call of {@link ApiTransport#send} or {@link ApiTransport#sendAsync}: its attempts, the
 * decision to retry, and the wait in between. The blocking and the asynchronous path share every
 * decision, so they fail and retry alike.
 */
final class Call<T> {

  private final TransportSetup setup;
  private final String method;
  // Names the operation in deprecation reports: the path before its parameters are filled in.
  private final String operation;
  private final URI uri;
  // The URI as listeners and exceptions see it: an API key in the query is masked.
  private final URI shownUri;
  private final Redactor redactor;
  private final CallEvents events;
  private final HttpRequest httpRequest;
  private final ResponseType<T> responseType;
  private final RetryPolicy policy;
  private final Duration timeout;
  private final ResponseDecoder decoder;
  private final boolean repeatableBody;
  private final long startNanos = System.nanoTime();

  Call(TransportSetup setup, ApiRequest request, ResponseType<T> responseType) {
    this.setup = setup;
    this.responseType = responseType;
    this.method = request.method();
    this.operation = request.method() + " " + request.pathTemplate();
    RequestOptions options = request.options();
    this.policy = options.retryPolicy().orElse(setup.options().retryPolicy());
    this.timeout = options.timeout().orElse(setup.options().requestTimeout());
    Credentials credentials = Credentials.select(request, setup.options());
    URI plain = setup.uriFor(request);
    this.uri = credentials.withQuery(plain, false);
    this.shownUri = credentials.withQuery(plain, true);
    this.redactor = setup.redactor().with(callSecrets(request, credentials));
    this.events = setup.events().with(redactor);
    this.httpRequest = buildHttpRequest(request, credentials);
    this.repeatableBody = request.repeatableBody();
    this.decoder =
        new ResponseDecoder(
            method,
            shownUri,
            setup.mapper(),
            redactor,
            setup.options().traceIdHeader().orElse(null),
            setup.options().maxResponseBytes());
  }

  /**
   * What this call sends beyond the client-wide secrets: its credentials, and the sensitive headers
   * it sets itself (a per-call {@code Authorization} override, an API key header parameter).
   */
  private static List<String> callSecrets(ApiRequest request, Credentials credentials) {
    List<String> secrets = new ArrayList<>(credentials.secrets());
    secrets.addAll(HeaderValues.secretsOf(request.headers()));
    secrets.addAll(HeaderValues.secretsOf(request.options().headers()));
    return secrets;
  }

  private HttpRequest buildHttpRequest(ApiRequest request, Credentials credentials) {
    ClientOptions options = setup.options();
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.put("User-Agent", setup.userAgent());
    headers.put("Accept", responseType.accept());
    // Before the other headers, so that an explicit Authorization header still wins as it always
    // has.
    credentials.addHeaders(headers);
    HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
    if (request.textBody().isPresent()) {
      body = HttpRequest.BodyPublishers.ofString(request.textBody().get(), StandardCharsets.UTF_8);
      headers.put("Content-Type", "text/plain; charset=UTF-8");
    } else if (request.hasFormBody()) {
      body = HttpRequest.BodyPublishers.ofByteArray(setup.form(request.formFields()));
      headers.put("Content-Type", "application/x-www-form-urlencoded");
    } else if (request.binaryBody().isPresent()) {
      body = request.binaryBody().get().publisher();
      headers.put("Content-Type", request.binaryContentType());
    } else if (request.hasMultipartBody()) {
      MultipartBody multipart = MultipartBody.withRandomBoundary();
      body = multipart.publisher(setup.parts(request.multipartParts()));
      headers.put("Content-Type", multipart.contentType());
    } else if (request.jsonBody().isPresent()) {
      body = HttpRequest.BodyPublishers.ofByteArray(setup.json(request.jsonBody().get()));
      headers.put("Content-Type", request.jsonMediaType());
    }
    headers.putAll(options.defaultHeaders());
    headers.putAll(request.headers());
    headers.putAll(request.options().headers());
    // Checked here as well as in ClientOptions: a per-call Authorization header bypasses that one.
    if ((headers.containsKey("Authorization") || !credentials.isEmpty())
        && !options.allowInsecureHttp()
        && ClientOptions.isCleartextToRemoteHost(uri)) {
      throw new IllegalStateException(
          "refusing to send credentials over plain http to "
              + uri.getHost()
              + "; use https, or allowInsecureHttp(true) on a trusted network");
    }
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(timeout);
    if (method.equals("GET")
        && request.jsonBody().isEmpty()
        && request.textBody().isEmpty()
        && !request.hasFormBody()
        && request.binaryBody().isEmpty()
        && !request.hasMultipartBody()) {
      // GET() sends no "Content-Length: 0", which some proxies reject on a body-less GET.
      builder.GET();
    } else {
      builder.method(method, body);
    }
    if ("http".equalsIgnoreCase(uri.getScheme())) {
      // Without this the JDK offers an h2c upgrade on plain http, which servers and proxies
      // that do not speak HTTP/2 mishandle, especially on requests with a body.
      builder.version(HttpClient.Version.HTTP_1_1);
    }
    headers.forEach(builder::setHeader);
    return builder.build();
  }

  T run() {
    for (int attempt = 1; ; attempt++) {
      AttemptOutcome<T> outcome = attemptBlocking(attempt);
      if (outcome.succeeded()) {
        return outcome.value();
      }
      Optional<Duration> delay = retryDelay(attempt, outcome.failure());
      if (delay.isEmpty()) {
        throw outcome.failure();
      }
      try {
        setup.options().sleeper().sleep(delay.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        TransportException interrupted = decoder.transportFailure(e);
        interrupted.addSuppressed(outcome.failure());
        throw interrupted;
      }
    }
  }

  CompletableFuture<T> runAsync() {
    return attemptAsync(1);
  }

  private AttemptOutcome<T> attemptBlocking(int attempt) {
    RequestAttempt current = new RequestAttempt(method, shownUri, attempt);
    events.started(current);
    long attemptStart = System.nanoTime();
    HttpResponse<ResponseBytes> response;
    try {
      response = setup.client().send(httpRequest, bodyHandler(attemptStart));
    } catch (IOException e) {
      return failed(current, attemptStart, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      // Not retried: an interrupt means the caller wants to stop.
      TransportException interrupted = decoder.transportFailure(e);
      events.failed(current, interrupted, since(attemptStart));
      throw interrupted;
    }
    return received(current, attemptStart, response);
  }

  private CompletableFuture<T> attemptAsync(int attempt) {
    RequestAttempt current = new RequestAttempt(method, shownUri, attempt);
    events.started(current);
    long attemptStart = System.nanoTime();
    CompletableFuture<HttpResponse<ResponseBytes>> sent;
    try {
      sent = setup.client().sendAsync(httpRequest, bodyHandler(attemptStart));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return sent.handle(
            (response, error) -> {
              if (error == null) {
                return received(current, attemptStart, response);
              }
              Throwable cause = unwrap(error);
              if (cause instanceof IOException io) {
                return failed(current, attemptStart, io);
              }
              throw cause instanceof RuntimeException r ? r : new CompletionException(cause);
            })
        .thenCompose(
            outcome -> {
              if (outcome.succeeded()) {
                return CompletableFuture.completedFuture(outcome.value());
              }
              Optional<Duration> delay = retryDelay(attempt, outcome.failure());
              if (delay.isEmpty()) {
                return CompletableFuture.failedFuture(outcome.failure());
              }
              return setup
                  .options()
                  .sleeper()
                  .sleepAsync(delay.get())
                  .thenCompose(ignored -> attemptAsync(attempt + 1));
            });
  }

  private HttpResponse.BodyHandler<ResponseBytes> bodyHandler(long attemptStart) {
    HttpResponse.BodyHandler<ResponseBytes> capped =
        CappedBodySubscriber.handler(
            setup.options().maxResponseBytes(), attemptStart + timeout.toNanos());
    if (responseType.bodyKind() != ResponseType.Kind.BINARY) {
      return capped;
    }
    // A successful binary body is handed out unread; error bodies are read capped as always, so
    // they still become exceptions with an excerpt, and may be retried.
    return info ->
        info.statusCode() >= 200 && info.statusCode() <= 299
            ? HttpResponse.BodySubscribers.mapping(
                HttpResponse.BodySubscribers.ofInputStream(), ResponseBytes::streaming)
            : capped.apply(info);
  }

  private AttemptOutcome<T> received(
      RequestAttempt current, long attemptStart, HttpResponse<ResponseBytes> response) {
    events.receivedHeaders(current, operation, response.statusCode(), response.headers());
    events.responded(
        current, response.statusCode(), since(attemptStart), decoder.traceId(response.headers()));
    try {
      return AttemptOutcome.success(decoder.decode(response, responseType));
    } catch (ApiException e) {
      return AttemptOutcome.failure(e);
    }
  }

  private AttemptOutcome<T> failed(RequestAttempt current, long attemptStart, IOException cause) {
    TransportException failure = decoder.transportFailure(cause);
    events.failed(current, failure, since(attemptStart));
    return AttemptOutcome.failure(failure);
  }

  /** The wait before the next attempt, or empty when {@code failure} is final. */
  private Optional<Duration> retryDelay(int attempt, ApiException failure) {
    RequestAttempt current = new RequestAttempt(method, shownUri, attempt);
    Optional<Duration> delay =
        attempt < policy.maxAttempts() && isRetryable(failure)
            ? Optional.of(delayAfter(attempt, failure))
            : Optional.empty();
    // Starting a retry that is bound to end past the budget would only waste the caller's time.
    Duration elapsed = since(startNanos);
    if (delay.isPresent() && elapsed.plus(delay.get()).compareTo(policy.maxElapsed()) > 0) {
      delay = Optional.empty();
    }
    if (delay.isPresent()) {
      events.retrying(current, failure, delay.get(), policy.maxAttempts());
    } else {
      events.gaveUp(current, failure);
    }
    return delay;
  }

  private boolean isRetryable(ApiException failure) {
    if (!repeatableBody) {
      // An InputStream upload was (perhaps partly) consumed by the first attempt.
      return false;
    }
    if (failure instanceof TransportException) {
      Throwable cause = failure.getCause();
      if (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException) {
        // Nothing reached the server, so even a POST cannot be applied twice.
        return true;
      }
      if (cause instanceof HttpTimeoutException) {
        return false;
      }
      return cause instanceof IOException && policy.allowsRepeating(method);
    }
    if (failure instanceof DecodeException) {
      return false;
    }
    return policy.retriesStatus(method, failure.status());
  }

  private Duration delayAfter(int attempt, ApiException failure) {
    Optional<Duration> asked =
        switch (failure.status()) {
          case 429 -> RetryAfterHeaders.delay(failure.headers());
          // X-RateLimit-Reset describes the rate window, not an outage, so only Retry-After here.
          case 503 ->
              failure.headers().firstValue("Retry-After").flatMap(RetryAfterHeaders::retryAfter);
          default -> Optional.empty();
        };
    return asked.orElseGet(() -> policy.backoff(attempt));
  }

  private static Throwable unwrap(Throwable error) {
    Throwable cause = error;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  private static Duration since(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }
}
