package dev.typewire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which host a call reaches: client base URL, operation server, client override, call override. */
class ServerRoutingTest {

  private final TestServer main = new TestServer();
  private final TestServer other = new TestServer();

  ServerRoutingTest() throws IOException {}

  @AfterEach
  void stop() {
    main.close();
    other.close();
  }

  private ApiTransport transport(ClientOptions.Builder options) {
    return new ApiTransport(options.baseUrl(main.baseUrl()).build());
  }

  private static void call(ApiTransport transport, ApiRequest.Builder request) {
    transport.send(request.build(), ResponseType.none());
  }

  @Test
  void anAbsoluteOperationServerIsReachedInsteadOfTheBaseUrl() {
    other.thenJson(200, "{}");
    call(
        transport(ClientOptions.builder()),
        ApiRequest.builder("GET", "/x").server(other.baseUrl()));
    assertEquals(0, main.requests().size());
    assertEquals("/v1/x", other.requests().get(0).rawUri());
  }

  @Test
  void aRelativeOperationServerIsResolvedAgainstTheBaseUrl() {
    main.thenJson(200, "{}");
    ApiTransport transport = transport(ClientOptions.builder());
    call(transport, ApiRequest.builder("GET", "/x").server("/uploads"));
    call(transport, ApiRequest.builder("GET", "/x").server("files"));
    assertEquals("/uploads/x", main.requests().get(0).rawUri());
    assertEquals("/v1/files/x", main.requests().get(1).rawUri());
  }

  @Test
  void theClientRedirectsADescribedServer() {
    other.thenJson(200, "{}");
    ApiTransport transport =
        transport(
            ClientOptions.builder().serverOverride("https://files.example.com", other.baseUrl()));
    call(transport, ApiRequest.builder("GET", "/x").server("https://files.example.com"));
    assertEquals("/v1/x", other.requests().get(0).rawUri());
    assertEquals(
        URI.create(other.baseUrl()),
        transport.options().serverOverrides().get("https://files.example.com"));
  }

  @Test
  void aCallOverrideWinsOverEveryServer() {
    other.thenJson(200, "{}");
    ApiTransport transport = transport(ClientOptions.builder());
    RequestOptions options = RequestOptions.builder().baseUrl(other.baseUrl() + "/").build();
    call(transport, ApiRequest.builder("GET", "/x").options(options));
    call(
        transport,
        ApiRequest.builder("GET", "/y").server("https://files.example.com").options(options));
    assertEquals(0, main.requests().size());
    assertEquals("/v1/x", other.requests().get(0).rawUri());
    assertEquals("/v1/y", other.requests().get(1).rawUri());
    assertEquals(options.baseUrl(), options.toBuilder().build().baseUrl());
  }

  @Test
  void aCallOverrideMustBeAnAbsoluteHttpUrl() {
    RequestOptions.Builder options = RequestOptions.builder();
    assertThrows(IllegalArgumentException.class, () -> options.baseUrl("/relative"));
    assertThrows(IllegalArgumentException.class, () -> options.baseUrl("https://h/v1?x=1"));
    assertThrows(IllegalArgumentException.class, () -> options.baseUrl("ftp://h/v1"));
  }

  @Test
  void credentialsAreRefusedOnAPlainHttpOperationServer() {
    ApiTransport transport =
        new ApiTransport(
            ClientOptions.builder().baseUrl("https://api.example.com").bearerToken("t").build());
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                call(
                    transport, ApiRequest.builder("GET", "/x").server("http://files.example.com")));
    assertTrue(e.getMessage().contains("files.example.com"), e.getMessage());
  }

  @Test
  void credentialsAreRefusedOnAPlainHttpCallOverride() {
    ApiTransport transport =
        new ApiTransport(
            ClientOptions.builder().baseUrl("https://api.example.com").bearerToken("t").build());
    RequestOptions options = RequestOptions.builder().baseUrl("http://elsewhere.example").build();
    assertThrows(
        IllegalStateException.class,
        () -> call(transport, ApiRequest.builder("GET", "/x").options(options)));
  }
}
