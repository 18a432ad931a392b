package dev.typewire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Users can create every ApiException subtype to stub a generated API in their tests. */
class StubbedExceptionsTest {

  record ApiError(String code, String message) {}

  private static HttpHeaders headers(String... pairs) {
    Map<String, List<String>> map = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], List.of(pairs[i + 1]));
    }
    return HttpHeaders.of(map, (name, value) -> true);
  }

  @Test
  void forStatusPicksTheSubtypeTheClientWouldThrow() {
    Map<Integer, Class<? extends ApiException>> expected =
        Map.of(
            401, AuthenticationException.class,
            403, AuthenticationException.class,
            404, NotFoundException.class,
            409, ValidationException.class,
            422, ValidationException.class,
            429, RateLimitException.class,
            500, ServerException.class,
            503, ServerException.class,
            410, ApiStatusException.class);
    expected.forEach(
        (status, type) -> {
          ApiException stub = ApiException.forStatus(status, headers(), "body", null);
          assertInstanceOf(type, stub, "status " + status);
          assertEquals(status, stub.status());
        });
  }

  @Test
  void stubsCarryHeadersExcerptAndTypedErrorBody() {
    ApiError error = new ApiError("NOT_FOUND", "no such chat");
    ApiException stub =
        ApiException.forStatus(
            404,
            headers("Content-Type", "application/json", "X-Request-Id", "r-1"),
            "{\"code\":\"NOT_FOUND\"}",
            error);
    assertEquals("r-1", stub.headers().firstValue("x-request-id").orElseThrow());
    assertEquals("{\"code\":\"NOT_FOUND\"}", stub.bodyExcerpt());
    assertEquals("application/json", stub.contentType().orElseThrow());
    assertSame(error, stub.errorBody());
    assertEquals(error, stub.errorBody(ApiError.class).orElseThrow());
    assertEquals("HTTP 404: {\"code\":\"NOT_FOUND\"}", stub.getMessage());
    assertEquals("", stub.method());
    assertEquals("stub:/", stub.uri().toString());
  }

  @Test
  void everySubtypeHasPublicConstructors() {
    HttpHeaders none = headers();
    RateLimitException limited = new RateLimitException(429, headers("Retry-After", "7"), "");
    assertEquals(Duration.ofSeconds(7), limited.retryAfter().orElseThrow());
    assertEquals(401, new AuthenticationException(401, none, "").status());
    assertEquals("gone", new NotFoundException(404, none, "", "gone").errorBody());
    assertEquals(422, new ValidationException(422, none, "bad").status());
    assertEquals(502, new ServerException(502, none, "<html>").status());
    assertEquals(418, new ApiStatusException(418, none, "teapot").status());
    assertEquals("not json", new DecodeException(200, none, "not json").bodyExcerpt());
    IOException reset = new IOException("connection reset");
    TransportException cut = new TransportException("connection reset", reset);
    assertEquals(0, cut.status());
    assertSame(reset, cut.getCause());
    assertEquals(0, cut.headers().map().size());
  }
}
