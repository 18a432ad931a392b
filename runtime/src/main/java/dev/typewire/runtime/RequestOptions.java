package dev.typewire.runtime;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Settings for a single call that override the {@link ClientOptions}: extra or replaced headers, a
 * timeout, a retry policy. Immutable.
 *
 * <pre>{@code
 * RequestOptions.builder().header("x-phone", "other").timeout(Duration.ofSeconds(5)).build()
 * }</pre>
 */
public final class RequestOptions {

  private static final RequestOptions NONE = builder().build();

  private final Map<String, String> headers;
  private final Duration timeout;
  private final RetryPolicy retryPolicy;

  private RequestOptions(Builder builder) {
    TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    copy.putAll(builder.headers);
    this.headers = Collections.unmodifiableMap(copy);
    this.timeout = builder.timeout;
    this.retryPolicy = builder.retryPolicy;
  }

  /**
   * Returns options that change nothing.
   *
   * @return empty options
   */
  public static RequestOptions none() {
    return NONE;
  }

  /**
   * Returns an empty builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding these options.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.headers.putAll(headers);
    builder.timeout = timeout;
    builder.retryPolicy = retryPolicy;
    return builder;
  }

  /**
   * Returns the headers that override client defaults and the request's own headers.
   *
   * @return an unmodifiable map with case-insensitive keys
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * Returns the per-attempt timeout replacing {@link ClientOptions#requestTimeout()}.
   *
   * @return the timeout, empty to keep the client's
   */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /**
   * Returns the retry policy replacing {@link ClientOptions#retryPolicy()}.
   *
   * @return the policy, empty to keep the client's
   */
  public Optional<RetryPolicy> retryPolicy() {
    return Optional.ofNullable(retryPolicy);
  }

  @Override
  public String toString() {
    StringBuilder shown = new StringBuilder("RequestOptions[headers={");
    String separator = "";
    for (Map.Entry<String, String> header : headers.entrySet()) {
      shown.append(separator).append(header.getKey()).append('=');
      shown.append(HeaderValues.isSensitive(header.getKey()) ? Redactor.MASK : header.getValue());
      separator = ", ";
    }
    return shown
        .append("}, timeout=")
        .append(timeout)
        .append(", retryPolicy=")
        .append(retryPolicy)
        .append(']')
        .toString();
  }

  /** Collects {@link RequestOptions}. */
  public static final class Builder {

    private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private Duration timeout;
    private RetryPolicy retryPolicy;

    private Builder() {}

    /**
     * Sets a header for this call, replacing a client default or request header of the same name.
     *
     * @param name the header name
     * @param value the value, or null to drop an earlier value set on this builder
     * @return this builder
     * @throws IllegalArgumentException if the value contains CR or LF
     */
    public Builder header(String name, String value) {
      HeaderValues.checkName(name);
      if (value == null) {
        headers.remove(name);
      } else {
        headers.put(name, HeaderValues.checkValue(name, value));
      }
      return this;
    }

    /**
     * Sets the per-attempt timeout for this call.
     *
     * @param timeout positive, or null to keep the client's
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
        throw new IllegalArgumentException("timeout must be positive: " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Sets the retry policy for this call, for example {@link RetryPolicy#none()} or {@code
     * RetryPolicy.defaults().retryingNonIdempotent()}.
     *
     * @param retryPolicy the policy, or null to keep the client's
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = retryPolicy;
      return this;
    }

    /**
     * Returns the options.
     *
     * @return new immutable options
     */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }

  static RequestOptions orNone(RequestOptions options) {
    return Objects.requireNonNullElse(options, NONE);
  }
}
