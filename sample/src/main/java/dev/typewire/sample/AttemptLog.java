package dev.typewire.sample;

import dev.typewire.runtime.ApiException;
import dev.typewire.runtime.RequestAttempt;
import dev.typewire.runtime.RequestListener;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Prints every attempt the runtime makes, so {@code flaky} shows the retries that a normal listing
 * hides. Prints the URI's path and query only: the base URL is already known, and no header (so no
 * credential) ever reaches a listener.
 */
final class AttemptLog implements RequestListener {

  private final PrintStream out;
  private final AtomicInteger retries = new AtomicInteger();

  AttemptLog(PrintStream out) {
    this.out = out;
  }

  int retries() {
    return retries.get();
  }

  @Override
  public void onRequestEnd(RequestAttempt attempt, int status, Duration duration) {
    out.printf(
        "  attempt %d: %s %s -> %d (%d ms)%n",
        attempt.attempt(), attempt.method(), target(attempt), status, duration.toMillis());
  }

  @Override
  public void onRequestFailure(RequestAttempt attempt, ApiException failure, Duration duration) {
    out.printf(
        "  attempt %d: %s %s -> no response (%s)%n",
        attempt.attempt(), attempt.method(), target(attempt), failure.getClass().getSimpleName());
  }

  @Override
  public void onRetry(RequestAttempt failed, ApiException failure, Duration delay) {
    retries.incrementAndGet();
    out.printf(
        "  retrying after %s in %d ms%n", failure.getClass().getSimpleName(), delay.toMillis());
  }

  private static String target(RequestAttempt attempt) {
    String query = attempt.uri().getRawQuery();
    return attempt.uri().getRawPath() + (query == null ? "" : "?" + query);
  }
}
