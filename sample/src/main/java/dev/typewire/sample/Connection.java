package dev.typewire.sample;

import dev.typewire.runtime.ClientOptions;
import dev.typewire.sample.periskope.PeriskopeClient;
import dev.typewire.sample.server.EmbeddedPeriskopeServer;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The client the sample talks through, and the embedded server behind it unless the environment
 * names a real account. Closing it stops that server.
 */
final class Connection implements AutoCloseable {

  static final String API_KEY = "PERISKOPE_API_KEY";
  static final String BASE_URL = "PERISKOPE_BASE_URL";
  static final String PHONE = "PERISKOPE_PHONE";

  /** The organisation phone of the published example's chats, sent as x-phone to the server. */
  private static final String EMBEDDED_PHONE = "918527184400";

  private final PeriskopeClient client;
  private final EmbeddedPeriskopeServer server;
  private final String baseUrl;
  private final String token;

  private Connection(
      PeriskopeClient client, EmbeddedPeriskopeServer server, String baseUrl, String token) {
    this.client = client;
    this.server = server;
    this.baseUrl = baseUrl;
    this.token = token;
  }

  /**
   * With {@code PERISKOPE_API_KEY} set, connects to {@code PERISKOPE_BASE_URL} or the real API,
   * sending {@code PERISKOPE_PHONE} as x-phone; otherwise starts an embedded server with a fresh
   * random token, so nothing secret is ever needed to run the sample.
   */
  static Connection open(Map<String, String> env, Consumer<ClientOptions.Builder> options)
      throws IOException {
    String apiKey = nonBlank(env.get(API_KEY));
    if (apiKey != null) {
      String baseUrl =
          Optional.ofNullable(nonBlank(env.get(BASE_URL))).orElse(PeriskopeClient.DEFAULT_BASE_URL);
      PeriskopeClient.Builder builder =
          PeriskopeClient.builder().baseUrl(baseUrl).bearerToken(apiKey).configure(options);
      String phone = nonBlank(env.get(PHONE));
      if (phone != null) {
        builder.phone(phone);
      }
      return new Connection(builder.build(), null, baseUrl, apiKey);
    }
    String token = randomToken();
    EmbeddedPeriskopeServer server = EmbeddedPeriskopeServer.start(token);
    PeriskopeClient client =
        PeriskopeClient.builder()
            .baseUrl(server.baseUrl())
            .bearerToken(token)
            .phone(EMBEDDED_PHONE)
            .configure(options)
            .build();
    return new Connection(client, server, server.baseUrl(), token);
  }

  PeriskopeClient client() {
    return client;
  }

  /** The bearer token, only so error output can be checked for it; never print it. */
  String token() {
    return token;
  }

  Optional<EmbeddedPeriskopeServer> embeddedServer() {
    return Optional.ofNullable(server);
  }

  /** Where requests go, for the user; never includes the token. */
  String describe() {
    return server == null
        ? "Periskope API at " + baseUrl
        : "embedded Periskope server at " + baseUrl;
  }

  @Override
  public void close() {
    client.close();
    if (server != null) {
      server.close();
    }
  }

  private static String randomToken() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String nonBlank(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
