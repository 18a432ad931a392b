package dev.typewire.runtime;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The real {@link Sleeper}; asynchronous waits use a timer so no thread is parked meanwhile. */
final class SystemSleeper implements Sleeper {

  static final SystemSleeper INSTANCE = new SystemSleeper();

  private SystemSleeper() {}

  @Override
  public void sleep(Duration delay) throws InterruptedException {
    Thread.sleep(delay.toMillis());
  }

  @Override
  public CompletableFuture<Void> sleepAsync(Duration delay) {
    return CompletableFuture.runAsync(
        () -> {}, CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS));
  }

  @Override
  public String toString() {
    return "Sleeper.system()";
  }
}
