package dev.typewire.runtime;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When and how long to wait before repeating a failed request. Immutable and thread safe.
 *
 * <p>A request is retried when it failed with 429 (waiting as long as {@code Retry-After} or {@code
 * X-RateLimit-Reset} says, at most {@link Builder#maxRetryAfter}), 502, 503 or 504, a connection
 * that could not be opened, or a connection cut while the response was being read. Timeouts are not
 * retried: a server that was too slow once is likely to be too slow again, and the caller's time is
 * already spent. Nor are failures that cannot succeed: a malformed response (a 204 with a body, an
 * HTTP protocol error), an undecodable body.
 *
 * <p>Only idempotent methods ({@code GET, HEAD, PUT, DELETE, OPTIONS}) are retried by default on
 * 5xx and cut connections, because repeating a {@code POST} or {@code PATCH} the server did receive
 * may apply it twice. Exceptions: a failed connect (nothing was sent) and a 429 (the request was
 * not processed) are retried for every method, and so is a request carrying an idempotency key
 * ({@link ApiRequest.Builder#idempotencyHeader}, generated from {@code x-typewire-idempotency}),
 * which the server deduplicates. To retry another non-idempotent call that is known to be safe,
 * pass {@link #retryingNonIdempotent()} for that call:
 *
 * <pre>{@code
 * RequestOptions.builder().retryPolicy(RetryPolicy.defaults().retryingNonIdempotent()).build()
 * }</pre>
 *
 * <p>Between attempts the wait grows exponentially ({@link Builder#initialDelay}, times {@link
 * Builder#multiplier}, at most {@link Builder#maxDelay}) and is scaled by a random factor between
 * 0.75 and 1 so that many clients failing together do not return in lockstep. No retry is started
 * when the wait would end past {@link Builder#maxElapsed} after the first attempt began.
 */
public final class RetryPolicy {

  private static final Set<String> IDEMPOTENT_METHODS =
      Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");
  private static final Set<Integer> RETRYABLE_STATUSES = Set.of(429, 502, 503, 504);
  private static final double MIN_JITTER = 0.75;

  private static final RetryPolicy DEFAULTS = builder().build();
  private static final RetryPolicy NONE = builder().maxAttempts(1).build();

  private final int maxAttempts;
  private final Duration initialDelay;
  private final double multiplier;
  private final Duration maxDelay;
  private final Duration maxElapsed;
  private final boolean retryNonIdempotent;
  private final Duration maxRetryAfter;

  private RetryPolicy(Builder builder) {
    this.maxAttempts = builder.maxAttempts;
    this.initialDelay = builder.initialDelay;
    this.multiplier = builder.multiplier;
    this.maxDelay = builder.maxDelay;
    this.maxElapsed = builder.maxElapsed;
    this.retryNonIdempotent = builder.retryNonIdempotent;
    this.maxRetryAfter = builder.maxRetryAfter;
  }

  /**
   * Returns the default policy: 3 attempts, 500 ms initial delay doubling up to 5 s, at most 60 s
   * in all, idempotent methods only.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a policy that never retries.
   *
   * @return a single-attempt policy
   */
  public static RetryPolicy none() {
    return NONE;
  }

  /**
   * Returns a builder starting from the {@linkplain #defaults() defaults}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this policy's settings.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.maxAttempts = maxAttempts;
    builder.initialDelay = initialDelay;
    builder.multiplier = multiplier;
    builder.maxDelay = maxDelay;
    builder.maxElapsed = maxElapsed;
    builder.retryNonIdempotent = retryNonIdempotent;
    builder.maxRetryAfter = maxRetryAfter;
    return builder;
  }

  /**
   * Returns this policy extended to {@code POST} and {@code PATCH}; use it per call, for requests
   * the server deduplicates or that are harmless to repeat.
   *
   * @return a copy that also retries non-idempotent methods
   */
  public RetryPolicy retryingNonIdempotent() {
    return toBuilder().retryNonIdempotent(true).build();
  }

  /**
   * Returns the most attempts made for one call, the first included.
   *
   * @return at least 1
   */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * Returns the time budget after which no further retry starts.
   *
   * @return the budget measured from the start of the first attempt
   */
  public Duration maxElapsed() {
    return maxElapsed;
  }

  /**
   * Tells whether non-idempotent methods are retried on every retryable failure, not only on failed
   * connects.
   *
   * @return true when {@code POST} and {@code PATCH} are retried like {@code GET}
   */
  public boolean retriesNonIdempotent() {
    return retryNonIdempotent;
  }

  /**
   * Returns the longest wait a server's {@code Retry-After} (or {@code X-RateLimit-Reset}) can
   * impose before a retry; a longer one is shortened to it.
   *
   * @return the cap
   */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  boolean retriesStatus(String method, int status) {
    return retriesStatus(status, allowsRepeating(method));
  }

  /**
   * @param repeatable the request may be applied twice safely: an idempotent method, an opted-in
   *     one, or one carrying an idempotency key
   */
  boolean retriesStatus(int status, boolean repeatable) {
    // A 429 means the request was not processed, so repeating it applies nothing twice.
    return status == 429 || (RETRYABLE_STATUSES.contains(status) && repeatable);
  }

  boolean allowsRepeating(String method) {
    return retryNonIdempotent || IDEMPOTENT_METHODS.contains(method.toUpperCase(Locale.ROOT));
  }

  /** The jittered backoff before retry number {@code retry} (1 for the first retry). */
  Duration backoff(int retry) {
    double base = (double) initialDelay.toNanos() * Math.pow(multiplier, retry - 1);
    double capped = Math.min(base, (double) maxDelay.toNanos());
    double jittered = capped * ThreadLocalRandom.current().nextDouble(MIN_JITTER, 1.0);
    return Duration.ofNanos((long) jittered);
  }

  @Override
  public String toString() {
    return maxAttempts == 1
        ? "RetryPolicy.none()"
        : "RetryPolicy[maxAttempts="
            + maxAttempts
            + ", initialDelay="
            + initialDelay
            + ", multiplier="
            + multiplier
            + ", maxDelay="
            + maxDelay
            + ", maxElapsed="
            + maxElapsed
            + ", retryNonIdempotent="
            + retryNonIdempotent
            + ", maxRetryAfter="
            + maxRetryAfter
            + "]";
  }

  /** Builds a {@link RetryPolicy}; every setting starts at its {@linkplain #defaults() default}. */
  public static final class Builder {

    private int maxAttempts = 3;
    private Duration initialDelay = Duration.ofMillis(500);
    private double multiplier = 2.0;
    private Duration maxDelay = Duration.ofSeconds(5);
    private Duration maxElapsed = Duration.ofSeconds(60);
    private boolean retryNonIdempotent;
    private Duration maxRetryAfter = Duration.ofSeconds(60);

    private Builder() {}

    /**
     * Sets the most attempts per call, the first included; 1 disables retries.
     *
     * @param maxAttempts at least 1
     * @return this builder
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * Sets the wait before the first retry (before jitter).
     *
     * @param initialDelay not negative
     * @return this builder
     */
    public Builder initialDelay(Duration initialDelay) {
      this.initialDelay = nonNegative("initialDelay", initialDelay);
      return this;
    }

    /**
     * Sets the factor by which each wait exceeds the previous one.
     *
     * @param multiplier at least 1
     * @return this builder
     */
    public Builder multiplier(double multiplier) {
      if (!(multiplier >= 1.0)) {
        throw new IllegalArgumentException("multiplier must be at least 1: " + multiplier);
      }
      this.multiplier = multiplier;
      return this;
    }

    /**
     * Sets the longest computed wait. A server's {@code Retry-After} is honoured beyond it, within
     * {@link #maxElapsed}.
     *
     * @param maxDelay not negative
     * @return this builder
     */
    public Builder maxDelay(Duration maxDelay) {
      this.maxDelay = nonNegative("maxDelay", maxDelay);
      return this;
    }

    /**
     * Sets the budget, from the start of the first attempt, past which no retry is begun.
     *
     * @param maxElapsed not negative
     * @return this builder
     */
    public Builder maxElapsed(Duration maxElapsed) {
      this.maxElapsed = nonNegative("maxElapsed", maxElapsed);
      return this;
    }

    /**
     * Sets whether {@code POST} and {@code PATCH} are retried like idempotent methods.
     *
     * @param retryNonIdempotent true to retry them
     * @return this builder
     */
    public Builder retryNonIdempotent(boolean retryNonIdempotent) {
      this.retryNonIdempotent = retryNonIdempotent;
      return this;
    }

    /**
     * Sets the longest wait a server's {@code Retry-After} or {@code X-RateLimit-Reset} can ask
     * for; a longer one is shortened to it (and still counts against {@link #maxElapsed}).
     *
     * @param maxRetryAfter not negative; 60 seconds by default
     * @return this builder
     */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = nonNegative("maxRetryAfter", maxRetryAfter);
      return this;
    }

    /**
     * Returns the policy.
     *
     * @return a new immutable policy
     */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }

    private static Duration nonNegative(String name, Duration value) {
      Objects.requireNonNull(value, name);
      if (value.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative: " + value);
      }
      return value;
    }
  }
}
