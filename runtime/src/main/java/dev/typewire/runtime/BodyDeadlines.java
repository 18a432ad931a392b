package dev.typewire.runtime;

import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Expires response bodies not complete by their deadline, with one check for all of them. A timer
 * per body ({@code orTimeout}) schedules a task on the JDK's delay thread for every call and, as
 * the previous call's task is gone by then, wakes that thread every time: a context switch per
 * call. Here a body only joins a set; the check runs at the earliest deadline, so with equal
 * timeouts about once per timeout.
 */
final class BodyDeadlines {

  /** Something to expire once its deadline passes. */
  interface Watched {
    /** The deadline, on the {@link System#nanoTime()} scale. */
    long deadlineNanos();

    /** Called once the deadline has passed, on the delay thread; must be quick. */
    void expire();
  }

  static final BodyDeadlines SHARED = new BodyDeadlines();

  private final Set<Watched> watched = ConcurrentHashMap.newKeySet();
  // Guarded by this. Only the check of the latest generation runs; a newer one is scheduled only
  // when it is due no later, so it covers whatever an older one would have found.
  private boolean checkPending;
  private long nextCheck;
  private long generation;

  /** Expires {@code body} at its deadline unless {@link #unwatch} comes first. */
  void watch(Watched body) {
    watched.add(body);
    checkBy(body.deadlineNanos());
  }

  void unwatch(Watched body) {
    watched.remove(body);
  }

  private void checkBy(long deadline) {
    long id;
    synchronized (this) {
      if (checkPending && nextCheck - deadline <= 0) {
        return;
      }
      checkPending = true;
      nextCheck = deadline;
      id = ++generation;
    }
    long delay = Math.max(0, deadline - System.nanoTime());
    CompletableFuture.delayedExecutor(delay, TimeUnit.NANOSECONDS, Runnable::run)
        .execute(() -> check(id));
  }

  private void check(long id) {
    synchronized (this) {
      if (id != generation) {
        return;
      }
      checkPending = false;
    }
    long now = System.nanoTime();
    Watched earliest = null;
    for (Iterator<Watched> it = watched.iterator(); it.hasNext(); ) {
      Watched body = it.next();
      if (body.deadlineNanos() - now <= 0) {
        it.remove();
        body.expire();
      } else if (earliest == null || body.deadlineNanos() - earliest.deadlineNanos() < 0) {
        earliest = body;
      }
    }
    if (earliest != null) {
      checkBy(earliest.deadlineNanos());
    }
  }
}
