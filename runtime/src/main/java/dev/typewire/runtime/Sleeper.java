package dev.typewire.runtime;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Waits between retries. Replace the {@linkplain #system() real one} in tests to observe the
 * requested delays without spending them; see {@link ClientOptions.Builder#sleeper}.
 */
@FunctionalInterface
public interface Sleeper {

  /**
   * Blocks the calling thread for {@code delay}.
   *
   * @param delay how long to wait; never negative
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration delay) throws InterruptedException;

  /**
   * Completes after {@code delay} without blocking the caller; used by {@link
   * ApiTransport#sendAsync}. The default runs {@link #sleep} on another thread, which suits test
   * sleepers that return at once.
   *
   * @param delay how long to wait; never negative
   * @return a future completing once the delay has passed
   */
  default CompletableFuture<Void> sleepAsync(Duration delay) {
    return CompletableFuture.runAsync(
        () -> {
          try {
            sleep(delay);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
          }
        });
  }

  /**
   * Returns the sleeper that really waits: {@link Thread#sleep} for blocking calls, a timer (no
   * parked thread) for asynchronous ones.
   *
   * @return the system sleeper
   */
  static Sleeper system() {
    return SystemSleeper.INSTANCE;
  }
}
