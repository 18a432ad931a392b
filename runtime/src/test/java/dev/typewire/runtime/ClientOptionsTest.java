package dev.typewire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClientOptionsTest {

  private static final String TOKEN = "very-secret-token";

  private ClientOptions options() {
    return ClientOptions.builder()
        .baseUrl("https://api.example.com/v1/")
        .bearerToken(TOKEN)
        .defaultHeader("x-phone", "919876543210")
        .defaultHeader("x-api-key", "another-secret")
        .traceIdHeader("x-trace")
        .requestTimeout(Duration.ofSeconds(5))
        .userAgent("my-app/1.0")
        .build();
  }

  @Test
  void toStringRedactsSecrets() {
    String shown = options().toString();
    assertFalse(shown.contains(TOKEN), shown);
    assertFalse(shown.contains("another-secret"), shown);
    assertTrue(shown.contains("x-phone=919876543210"), shown);
    assertTrue(shown.contains("bearerToken=[redacted]"), shown);
    String requestOptions =
        RequestOptions.builder().header("Authorization", "Bearer " + TOKEN).build().toString();
    assertFalse(requestOptions.contains(TOKEN), requestOptions);
  }

  @Test
  void toBuilderKeepsEverything() {
    ClientOptions original = options();
    ClientOptions copy = original.toBuilder().requestTimeout(Duration.ofSeconds(9)).build();

    assertEquals(original.baseUrl(), copy.baseUrl());
    assertEquals("https://api.example.com/v1", copy.baseUrl().toString());
    assertTrue(copy.hasBearerToken());
    assertEquals(original.defaultHeaders(), copy.defaultHeaders());
    assertEquals("919876543210", copy.defaultHeaders().get("X-PHONE"));
    assertEquals("x-trace", copy.traceIdHeader().orElseThrow());
    assertEquals(Duration.ofSeconds(9), copy.requestTimeout());
    assertEquals(Duration.ofSeconds(5), original.requestTimeout());
    assertEquals("my-app/1.0", copy.userAgent().orElseThrow());
  }

  @Test
  void defaults() {
    ClientOptions options = ClientOptions.builder().baseUrl("https://api.example.com").build();
    assertFalse(options.hasBearerToken());
    assertEquals(Duration.ofSeconds(10), options.connectTimeout());
    assertEquals(Duration.ofSeconds(30), options.requestTimeout());
    assertEquals(16L * 1024 * 1024, options.maxResponseBytes());
    assertEquals(3, options.retryPolicy().maxAttempts());
    assertFalse(options.allowInsecureHttp());
  }

  @Test
  void rejectsBadValues() {
    assertThrows(IllegalStateException.class, () -> ClientOptions.builder().build());
    assertThrows(
        IllegalArgumentException.class, () -> ClientOptions.builder().baseUrl("ftp://x/y"));
    assertThrows(IllegalArgumentException.class, () -> ClientOptions.builder().baseUrl("/v1"));
    assertThrows(
        IllegalArgumentException.class,
        () -> ClientOptions.builder().baseUrl("https://x/v1?token=1"));
    assertThrows(IllegalArgumentException.class, () -> ClientOptions.builder().maxResponseBytes(0));
    assertThrows(
        IllegalArgumentException.class,
        () -> ClientOptions.builder().requestTimeout(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().maxAttempts(0));
  }

  @Test
  void retryPolicyBackoffIsBoundedAndJittered() {
    RetryPolicy policy = RetryPolicy.defaults();
    for (int i = 0; i < 100; i++) {
      long first = policy.backoff(1).toMillis();
      long fourth = policy.backoff(4).toMillis();
      long tenth = policy.backoff(10).toMillis();
      assertTrue(first >= 375 && first <= 500, "first " + first);
      assertTrue(fourth >= 3000 && fourth <= 4000, "fourth " + fourth);
      assertTrue(tenth >= 3750 && tenth <= 5000, "tenth " + tenth);
    }
    assertFalse(policy.retriesNonIdempotent());
    assertTrue(policy.retryingNonIdempotent().retriesNonIdempotent());
    assertTrue(policy.retriesStatus("GET", 503));
    assertFalse(policy.retriesStatus("POST", 503));
    assertTrue(policy.retriesStatus("POST", 429));
    assertTrue(policy.retryingNonIdempotent().retriesStatus("PATCH", 429));
    assertFalse(policy.retriesStatus("GET", 500));
    assertEquals(1, RetryPolicy.none().maxAttempts());
  }

  @Test
  void rateLimitResetUnits() {
    assertEquals(Duration.ofSeconds(30), RetryAfterHeaders.rateLimitReset("30").orElseThrow());
    long inOneMinute = java.time.Instant.now().getEpochSecond() + 60;
    Duration fromEpochSeconds = RetryAfterHeaders.rateLimitReset("" + inOneMinute).orElseThrow();
    assertTrue(fromEpochSeconds.getSeconds() >= 58 && fromEpochSeconds.getSeconds() <= 60);
    Duration fromEpochMillis =
        RetryAfterHeaders.rateLimitReset("" + (inOneMinute * 1000)).orElseThrow();
    assertTrue(fromEpochMillis.getSeconds() >= 58 && fromEpochMillis.getSeconds() <= 60);
    assertEquals(Duration.ZERO, RetryAfterHeaders.rateLimitReset("1000000000").orElseThrow());
    assertTrue(RetryAfterHeaders.rateLimitReset("soon").isEmpty());
    assertTrue(RetryAfterHeaders.retryAfter("garbage").isEmpty());
  }
}
