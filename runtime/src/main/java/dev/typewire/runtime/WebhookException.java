package dev.typewire.runtime;

/**
 * A webhook delivery that failed verification, or whose body is not the JSON its event declares.
 * The message names the header or event and what was wrong; it never contains the secret, the
 * signature that arrived or the one expected, so it is safe to log and to return to the sender.
 */
public final class WebhookException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why a delivery was rejected. */
  public enum Reason {
    /** The signature header is absent or empty. */
    MISSING_SIGNATURE,
    /** No signature in the header matches the body under the secret. */
    SIGNATURE_MISMATCH,
    /** The timestamp header is absent, or not a number of seconds since the epoch. */
    MISSING_TIMESTAMP,
    /** The timestamp is further from now than the declared tolerance: a replay or a slow clock. */
    TIMESTAMP_OUT_OF_TOLERANCE,
    /** The body is not JSON, lacks its event name, or its payload does not fit the event's type. */
    UNREADABLE_PAYLOAD
  }

  private final Reason reason;

  WebhookException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  WebhookException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  /**
   * Returns why the delivery was rejected.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }
}
