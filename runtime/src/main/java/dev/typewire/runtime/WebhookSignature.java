package dev.typewire.runtime;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How a sender signs its webhook deliveries: an HMAC of the raw body (or of a timestamp, a dot and
 * the body) under a shared secret, sent in a header as hex or base64, possibly after a prefix such
 * as {@code sha256=}. Immutable; {@link #verifier(String)} binds it to a secret.
 */
public final class WebhookSignature {

  /** The HMAC algorithms a scheme may use. */
  public enum Algorithm {
    /** HMAC-SHA1, still used by older senders. */
    HMAC_SHA1("HmacSHA1"),
    /** HMAC-SHA256, the common choice. */
    HMAC_SHA256("HmacSHA256"),
    /** HMAC-SHA512. */
    HMAC_SHA512("HmacSHA512");

    final String jcaName;

    Algorithm(String jcaName) {
      this.jcaName = jcaName;
    }
  }

  /** How the signature bytes are written in the header. */
  public enum Encoding {
    /** Hexadecimal, either case. */
    HEX,
    /** Standard or URL-safe base64. */
    BASE64
  }

  final String header;
  final Algorithm algorithm;
  final Encoding encoding;
  final String prefix;
  final String timestampHeader;
  final Duration tolerance;
  final boolean timestampSigned;

  private WebhookSignature(
      String header,
      Algorithm algorithm,
      Encoding encoding,
      String prefix,
      String timestampHeader,
      Duration tolerance,
      boolean timestampSigned) {
    this.header = header;
    this.algorithm = algorithm;
    this.encoding = encoding;
    this.prefix = prefix;
    this.timestampHeader = timestampHeader;
    this.tolerance = tolerance;
    this.timestampSigned = timestampSigned;
  }

  /**
   * A scheme signing the raw body, with no prefix and no timestamp.
   *
   * @param header the header carrying the signature, matched without regard to case
   * @param algorithm the HMAC algorithm
   * @param encoding how the signature is written
   * @return the scheme
   */
  public static WebhookSignature hmac(String header, Algorithm algorithm, Encoding encoding) {
    return new WebhookSignature(
        header.toLowerCase(Locale.ROOT),
        Objects.requireNonNull(algorithm, "algorithm"),
        Objects.requireNonNull(encoding, "encoding"),
        "",
        null,
        null,
        false);
  }

  /**
   * The same scheme with the signature written after a fixed prefix, such as {@code sha256=}.
   *
   * @param prefix the text before the encoded signature
   * @return a new scheme
   */
  public WebhookSignature withPrefix(String prefix) {
    return new WebhookSignature(
        header,
        algorithm,
        encoding,
        Objects.requireNonNull(prefix, "prefix"),
        timestampHeader,
        tolerance,
        timestampSigned);
  }

  /**
   * The same scheme with a timestamp header (seconds since the epoch) that must be within {@code
   * tolerance} of now, which rejects replayed deliveries.
   *
   * @param header the header carrying the timestamp
   * @param tolerance how far from now the timestamp may be, either way
   * @param signed whether the signed text is the timestamp, a dot and the body (true) or the body
   *     alone (false)
   * @return a new scheme
   */
  public WebhookSignature withTimestamp(String header, Duration tolerance, boolean signed) {
    if (tolerance.isNegative()) {
      throw new IllegalArgumentException("the tolerance must not be negative");
    }
    return new WebhookSignature(
        this.header,
        algorithm,
        encoding,
        prefix,
        header.toLowerCase(Locale.ROOT),
        tolerance,
        signed);
  }

  /**
   * Binds the scheme to a secret, taken as its UTF-8 bytes.
   *
   * @param secret the signing key the sender shares with you
   * @return a verifier using the system clock
   */
  public WebhookVerifier verifier(String secret) {
    return verifier(
        Objects.requireNonNull(secret, "secret").getBytes(java.nio.charset.StandardCharsets.UTF_8),
        Clock.systemUTC());
  }

  /**
   * Binds the scheme to a secret and a clock (for tests of the timestamp tolerance).
   *
   * @param secret the signing key's bytes; copied
   * @param clock what "now" is when checking timestamps
   * @return a verifier
   */
  public WebhookVerifier verifier(byte[] secret, Clock clock) {
    if (secret.length == 0) {
      throw new IllegalArgumentException("the webhook secret must not be empty");
    }
    return new WebhookVerifier(this, secret.clone(), Objects.requireNonNull(clock, "clock"));
  }

  @Override
  public String toString() {
    return "WebhookSignature["
        + algorithm
        + " "
        + encoding
        + " in "
        + header
        + (timestampHeader == null ? "" : ", timestamp in " + timestampHeader)
        + "]";
  }
}
