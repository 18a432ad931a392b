package dev.typewire.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Optional state on a small YAML description: create, read back, merge, delete, list. */
class StateTest {

  private static final String PETS = "fake/pets.yaml";

  private static Http.Answer call(FakeServer fake, String method, String path, String body) {
    String type = method.equals("PATCH") ? "application/merge-patch+json" : null;
    return Http.send(fake, method, path, body, type, "X-Api-Key", "secret");
  }

  @Test
  void whatWasCreatedCanBeReadBackMergedAndDeleted() {
    try (FakeServer fake = FakeServer.builder(PETS).stateful(true).start()) {
      assertTrue(fake.baseUrl().getPath().equals("/api"), fake.baseUrl().toString());
      Http.Answer created = call(fake, "POST", "/pets", "{\"name\":\"Tom\",\"tag\":\"cat\"}");
      assertEquals(201, created.status());
      long id = created.body().path("id").longValue();
      Http.Answer other = call(fake, "POST", "/pets", "{\"name\":\"Jerry\"}");
      assertNotEquals(id, other.body().path("id").longValue(), "each creation gets its own id");

      JsonNode read = call(fake, "GET", "/pets/" + id, null).body();
      assertEquals("Tom", read.path("name").asText());
      assertEquals("cat", read.path("tag").asText());

      Http.Answer patched = call(fake, "PATCH", "/pets/" + id, "{\"name\":\"Thomas\"}");
      assertEquals("Thomas", patched.body().path("name").asText());
      assertEquals(
          "cat", patched.body().path("tag").asText(), "a merge keeps what it does not name");
      assertEquals("Thomas", call(fake, "GET", "/pets/" + id, null).body().path("name").asText());

      JsonNode listed = call(fake, "GET", "/pets", null).body();
      assertEquals(2, listed.path("pets").size());

      assertEquals(204, call(fake, "DELETE", "/pets/" + id, null).status());
      assertEquals(404, call(fake, "GET", "/pets/" + id, null).status());
      assertEquals(List.of(), fake.violations());
    }
  }

  @Test
  void withoutStateEveryCallAnswersFromTheDescription() {
    try (FakeServer fake = FakeServer.start(PETS)) {
      Http.Answer created = call(fake, "POST", "/pets", "{\"name\":\"Tom\"}");
      assertEquals(201, created.status());
      assertEquals("Rex", created.body().path("name").asText(), "the description's example");
      assertEquals("Rex", call(fake, "GET", "/pets/12345", null).body().path("name").asText());
    }
  }

  @Test
  void aBodyTheSchemaRefusesIsAViolationWithItsPointer() {
    try (FakeServer fake = FakeServer.builder(PETS).stateful(true).start()) {
      Http.Answer refused = call(fake, "POST", "/pets", "{\"name\":\"\"}");
      assertEquals(400, refused.status());
      String message = refused.body().path("message").asText();
      assertTrue(message.startsWith("createPet (POST /pets)"), message);
      assertTrue(message.contains("#/paths/~1pets/post/requestBody"), message);
      assertTrue(message.contains("/name"), message);
      assertEquals(1, fake.violations().size());
    }
  }

  @Test
  void aBodyInAContentTypeTheOperationDoesNotDeclareIsAViolation() {
    try (FakeServer fake = FakeServer.start(PETS)) {
      Http.Answer refused =
          Http.send(fake, "POST", "/pets", "{\"name\":\"Tom\"}", "text/plain", "X-Api-Key", "k");
      assertEquals(400, refused.status());
      String message = refused.body().path("message").asText();
      assertTrue(message.contains("content type 'text/plain' is not declared"), message);
      assertTrue(message.contains("#/paths/~1pets/post/requestBody/content"), message);
      assertEquals(List.of(message), fake.violations());
    }
  }

  @Test
  void recordedCallsDecodeArraysPerStyleAndExplodeAndRedactApiKeys() {
    try (FakeServer fake = FakeServer.start(PETS)) {
      call(fake, "GET", "/pets?tags=a,b&ids=1&ids=2", null);
      RecordedCall call = fake.operation("listPets").calls().get(0);
      assertEquals("[\"a\",\"b\"]", call.parameters().get("tags").toString());
      assertEquals("[1,2]", call.parameters().get("ids").toString());
      assertEquals("<redacted>", call.header("x-api-key"));
      call(fake, "POST", "/pets", "{\"name\":\"Tom\"}");
      assertEquals("Tom", fake.calls().get(1).body().path("name").asText());
    }
  }

  @Test
  void aTypedStubSeesParametersAsTheTypedLayerMapsThem() {
    try (FakeServer fake = FakeServer.start(PETS)) {
      TypedStub<Long, JsonNode> getPet =
          new TypedStub<>(
              fake.operation("getPet"), call -> call.parameters().path("petId").longValue());
      JsonNode seven =
          com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
              .objectNode()
              .put("id", 7)
              .put("name", "Seven");
      getPet.when(id -> id == 7).returns(seven);
      assertEquals("Seven", call(fake, "GET", "/pets/7", null).body().path("name").asText());
      assertEquals("Rex", call(fake, "GET", "/pets/8", null).body().path("name").asText());
      assertEquals(List.of(7L, 8L), getPet.calls());
    }
  }
}
