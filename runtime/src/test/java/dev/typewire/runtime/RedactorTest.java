package dev.typewire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Per-call credentials: reused redactors must still scrub whatever the call sends. */
class RedactorTest {

  private final Redactor client = new Redactor(List.of("client-token"));

  @Test
  void knownSecretsNeedNoNewRedactor() {
    assertSame(client, client.with(List.of("client-token", "abc")));
  }

  @Test
  void theSameCallSecretsReuseOneRedactor() {
    Redactor first = client.with(List.of("phone-1234"));

    assertSame(first, client.with(List.of("phone-1234")));
    assertEquals("[redacted] [redacted]", first.scrub("client-token phone-1234"));
  }

  @Test
  void aRotatedCredentialIsScrubbedToo() {
    var unused = client.with(List.of("phone-1234"));
    Redactor rotated = client.with(List.of("phone-5678"));

    assertEquals(
        "phone-1234 [redacted] [redacted]", rotated.scrub("phone-1234 phone-5678 client-token"));
  }
}
