package dev.typewire.runtime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@link BodyDeadlines}: one shared check still expires every body on time, and only late ones. */
class BodyDeadlinesTest {

  /** Completes with the time it expired at. */
  private static final class Body extends CompletableFuture<Long> implements BodyDeadlines.Watched {
    private final long deadline;

    Body(Duration in) {
      this.deadline = System.nanoTime() + in.toNanos();
    }

    @Override
    public long deadlineNanos() {
      return deadline;
    }

    @Override
    public void expire() {
      complete(System.nanoTime());
    }
  }

  private final BodyDeadlines deadlines = new BodyDeadlines();

  @Test
  void anEarlierDeadlineWatchedLaterStillExpiresFirst() throws Exception {
    Body late = new Body(Duration.ofSeconds(30));
    deadlines.watch(late);
    Body soon = new Body(Duration.ofMillis(50));
    deadlines.watch(soon);
    long expiredAt = soon.get(10, TimeUnit.SECONDS);
    assertTrue(expiredAt - soon.deadlineNanos() >= 0, "not before its deadline");
    assertFalse(late.isDone(), "the 30 s body is not expired with it");
    deadlines.unwatch(late);
  }

  @Test
  void bodiesLeftAfterACheckAreExpiredByTheNextOne() throws Exception {
    Body first = new Body(Duration.ofMillis(20));
    Body second = new Body(Duration.ofMillis(200));
    Body third = new Body(Duration.ofMillis(400));
    deadlines.watch(third);
    deadlines.watch(first);
    deadlines.watch(second);
    for (Body body : new Body[] {first, second, third}) {
      long expiredAt = body.get(10, TimeUnit.SECONDS);
      assertTrue(expiredAt - body.deadlineNanos() >= 0, "not before its deadline");
    }
  }

  @Test
  void anUnwatchedBodyIsNeverExpired() throws Exception {
    Body done = new Body(Duration.ofMillis(20));
    Body witness = new Body(Duration.ofMillis(60));
    deadlines.watch(done);
    deadlines.watch(witness);
    deadlines.unwatch(done);
    witness.get(10, TimeUnit.SECONDS);
    assertFalse(done.isDone());
  }
}
