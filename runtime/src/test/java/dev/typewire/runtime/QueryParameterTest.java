package dev.typewire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class QueryParameterTest {

  private final TestServer server = new TestServer();
  private final ObjectMapper mapper = new ObjectMapper();

  QueryParameterTest() throws IOException {}

  @AfterEach
  void stop() {
    server.close();
  }

  private String sentUri(ApiRequest request) {
    server.thenJson(200, "{}");
    new ApiTransport(ClientOptions.builder().baseUrl(server.baseUrl()).build())
        .send(request, ResponseType.none());
    return server.requests().get(0).rawUri();
  }

  @Test
  void repeatsJavaListsAndSkipsNullElements() {
    List<String> labels = new java.util.ArrayList<>(List.of("vip", "new lead"));
    labels.add(null);
    assertEquals(
        "/v1/chats?label=vip&label=new%20lead",
        sentUri(ApiRequest.builder("GET", "/chats").query("label", labels).build()));
  }

  @Test
  void sendsAJsonNodeAsOneValue() throws Exception {
    // A JsonNode (a parameter whose schema the description leaves open) is Iterable over its
    // values; it is one value all the same: a scalar as its text, a container as its JSON.
    assertEquals(
        "/v1/chats?filter=%7B%22a%22%3A1%7D&word=plain&empty=%7B%7D",
        sentUri(
            ApiRequest.builder("GET", "/chats")
                .query("filter", mapper.readTree("{\"a\":1}"))
                .query("word", mapper.readTree("\"plain\""))
                .query("empty", mapper.createObjectNode())
                .build()));
  }
}
