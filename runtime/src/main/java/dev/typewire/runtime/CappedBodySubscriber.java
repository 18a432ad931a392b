package dev.typewire.runtime;

import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

/**
 * Collects a response body without ever holding more than a fixed number of bytes, and without
 * waiting past a deadline.
 *
 * <p>At the cap it cancels the subscription (closing the connection) and completes with what it
 * has, so a huge or endless body costs at most the cap. The deadline exists because {@link
 * java.net.http.HttpRequest#timeout} only bounds the wait for response headers: a server that sends
 * headers and then trickles the body would otherwise hold the caller forever.
 */
final class CappedBodySubscriber implements HttpResponse.BodySubscriber<ResponseBytes> {

  private static final int INITIAL_BUFFER = 8 * 1024;
  private static final byte[] EMPTY = new byte[0];

  private final int cap;
  private final long timeoutNanos;
  // The announced Content-Length when within the cap, else -1: the size to grow to in one step.
  private final long expected;
  // Guarded by this: the bytes so far are received[0, size). Filled straight from the JDK's
  // buffers (no intermediate chunk), and handed out without a final copy when exactly full, which
  // is the usual case of a body matching its Content-Length.
  private byte[] received;
  private int size;
  private final BodyFuture result;
  private volatile Flow.Subscription subscription;

  /**
   * The body, completed by the subscriber or by the deadline. At the deadline {@link BodyDeadlines}
   * expires it with the {@link HttpTimeoutException} callers expect, closing the exchange.
   */
  private final class BodyFuture extends CompletableFuture<ResponseBytes>
      implements BodyDeadlines.Watched {

    private final long deadlineNanos;

    BodyFuture(long deadlineNanos) {
      this.deadlineNanos = deadlineNanos;
    }

    @Override
    public long deadlineNanos() {
      return deadlineNanos;
    }

    @Override
    public void expire() {
      if (isDone()) {
        return;
      }
      cancelSubscription();
      // HttpTimeoutException is what HttpClient itself throws, so callers see one kind of timeout.
      var unused =
          super.completeExceptionally(
              new HttpTimeoutException(
                  "response body not complete within "
                      + TimeUnit.NANOSECONDS.toMillis(timeoutNanos)
                      + " ms"));
    }

    @Override
    public boolean complete(ResponseBytes value) {
      BodyDeadlines.SHARED.unwatch(this);
      return super.complete(value);
    }

    @Override
    public boolean completeExceptionally(Throwable failure) {
      BodyDeadlines.SHARED.unwatch(this);
      return super.completeExceptionally(failure);
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      BodyDeadlines.SHARED.unwatch(this);
      return super.cancel(mayInterruptIfRunning);
    }

    @Override
    public <U> CompletableFuture<U> newIncompleteFuture() {
      // Stages the JDK chains on the body are plain futures, not bodies with a deadline.
      return new CompletableFuture<>();
    }
  }

  /**
   * @param cap most bytes kept
   * @param remaining time left for the attempt; the body must be complete by then
   */
  CappedBodySubscriber(long cap, Duration remaining, long expectedLength) {
    this(cap, Saturated.nanos(remaining), expectedLength);
  }

  /**
   * @param cap most bytes kept
   * @param remainingNanos time left for the attempt in nanoseconds; the body must be complete by
   *     then
   */
  private CappedBodySubscriber(long cap, long remainingNanos, long expectedLength) {
    this.cap = (int) cap;
    // Content-Length sizes the buffer only up to a small start: it is the server's claim, not what
    // arrives, and eight responses announcing 16 MB and sending one byte must not reserve 128 MB.
    // The buffer grows with what really arrives, within the cap.
    this.expected = expectedLength > 0 && expectedLength <= cap ? expectedLength : -1;
    this.received = new byte[(int) Math.max(32, Math.min(expected, INITIAL_BUFFER))];
    this.timeoutNanos = Math.max(0, remainingNanos);
    this.result = new BodyFuture(System.nanoTime() + timeoutNanos);
    BodyDeadlines.SHARED.watch(result);
  }

  /**
   * @param attemptStart {@link System#nanoTime()} when the attempt began
   * @param timeout the attempt's whole time, headers and body
   */
  static HttpResponse.BodyHandler<ResponseBytes> handler(
      long cap, long attemptStart, Duration timeout) {
    // The timeout is at most Saturated.LONGEST_TIMEOUT, so its nanoseconds fit in a long.
    long timeoutNanos = Saturated.nanos(timeout);
    return responseInfo -> {
      String length = HeaderValues.first(responseInfo.headers(), "Content-Length");
      return new CappedBodySubscriber(
          cap,
          timeoutNanos - (System.nanoTime() - attemptStart),
          // Throws on a malformed length as firstValueAsLong did; the JDK rejects those earlier.
          length == null ? 0 : Long.parseLong(length));
    };
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    if (result.isDone()) {
      subscription.cancel();
    } else {
      subscription.request(1);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    if (result.isDone()) {
      return;
    }
    synchronized (this) {
      for (ByteBuffer buffer : buffers) {
        int take = Math.min(cap - size, buffer.remaining());
        ensureRoom(take);
        buffer.get(received, size, take);
        size += take;
        if (buffer.hasRemaining()) {
          cancelSubscription();
          result.complete(new ResponseBytes(bytes(), true));
          return;
        }
      }
    }
    subscription.request(1);
  }

  @Override
  public void onError(Throwable throwable) {
    result.completeExceptionally(throwable);
  }

  @Override
  public void onComplete() {
    synchronized (this) {
      result.complete(new ResponseBytes(bytes(), false));
    }
  }

  /** Grows the buffer for {@code more} bytes: to the announced length if that fits, else double. */
  private void ensureRoom(int more) {
    int needed = size + more;
    if (needed <= received.length) {
      return;
    }
    long grown = Math.min(cap, Math.max(needed, 2L * received.length));
    if (expected >= needed && expected <= grown) {
      grown = expected;
    }
    received = Arrays.copyOf(received, (int) grown);
  }

  /** The bytes received, without a copy when the buffer is exactly full. */
  private byte[] bytes() {
    if (size == 0) {
      return EMPTY;
    }
    return size == received.length ? received : Arrays.copyOf(received, size);
  }

  @Override
  public CompletionStage<ResponseBytes> getBody() {
    return result;
  }

  private void cancelSubscription() {
    Flow.Subscription current = subscription;
    if (current != null) {
      current.cancel();
    }
  }
}
