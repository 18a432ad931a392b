package dev.typewire.runtime;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ProtocolException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
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
  private final String pathTemplate;
  // Names the operation in deprecation and drift reports: the path before its parameters are filled
  // in. Built when first needed, as most calls report neither.
  private String operation;
  private final URI uri;
  // The URI without credentials, against which a response's relative links resolve.
  private final URI plainUri;
  // The URI as listeners and exceptions see it: an API key in the query is masked.
  private final URI shownUri;
  private final Redactor redactor;
  private final CallEvents events;
  private final HttpRequest httpRequest;
  private final ResponseType<T> responseType;
  private final RetryPolicy policy;
  private final Duration timeout;
  // From RequestOptions; null for none. Shared by every call made with those options.
  private final Instant deadline;
  private final ResponseDecoder decoder;
  private final boolean repeatableBody;
  // The server deduplicates by a key the request carries, so any method may be repeated.
  private final boolean keyed;
  // The exchange or retry wait in progress for an async call, aborted when the caller gives up.
  private volatile CompletableFuture<?> inFlight;
  private final long startNanos = System.nanoTime();
  private volatile HttpResponse<ResponseBytes> succeeded;

  Call(TransportSetup setup, ApiRequest request, ResponseType<T> responseType) {
    this(setup, request, responseType, null);
  }

  /**
   * @param link an absolute URL replacing the request's own (a {@code Link: rel="next"} target);
   *     the request still supplies method, headers, options and credentials
   */
  Call(TransportSetup setup, ApiRequest request, ResponseType<T> responseType, URI link) {
    this.setup = setup;
    this.responseType = responseType;
    this.method = request.method();
    this.pathTemplate = request.pathTemplate();
    RequestOptions options = request.options();
    this.policy = options.retryPolicy().orElse(setup.options().retryPolicy());
    this.deadline = options.deadline().orElse(null);
    this.timeout =
        Saturated.atMost(
            options.timeout().orElse(setup.options().requestTimeout()), Saturated.LONGEST_TIMEOUT);
    Credentials credentials = Credentials.select(request, setup.options());
    URI plain = link != null ? link : setup.uriFor(request);
    this.plainUri = plain;
    this.uri = credentials.withQuery(plain, false);
    this.shownUri = credentials.withQuery(plain, true);
    this.redactor = setup.redactor().with(callSecrets(request, credentials));
    this.events = setup.events().with(redactor);
    this.httpRequest = buildHttpRequest(request, credentials);
    this.repeatableBody = request.repeatableBody();
    this.keyed = request.idempotencyHeader().isPresent();
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
    List<String> fromRequest = HeaderValues.secretsOf(request.headers());
    List<String> fromOptions = HeaderValues.secretsOf(request.options().headers());
    if (fromRequest.isEmpty() && fromOptions.isEmpty()) {
      return credentials.secrets();
    }
    List<String> secrets = new ArrayList<>(credentials.secrets());
    secrets.addAll(fromRequest);
    secrets.addAll(fromOptions);
    return secrets;
  }

  private HttpRequest buildHttpRequest(ApiRequest request, Credentials credentials) {
    ClientOptions options = setup.options();
    HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
    String contentType = null;
    if (request.textBody().isPresent()) {
      body = HttpRequest.BodyPublishers.ofString(request.textBody().get(), StandardCharsets.UTF_8);
      contentType = "text/plain; charset=UTF-8";
    } else if (request.hasFormBody()) {
      body = HttpRequest.BodyPublishers.ofByteArray(setup.form(request.formFields()));
      contentType = "application/x-www-form-urlencoded";
    } else if (request.binaryBody().isPresent()) {
      body = request.binaryBody().get().publisher();
      contentType = request.binaryContentType();
    } else if (request.hasMultipartBody()) {
      MultipartBody multipart = MultipartBody.withRandomBoundary();
      body = multipart.publisher(setup.parts(request.multipartParts()));
      contentType = multipart.contentType();
    } else if (request.jsonBody().isPresent()) {
      body = HttpRequest.BodyPublishers.ofByteArray(setup.json(request.jsonBody().get()));
      contentType = request.jsonMediaType();
    }
    HeaderSources given =
        new HeaderSources(
            contentType,
            credentials,
            options.defaultHeaders(),
            request.headers(),
            request.options().headers());
    // Once per call, so every attempt carries the same key; a key the caller set wins.
    String keyHeader = request.idempotencyHeader().orElse(null);
    boolean freshKey = keyHeader != null && !given.sets(keyHeader);
    // Checked here as well as in ClientOptions: a per-call Authorization header bypasses that one.
    boolean sendsAuthorization =
        !credentials.isEmpty()
            || given.sets("Authorization")
            || (freshKey && keyHeader.equalsIgnoreCase("Authorization"));
    if (sendsAuthorization && !options.allowInsecureHttp() && setup.isCleartextToRemoteHost(uri)) {
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
    // Straight into the JDK's builder, whose header map is case-insensitive and keeps the first
    // spelling of a name like a TreeMap of our own would: no map of our own on every call.
    builder.setHeader("User-Agent", setup.userAgent());
    builder.setHeader("Accept", responseType.accept());
    // Before the other headers, so that an explicit Authorization header still wins as it always
    // has.
    credentials.setHeaders(builder);
    if (contentType != null) {
      builder.setHeader("Content-Type", contentType);
    }
    setAll(builder, given.defaults());
    setAll(builder, given.own());
    setAll(builder, given.perCall());
    if (freshKey) {
      builder.setHeader(keyHeader, UUID.randomUUID().toString());
    }
    return builder.build();
  }

  /**
   * The headers a request sends besides {@code User-Agent} and {@code Accept}, in the order they
   * are set, later ones replacing earlier ones of the same name; all maps are case-insensitive.
   */
  private record HeaderSources(
      String contentType,
      Credentials credentials,
      Map<String, String> defaults,
      Map<String, String> own,
      Map<String, String> perCall) {

    /** Whether a header named {@code name} (in any case) is among the headers the request sends. */
    boolean sets(String name) {
      return name.equalsIgnoreCase("User-Agent")
          || name.equalsIgnoreCase("Accept")
          || credentials.setsHeader(name)
          || (contentType != null && name.equalsIgnoreCase("Content-Type"))
          || defaults.containsKey(name)
          || own.containsKey(name)
          || perCall.containsKey(name);
    }
  }

  private static void setAll(HttpRequest.Builder builder, Map<String, String> headers) {
    if (!headers.isEmpty()) {
      headers.forEach(builder::setHeader);
    }
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

  /**
   * The call without blocking. Completing the returned future from outside ({@code cancel}, {@code
   * orTimeout}, {@code complete}) aborts the exchange in flight and any retry waiting to start:
   * nothing more is sent.
   */
  CompletableFuture<T> runAsync() {
    CompletableFuture<T> result = new CompletableFuture<>();
    // Both returned stages only mirror futures completed elsewhere; nothing to observe on them.
    var unusedAbort = result.whenComplete((value, failure) -> abortInFlight());
    var unusedRelay =
        attemptAsync(1, result)
            .whenComplete(
                (value, failure) -> {
                  if (failure == null) {
                    result.complete(value);
                  } else {
                    result.completeExceptionally(unwrap(failure));
                  }
                });
    return result;
  }

  private void abortInFlight() {
    CompletableFuture<?> current = inFlight;
    if (current != null) {
      // For an exchange the JDK closes the connection; for a retry wait the next attempt never
      // runs.
      current.cancel(true);
    }
  }

  /** Records {@code step} as what is in flight, aborting it at once if the caller already left. */
  private <F extends CompletableFuture<?>> F track(F step, CompletableFuture<T> result) {
    inFlight = step;
    if (result.isDone()) {
      step.cancel(true);
    }
    return step;
  }

  private AttemptOutcome<T> attemptBlocking(int attempt) {
    RequestAttempt current = new RequestAttempt(method, shownUri, attempt);
    events.started(current);
    long attemptStart = System.nanoTime();
    Duration limit = attemptTimeout();
    if (limit.isNegative() || limit.isZero()) {
      return failed(current, attemptStart, deadlinePassed());
    }
    HttpResponse<ResponseBytes> response;
    try {
      response = setup.client().send(requestWithin(limit), bodyHandler(attemptStart, limit));
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

  private CompletableFuture<T> attemptAsync(int attempt, CompletableFuture<T> result) {
    if (result.isDone()) {
      return CompletableFuture.failedFuture(new CancellationException("the caller gave up"));
    }
    RequestAttempt current = new RequestAttempt(method, shownUri, attempt);
    events.started(current);
    long attemptStart = System.nanoTime();
    Duration limit = attemptTimeout();
    if (limit.isNegative() || limit.isZero()) {
      return CompletableFuture.failedFuture(
          failed(current, attemptStart, deadlinePassed()).failure());
    }
    CompletableFuture<HttpResponse<ResponseBytes>> sent;
    try {
      sent =
          track(
              setup.client().sendAsync(requestWithin(limit), bodyHandler(attemptStart, limit)),
              result);
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
              return track(setup.options().sleeper().sleepAsync(delay.get()), result)
                  .thenCompose(ignored -> attemptAsync(attempt + 1, result));
            });
  }

  /** The attempt's timeout: the call's, cut to the time left before the deadline. */
  private Duration attemptTimeout() {
    return deadline == null
        ? timeout
        : Saturated.atMost(timeout, Duration.between(Instant.now(), deadline));
  }

  private HttpTimeoutException deadlinePassed() {
    return new HttpTimeoutException("the deadline " + deadline + " has passed");
  }

  private HttpRequest requestWithin(Duration limit) {
    return limit.equals(timeout)
        ? httpRequest
        : HttpRequest.newBuilder(httpRequest, (name, value) -> true).timeout(limit).build();
  }

  private HttpResponse.BodyHandler<ResponseBytes> bodyHandler(long attemptStart, Duration limit) {
    HttpResponse.BodyHandler<ResponseBytes> capped =
        CappedBodySubscriber.handler(setup.options().maxResponseBytes(), attemptStart, limit);
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
    events.receivedHeaders(current, response.statusCode(), response.headers());
    if (DeprecationNotice.announced(response.headers())) {
      events.deprecationAnnounced(current, operation(), response.headers());
    }
    events.responded(
        current, response.statusCode(), since(attemptStart), decoder.traceId(response.headers()));
    try {
      DriftObservations drift = new DriftObservations();
      T value = decoder.decode(response, responseType, drift);
      if (!drift.isEmpty()) {
        events.drifted(current, operation(), drift);
        if (setup.options().failOnDrift()) {
          return AttemptOutcome.failure(decoder.driftFailure(response, operation(), drift));
        }
      }
      succeeded = response;
      return AttemptOutcome.success(value);
    } catch (ApiException e) {
      return AttemptOutcome.failure(e);
    }
  }

  private String operation() {
    if (operation == null) {
      operation = method + " " + pathTemplate;
    }
    return operation;
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
    // Compared as "delay > budget - elapsed": no sum that a huge Retry-After could overflow.
    Duration left = policy.maxElapsed().minus(since(startNanos));
    if (deadline != null) {
      left = Saturated.atMost(left, Duration.between(Instant.now(), deadline));
    }
    if (delay.isPresent() && delay.get().compareTo(left) > 0) {
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
      if (cause instanceof ProtocolException || isBodyOnBodylessStatus(cause)) {
        // The server answers malformed HTTP; it will do so again.
        return false;
      }
      return cause instanceof IOException && (keyed || policy.allowsRepeating(method));
    }
    if (failure instanceof DecodeException) {
      return false;
    }
    return policy.retriesStatus(failure.status(), keyed || policy.allowsRepeating(method));
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
    return asked
        .map(wait -> Saturated.atMost(wait, policy.maxRetryAfter()))
        .orElseGet(() -> policy.backoff(attempt));
  }

  /** The JDK's failure for a 204 announcing a body (it has no exception type of its own). */
  private static boolean isBodyOnBodylessStatus(Throwable cause) {
    return cause instanceof IOException
        && String.valueOf(cause.getMessage()).contains("with 204 response");
  }

  /**
   * The next page's URL from the successful response's {@code Link} header, resolved against this
   * call's URL. Only a link on the same origin is followed: the call's credentials go with it.
   */
  Optional<URI> nextLink() {
    HttpResponse<ResponseBytes> response = succeeded;
    Optional<String> target = LinkHeader.next(response.headers());
    if (target.isEmpty()) {
      return Optional.empty();
    }
    URI next;
    try {
      next = plainUri.resolve(target.get());
    } catch (IllegalArgumentException e) {
      throw decoder.unusable(response, "the Link header's next URL is not a valid URI");
    }
    if (!Objects.equals(next.getScheme(), plainUri.getScheme())
        || !Objects.equals(next.getHost(), plainUri.getHost())
        || next.getPort() != plainUri.getPort()) {
      throw decoder.unusable(
          response,
          "the Link header's next URL is on another origin ("
              + next.getScheme()
              + "://"
              + next.getHost()
              + "); not followed, since the call's credentials would go there");
    }
    return Optional.of(next);
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
