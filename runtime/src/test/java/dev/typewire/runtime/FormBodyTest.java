package dev.typewire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FormBodyTest {

  private final TestServer server = new TestServer();

  FormBodyTest() throws IOException {}

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void sendsFieldsFormEncodedInOrder() {
    server.thenJson(200, "{}");
    new ApiTransport(ClientOptions.builder().baseUrl(server.baseUrl()).build())
        .send(
            ApiRequest.builder("POST", "/token")
                .formField("grant_type", "client_credentials")
                .formField("scope", List.of("read chats", "write&send"))
                .formField("skipped", null)
                .formField("note", "café+1")
                .build(),
            ResponseType.none());

    TestServer.Seen seen = server.requests().get(0);
    assertEquals("application/x-www-form-urlencoded", seen.header("Content-Type"));
    assertEquals(
        "grant_type=client_credentials&scope=read+chats&scope=write%26send&note=caf%C3%A9%2B1",
        seen.body());
  }

  @Test
  void sendsAJsonNodeAsOneField() throws Exception {
    server.thenJson(200, "{}");
    ObjectMapper mapper = new ObjectMapper();
    new ApiTransport(ClientOptions.builder().baseUrl(server.baseUrl()).build())
        .send(
            ApiRequest.builder("POST", "/oauth2/revoke")
                .formField("grant_type", mapper.readTree("\"refresh_token\""))
                .formField("extra", mapper.readTree("{\"a\":1}"))
                .build(),
            ResponseType.none());

    assertEquals(
        "grant_type=refresh_token&extra=%7B%22a%22%3A1%7D", server.requests().get(0).body());
  }

  @Test
  void sendsTextBodiesAsUtf8() {
    server.thenJson(200, "{}");
    new ApiTransport(ClientOptions.builder().baseUrl(server.baseUrl()).build())
        .send(
            ApiRequest.builder("POST", "/notes").textBody("héllo & more").build(),
            ResponseType.none());

    TestServer.Seen seen = server.requests().get(0);
    assertEquals("text/plain; charset=UTF-8", seen.header("Content-Type"));
    assertEquals("héllo & more", seen.body());
  }
}
