package dev.typewire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookVerifierTest {

  private static final String SECRET = "whsec-TOP-SECRET-4711";
  private static final byte[] BODY =
      "{\"event\":\"message.created\",\"data\":{\"body\":\"hi\"}}".getBytes(StandardCharsets.UTF_8);
  private static final WebhookSignature PLAIN =
      WebhookSignature.hmac(
          "X-Periskope-Signature",
          WebhookSignature.Algorithm.HMAC_SHA256,
          WebhookSignature.Encoding.HEX);
  private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");
  private static final WebhookSignature TIMED =
      WebhookSignature.hmac(
              "webhook-signature",
              WebhookSignature.Algorithm.HMAC_SHA512,
              WebhookSignature.Encoding.BASE64)
          .withPrefix("v1=")
          .withTimestamp("Webhook-Timestamp", Duration.ofMinutes(5), true);

  @Test
  void aValidSignatureVerifies() {
    // A hex SHA-256 HMAC is 64 characters.
    Map<String, String> signed = PLAIN.verifier(SECRET).sign(BODY);
    assertEquals(64, signed.get("x-periskope-signature").length());
    PLAIN.verifier(SECRET).verify(BODY, headers(signed));
    // Header names differ in case between senders and servers.
    PLAIN
        .verifier(SECRET)
        .verify(
            BODY,
            Map.of(
                "X-PERISKOPE-SIGNATURE",
                List.of(signed.get("x-periskope-signature").toUpperCase(java.util.Locale.ROOT))));
  }

  @Test
  void aKnownAnswerMatchesTheJdkHmac() throws Exception {
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA1");
    mac.init(
        new javax.crypto.spec.SecretKeySpec("key".getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
    byte[] body = "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8);
    WebhookSignature sha1 =
        WebhookSignature.hmac(
                "sig", WebhookSignature.Algorithm.HMAC_SHA1, WebhookSignature.Encoding.HEX)
            .withPrefix("sha1=");
    // RFC 2104 test vector as published (Wikipedia, HMAC article).
    assertEquals(
        "sha1=de7c9b85b8b78aa6bc8a7a36f70a90701c9db4d9",
        sha1.verifier("key").sign(body).get("sig"));
    sha1.verifier("key")
        .verify(body, Map.of("sig", List.of("sha1=de7c9b85b8b78aa6bc8a7a36f70a90701c9db4d9")));
  }

  @Test
  void aTamperedBodyIsRejected() {
    Map<String, String> signed = PLAIN.verifier(SECRET).sign(BODY);
    byte[] tampered = BODY.clone();
    tampered[tampered.length - 3] = 'o';
    WebhookException e =
        assertThrows(
            WebhookException.class, () -> PLAIN.verifier(SECRET).verify(tampered, headers(signed)));
    assertEquals(WebhookException.Reason.SIGNATURE_MISMATCH, e.reason());
    assertNoSecrets(e, signed);
  }

  @Test
  void aWrongSecretIsRejected() {
    Map<String, String> signed = PLAIN.verifier("another-secret").sign(BODY);
    WebhookException e =
        assertThrows(
            WebhookException.class, () -> PLAIN.verifier(SECRET).verify(BODY, headers(signed)));
    assertEquals(WebhookException.Reason.SIGNATURE_MISMATCH, e.reason());
    assertNoSecrets(e, signed);
  }

  @Test
  void aMissingHeaderIsRejected() {
    WebhookException e =
        assertThrows(
            WebhookException.class,
            () -> PLAIN.verifier(SECRET).verify(BODY, Map.of("content-type", List.of("x"))));
    assertEquals(WebhookException.Reason.MISSING_SIGNATURE, e.reason());
    assertTrue(e.getMessage().contains("x-periskope-signature"), e.getMessage());
  }

  @Test
  void aGarbledSignatureIsAMismatchNotACrash() {
    WebhookException e =
        assertThrows(
            WebhookException.class,
            () ->
                PLAIN
                    .verifier(SECRET)
                    .verify(BODY, Map.of("x-periskope-signature", List.of("zz-not-hex"))));
    assertEquals(WebhookException.Reason.SIGNATURE_MISMATCH, e.reason());
  }

  @Test
  void oneOfSeveralRotatedSignaturesSuffices() {
    String good = PLAIN.verifier(SECRET).sign(BODY).get("x-periskope-signature");
    String old = PLAIN.verifier("old-secret").sign(BODY).get("x-periskope-signature");
    PLAIN
        .verifier(SECRET)
        .verify(BODY, Map.of("x-periskope-signature", List.of(old + ", " + good)));
  }

  @Test
  void aTimestampWithinToleranceVerifies() {
    Map<String, String> signed = timed(NOW).sign(BODY);
    assertEquals(Long.toString(NOW.getEpochSecond()), signed.get("webhook-timestamp"));
    assertTrue(signed.get("webhook-signature").startsWith("v1="));
    timed(NOW.plusSeconds(299)).verify(BODY, headers(signed));
    timed(NOW.minusSeconds(299)).verify(BODY, headers(signed));
  }

  @Test
  void aReplayedTimestampOutsideToleranceIsRejected() {
    Map<String, String> signed = timed(NOW).sign(BODY);
    WebhookException e =
        assertThrows(
            WebhookException.class,
            () -> timed(NOW.plusSeconds(301)).verify(BODY, headers(signed)));
    assertEquals(WebhookException.Reason.TIMESTAMP_OUT_OF_TOLERANCE, e.reason());
    assertNoSecrets(e, signed);
  }

  @Test
  void theTimestampIsSignedSoItCannotBeMovedForward() {
    Map<String, String> signed = new HashMap<>(timed(NOW).sign(BODY));
    signed.put("webhook-timestamp", Long.toString(NOW.getEpochSecond() + 600));
    WebhookException e =
        assertThrows(
            WebhookException.class,
            () -> timed(NOW.plusSeconds(600)).verify(BODY, headers(signed)));
    assertEquals(WebhookException.Reason.SIGNATURE_MISMATCH, e.reason());
  }

  @Test
  void aMissingTimestampIsRejected() {
    Map<String, String> signed = new HashMap<>(timed(NOW).sign(BODY));
    signed.remove("webhook-timestamp");
    WebhookException e =
        assertThrows(WebhookException.class, () -> timed(NOW).verify(BODY, headers(signed)));
    assertEquals(WebhookException.Reason.MISSING_TIMESTAMP, e.reason());
  }

  @Test
  void toStringNamesNoSecret() {
    String text = PLAIN.verifier(SECRET).toString();
    assertFalse(text.contains(SECRET), text);
    assertTrue(text.contains("x-periskope-signature"), text);
  }

  private static WebhookVerifier timed(Instant now) {
    return TIMED.verifier(
        SECRET.getBytes(StandardCharsets.UTF_8), Clock.fixed(now, ZoneOffset.UTC));
  }

  private static Map<String, List<String>> headers(Map<String, String> signed) {
    Map<String, List<String>> headers = new HashMap<>();
    signed.forEach((name, value) -> headers.put(name, List.of(value)));
    return headers;
  }

  private static void assertNoSecrets(WebhookException e, Map<String, String> signed) {
    String message = e.getMessage();
    assertFalse(message.contains(SECRET), message);
    for (String value : signed.values()) {
      String encoded = value.replaceFirst("^v1=", "");
      assertFalse(message.contains(encoded), message);
    }
    String expected = PLAIN.verifier(SECRET).sign(BODY).get("x-periskope-signature");
    assertFalse(message.contains(expected), message);
  }
}
