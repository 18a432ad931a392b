package dev.typewire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Which credentials a request carries, and that every form of them is redacted. */
class CredentialsTest {

  private static final SecurityScheme BEARER = SecurityScheme.bearer("oauth");
  private static final SecurityScheme QUERY = SecurityScheme.apiKeyQuery("q", "api_key");
  private static final SecurityScheme COOKIE = SecurityScheme.apiKeyCookie("c", "session");
  private static final SecurityScheme BASIC = SecurityScheme.basic("basic");

  private static ClientOptions.Builder options() {
    return ClientOptions.builder().baseUrl("https://api.example.com");
  }

  private static ApiRequest request(List<List<SecurityScheme>> security) {
    return ApiRequest.builder("GET", "/things").security(security).build();
  }

  /** The headers the credentials set on a real request builder, one value each. */
  private static Map<String, String> headers(Credentials credentials) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("https://api.example.com"));
    credentials.setHeaders(builder);
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    builder
        .build()
        .headers()
        .map()
        .forEach(
            (name, values) -> {
              assertEquals(1, values.size(), name);
              headers.put(name, values.get(0));
            });
    return headers;
  }

  @Test
  void theFirstFullyConfiguredAlternativeIsSentAndNothingElse() {
    ClientOptions options =
        options()
            .credential("oauth", "token-1")
            .credential("q", "key-1")
            .credential("c", "cookie-1")
            .build();
    Credentials both =
        Credentials.select(request(List.of(List.of(QUERY, COOKIE), List.of(BEARER))), options);
    assertEquals(Map.of("Cookie", "session=cookie-1"), headers(both));
    assertEquals(
        "https://api.example.com/things?api_key=key-1",
        both.withQuery(URI.create("https://api.example.com/things"), false).toString());

    ClientOptions bearerOnly = options().credential("oauth", () -> "token-2").build();
    Credentials bearer =
        Credentials.select(request(List.of(List.of(QUERY, COOKIE), List.of(BEARER))), bearerOnly);
    assertEquals(Map.of("Authorization", "Bearer token-2"), headers(bearer));
  }

  @Test
  void anEmptyRequirementMakesCredentialsOptionalButStillSendsConfiguredOnes() {
    ClientOptions none = options().build();
    assertTrue(Credentials.select(request(List.of(List.of(), List.of(BEARER))), none).isEmpty());
    assertTrue(
        Credentials.select(request(List.of()), options().bearerToken("legacy").build()).isEmpty());
    ClientOptions configured = options().credential("oauth", "token-3").build();
    assertEquals(
        Map.of("Authorization", "Bearer token-3"),
        headers(Credentials.select(request(List.of(List.of(), List.of(BEARER))), configured)));
  }

  @Test
  void aRequestWithoutSecurityGetsTheClientBearerToken() {
    ApiRequest undeclared = ApiRequest.builder("GET", "/things").build();
    Credentials legacy = Credentials.select(undeclared, options().bearerToken("legacy").build());
    assertEquals(Map.of("Authorization", "Bearer legacy"), headers(legacy));
  }

  @Test
  void missingCredentialsNameTheOperationAndTheSchemes() {
    ClientOptions options =
        options().credential("q", "key-only").credential("oauth", () -> null).build();
    IllegalStateException missing =
        assertThrows(
            IllegalStateException.class,
            () ->
                Credentials.select(
                    request(List.of(List.of(QUERY, COOKIE), List.of(BEARER))), options));
    assertEquals(
        "GET /things needs credentials for [q and c] or [oauth], and none of these is configured"
            + " on the client",
        missing.getMessage());
  }

  @Test
  void everyFormOfASentSecretIsRedacted() {
    ClientOptions options =
        options().credential("basic", "alice:open-sesame").credential("q", "k y+secret").build();
    Credentials basic = Credentials.select(request(List.of(List.of(BASIC))), options);
    String encoded =
        Base64.getEncoder().encodeToString("alice:open-sesame".getBytes(StandardCharsets.UTF_8));
    assertEquals(Map.of("Authorization", "Basic " + encoded), headers(basic));
    Redactor redactor = new Redactor(List.of()).with(basic.secrets());
    String scrubbed = redactor.scrub("echo " + encoded + " and open-sesame");
    assertFalse(scrubbed.contains(encoded) || scrubbed.contains("open-sesame"), scrubbed);

    Credentials query = Credentials.select(request(List.of(List.of(QUERY))), options);
    URI sent = query.withQuery(URI.create("https://api.example.com/things?a=1"), false);
    URI shown = query.withQuery(URI.create("https://api.example.com/things?a=1"), true);
    assertEquals("https://api.example.com/things?a=1&api_key=%5Bredacted%5D", shown.toString());
    String scrubbedUri = new Redactor(List.of()).with(query.secrets()).scrub(sent.toString());
    assertFalse(scrubbedUri.contains("secret"), scrubbedUri);
  }

  @Test
  void aCredentialWithALineBreakIsRefusedWithoutEchoingIt() {
    ClientOptions options = options().credential("oauth", "bad\r\nX-Injected: 1").build();
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> Credentials.select(request(List.of(List.of(BEARER))), options));
    assertFalse(refused.getMessage().contains("Injected"), refused.getMessage());
  }

  @Test
  void queryAndCookieCredentialsAreRefusedOverPlainHttpToAnotherHost() {
    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class,
            () ->
                ClientOptions.builder()
                    .baseUrl("http://api.example.com")
                    .credential("c", "v-123")
                    .build());
    assertTrue(refused.getMessage().contains("plain http"), refused.getMessage());
    assertFalse(
        ClientOptions.builder()
            .baseUrl("http://api.example.com")
            .credential("c", "v-123")
            .allowInsecureHttp(true)
            .build()
            .toString()
            .contains("v-123"));
  }
}
