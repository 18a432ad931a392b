package dev.typewire.runtime;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks, and for tests or senders computes, the signature of webhook deliveries under one {@link
 * WebhookSignature} scheme and one secret. Comparison is constant-time ({@link
 * MessageDigest#isEqual}); failures are {@link WebhookException}s that name no secret or signature.
 * Thread-safe.
 */
public final class WebhookVerifier {

  private static final Pattern SEPARATORS = Pattern.compile("[,\\s]+");

  private final WebhookSignature scheme;
  private final byte[] secret;
  private final Clock clock;

  WebhookVerifier(WebhookSignature scheme, byte[] secret, Clock clock) {
    this.scheme = scheme;
    this.secret = secret;
    this.clock = clock;
  }

  /**
   * Verifies one delivery.
   *
   * @param body the raw request body, exactly as received
   * @param headers the request headers; names are matched without regard to case
   * @throws WebhookException if the signature is missing or wrong, or the timestamp is missing or
   *     outside the tolerance
   */
  public void verify(byte[] body, Map<String, List<String>> headers) {
    String timestamp = null;
    if (scheme.timestampHeader != null) {
      timestamp = first(headers, scheme.timestampHeader);
      checkTimestamp(timestamp);
    }
    List<String> candidates = signatures(headers);
    if (candidates.isEmpty()) {
      throw new WebhookException(
          WebhookException.Reason.MISSING_SIGNATURE,
          "the webhook signature header '" + scheme.header + "' is missing or empty");
    }
    byte[] expected = mac(signedBytes(body, timestamp));
    for (String candidate : candidates) {
      if (MessageDigest.isEqual(expected, decode(candidate))) {
        return;
      }
    }
    throw new WebhookException(
        WebhookException.Reason.SIGNATURE_MISMATCH,
        "the webhook signature in '"
            + scheme.header
            + "' does not match the body: it was changed on the way, or the secret is not the"
            + " sender's");
  }

  /**
   * The headers a sender of this scheme adds to a delivery: the signature and, when the scheme has
   * one, the timestamp (now, by this verifier's clock).
   *
   * @param body the raw request body
   * @return header names (lower case) and values
   */
  public Map<String, String> sign(byte[] body) {
    Map<String, String> headers = new LinkedHashMap<>();
    String timestamp = null;
    if (scheme.timestampHeader != null) {
      timestamp = Long.toString(clock.instant().getEpochSecond());
      headers.put(scheme.timestampHeader, timestamp);
    }
    byte[] mac = mac(signedBytes(body, timestamp));
    String encoded =
        scheme.encoding == WebhookSignature.Encoding.HEX
            ? HexFormat.of().formatHex(mac)
            : Base64.getEncoder().encodeToString(mac);
    headers.put(scheme.header, scheme.prefix + encoded);
    return headers;
  }

  private void checkTimestamp(String timestamp) {
    long seconds;
    try {
      seconds = Long.parseLong(timestamp == null ? "" : timestamp.trim());
    } catch (NumberFormatException e) {
      throw new WebhookException(
          WebhookException.Reason.MISSING_TIMESTAMP,
          "the webhook timestamp header '"
              + scheme.timestampHeader
              + "' is missing or not a number of seconds since the epoch");
    }
    Duration skew = Duration.between(Instant.ofEpochSecond(seconds), clock.instant()).abs();
    if (skew.compareTo(scheme.tolerance) > 0) {
      throw new WebhookException(
          WebhookException.Reason.TIMESTAMP_OUT_OF_TOLERANCE,
          "the webhook timestamp in '"
              + scheme.timestampHeader
              + "' is "
              + skew.toSeconds()
              + " s from now, more than the "
              + scheme.tolerance.toSeconds()
              + " s allowed: a replayed delivery, or a clock out of step");
    }
  }

  private byte[] signedBytes(byte[] body, String timestamp) {
    if (!scheme.timestampSigned) {
      return body;
    }
    byte[] head = (timestamp + ".").getBytes(StandardCharsets.UTF_8);
    byte[] signed = new byte[head.length + body.length];
    System.arraycopy(head, 0, signed, 0, head.length);
    System.arraycopy(body, 0, signed, head.length, body.length);
    return signed;
  }

  private byte[] mac(byte[] signed) {
    try {
      Mac mac = Mac.getInstance(scheme.algorithm.jcaName);
      mac.init(new SecretKeySpec(secret, scheme.algorithm.jcaName));
      return mac.doFinal(signed);
    } catch (GeneralSecurityException e) {
      // Every JDK must provide these three algorithms.
      throw new IllegalStateException(scheme.algorithm + " is not available", e);
    }
  }

  /**
   * Every signature the header carries: senders rotating secrets send several, separated by commas
   * or spaces, or repeat the header.
   */
  private List<String> signatures(Map<String, List<String>> headers) {
    List<String> found = new ArrayList<>();
    for (String value : all(headers, scheme.header)) {
      SEPARATORS.splitAsStream(value).filter(part -> !part.isEmpty()).forEach(found::add);
    }
    return found;
  }

  /** The signature's bytes, or none (which never matches) when it is not in the scheme's form. */
  private byte[] decode(String candidate) {
    if (!candidate.startsWith(scheme.prefix)) {
      return new byte[0];
    }
    String encoded = candidate.substring(scheme.prefix.length());
    try {
      if (scheme.encoding == WebhookSignature.Encoding.HEX) {
        return HexFormat.of().parseHex(encoded.toLowerCase(Locale.ROOT));
      }
      return encoded.indexOf('-') >= 0 || encoded.indexOf('_') >= 0
          ? Base64.getUrlDecoder().decode(encoded)
          : Base64.getDecoder().decode(encoded);
    } catch (IllegalArgumentException e) {
      return new byte[0];
    }
  }

  private static List<String> all(Map<String, List<String>> headers, String name) {
    List<String> values = new ArrayList<>();
    headers.forEach(
        (key, list) -> {
          if (key != null && key.equalsIgnoreCase(name) && list != null) {
            values.addAll(list);
          }
        });
    return values;
  }

  private static String first(Map<String, List<String>> headers, String name) {
    List<String> values = all(headers, name);
    return values.isEmpty() ? null : values.get(0);
  }

  @Override
  public String toString() {
    // Never the secret: verifiers end up in logs through the objects holding them.
    return "WebhookVerifier[" + scheme + "]";
  }
}
