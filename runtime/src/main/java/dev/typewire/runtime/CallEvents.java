package dev.typewire.runtime;

import java.lang.System.Logger.Level;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Reports what a call does to the {@link RequestListener} and to the {@code dev.typewire.runtime}
 * {@link System.Logger}: each attempt at DEBUG, retries at INFO, giving up after retries at
 * WARNING. Log lines name method, URI, status, duration, attempt and trace id, never headers, so no
 * credential can reach them.
 */
final class CallEvents {

  static final String LOGGER_NAME = "dev.typewire.runtime";

  private static final System.Logger LOG = System.getLogger(LOGGER_NAME);

  private final RequestListener listener;
  private final Redactor redactor;
  private final DeprecationReports deprecations;
  private final DriftRecorder drift;
  private final Level driftLevel;
  // The last result of with(): consecutive calls usually carry the same per-call redactor, which
  // Redactor.with reuses in turn. Racing calls at worst build it again.
  private volatile CallEvents lastWith;

  CallEvents(RequestListener listener, Redactor redactor) {
    this(listener, redactor, DriftSettings.DEFAULTS);
  }

  CallEvents(RequestListener listener, Redactor redactor, DriftSettings driftSettings) {
    this(
        listener,
        redactor,
        new DeprecationReports(),
        new DriftRecorder(driftSettings.maxEntries(), Clock.systemUTC()),
        driftSettings.logLevel());
  }

  private CallEvents(
      RequestListener listener,
      Redactor redactor,
      DeprecationReports deprecations,
      DriftRecorder drift,
      Level driftLevel) {
    this.listener = listener;
    this.redactor = redactor;
    this.deprecations = deprecations;
    this.drift = drift;
    this.driftLevel = driftLevel;
  }

  /** The same listener, with a redactor that knows the credentials of one call. */
  CallEvents with(Redactor callRedactor) {
    if (callRedactor == redactor) {
      return this;
    }
    CallEvents last = lastWith;
    if (last != null && last.redactor == callRedactor) {
      return last;
    }
    CallEvents extended = new CallEvents(listener, callRedactor, deprecations, drift, driftLevel);
    lastWith = extended;
    return extended;
  }

  /**
   * Counts what a response carried beyond its schema; each drift seen for the first time is logged
   * and handed to the listener, once per client.
   */
  void drifted(RequestAttempt attempt, String operation, DriftObservations observations) {
    for (DriftEntry entry : drift.record(operation, observations, redactor)) {
      if (LOG.isLoggable(driftLevel)) {
        log(driftLevel, "Drift: " + entry.describe());
      }
      notify(listener -> listener.onDrift(attempt, entry));
    }
  }

  DriftReport driftReport() {
    return drift.report();
  }

  /** Hands the response headers to the listener. */
  void receivedHeaders(RequestAttempt attempt, int status, HttpHeaders headers) {
    notify(listener -> listener.onResponseHeaders(attempt, status, headers));
  }

  /**
   * Reports a deprecated operation, once per operation.
   *
   * @param operation the method and path template, which names the operation in the report
   * @param headers response headers that {@linkplain DeprecationNotice#announced announce} it
   */
  void deprecationAnnounced(RequestAttempt attempt, String operation, HttpHeaders headers) {
    deprecations
        .firstNotice(operation, headers)
        .ifPresent(
            notice -> {
              log(Level.WARNING, notice.describe());
              notify(listener -> listener.onDeprecatedOperation(attempt, notice));
            });
  }

  void started(RequestAttempt attempt) {
    notify(listener -> listener.onRequestStart(attempt));
  }

  void responded(RequestAttempt attempt, int status, Duration duration, String traceId) {
    if (LOG.isLoggable(Level.DEBUG)) {
      String trace = traceId == null ? "" : ", trace id " + traceId;
      log(
          Level.DEBUG,
          describe(attempt)
              + " -> "
              + status
              + " in "
              + duration.toMillis()
              + " ms (attempt "
              + attempt.attempt()
              + trace
              + ")");
    }
    notify(listener -> listener.onRequestEnd(attempt, status, duration));
  }

  void failed(RequestAttempt attempt, ApiException failure, Duration duration) {
    if (LOG.isLoggable(Level.DEBUG)) {
      log(
          Level.DEBUG,
          describe(attempt)
              + " failed in "
              + duration.toMillis()
              + " ms (attempt "
              + attempt.attempt()
              + "): "
              + failure.getMessage());
    }
    notify(listener -> listener.onRequestFailure(attempt, failure, duration));
  }

  void retrying(RequestAttempt attempt, ApiException failure, Duration delay, int maxAttempts) {
    if (LOG.isLoggable(Level.INFO)) {
      String reason =
          failure.status() != 0 || failure.getCause() == null
              ? String.valueOf(failure.status())
              : failure.getCause().getClass().getSimpleName();
      log(
          Level.INFO,
          describe(attempt)
              + ": retrying in "
              + delay.toMillis()
              + " ms after "
              + reason
              + " (attempt "
              + attempt.attempt()
              + " of "
              + maxAttempts
              + failure.traceId().map(id -> ", trace id " + id).orElse("")
              + ")");
    }
    notify(listener -> listener.onRetry(attempt, failure, delay));
  }

  void gaveUp(RequestAttempt attempt, ApiException failure) {
    // A first-attempt failure is the caller's to report; only repeated failures deserve a warning.
    if (attempt.attempt() > 1 && LOG.isLoggable(Level.WARNING)) {
      log(
          Level.WARNING,
          "Giving up after " + attempt.attempt() + " attempts: " + failure.getMessage());
    }
  }

  private String describe(RequestAttempt attempt) {
    return attempt.method() + " " + attempt.uri();
  }

  private void log(Level level, String message) {
    LOG.log(level, redactor.scrub(message));
  }

  private void notify(Consumer<RequestListener> event) {
    try {
      event.accept(listener);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "RequestListener " + listener.getClass().getName() + " failed", e);
    }
  }
}
