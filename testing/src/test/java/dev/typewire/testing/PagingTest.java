package dev.typewire.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.typewire.runtime.ApiRequest;
import dev.typewire.runtime.ApiTransport;
import dev.typewire.runtime.AutoPager;
import dev.typewire.runtime.ClientOptions;
import dev.typewire.runtime.PageEnd;
import dev.typewire.runtime.ResponseType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Items served page by page, walked by the runtime's pagers as generated clients walk them. */
class PagingTest {

  private static final ResponseType<JsonNode> JSON = ResponseType.of(JsonNode.class);
  private static final com.fasterxml.jackson.databind.node.JsonNodeFactory NODES =
      com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;

  private static ApiTransport transport(FakeServer fake, String header, String value) {
    return new ApiTransport(
        ClientOptions.builder()
            .baseUrl(fake.baseUrl())
            .defaultHeader(header, value)
            .requestTimeout(Duration.ofSeconds(20))
            .build());
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }

  @Test
  void periskopesChatsComeOffsetByOffsetUnderACap() {
    try (FakeServer fake = FakeServer.start(FakeServerTest.PERISKOPE);
        ApiTransport transport = transport(fake, "Authorization", "Bearer t")) {
      ObjectNode chat = (ObjectNode) Http.get(fake, FakeServerTest.CHAT).body();
      List<JsonNode> chats =
          IntStream.range(0, 10_000)
              .mapToObj(i -> (JsonNode) chat.deepCopy().put("chat_id", i + "@c.us"))
              .toList();
      fake.operation("listAllChats").items(chats).maxPageSize(250);
      AutoPager<JsonNode> pager =
          AutoPager.offsetLimit(
              0,
              1000,
              (offset, limit) ->
                  transport.send(
                      ApiRequest.builder("GET", "/chats")
                          .query("offset", offset)
                          .query("limit", limit)
                          .build(),
                      JSON),
              page -> {
                List<JsonNode> items = new ArrayList<>();
                page.path("chats").forEach(items::add);
                return items;
              });
      List<String> ids = pager.stream().map(c -> c.path("chat_id").asText()).toList();
      assertEquals(IntStream.range(0, 10_000).mapToObj(i -> i + "@c.us").toList(), ids);
      List<RecordedCall> calls = fake.operation("listAllChats").calls();
      // 40 capped pages of 250 and the empty page that ends the listing.
      assertEquals(41, calls.size());
      assertEquals(1000, calls.get(0).parameters().get("limit").intValue());
      assertEquals(250, calls.get(1).parameters().get("offset").intValue());
    }
  }

  @Test
  void aPageBeyondTheEndIsEmptyAndTheDeclaredTotalIsSet() {
    try (FakeServer fake = FakeServer.start("fake/pets.yaml")) {
      List<JsonNode> pets = new ArrayList<>();
      for (int i = 1; i <= 120; i++) {
        pets.add(NODES.objectNode().put("id", i).put("name", "pet" + i));
      }
      fake.operation("listPets").items(pets);
      Http.Answer defaultSize = send(fake, "/pets");
      assertEquals(50, defaultSize.body().path("pets").size(), "the limit's declared default");
      assertEquals(120, defaultSize.body().path("meta").path("total").intValue());
      Http.Answer last = send(fake, "/pets?offset=100&limit=50");
      assertEquals(20, last.body().path("pets").size());
      assertEquals("pet101", last.body().path("pets").path(0).path("name").asText());
      assertEquals(0, send(fake, "/pets?offset=500").body().path("pets").size());
    }
  }

  @Test
  void pageNumbersStartAtTheDeclaredFirstPageAndCarryHasMore() {
    try (FakeServer fake = FakeServer.start("fake/pets.yaml");
        ApiTransport transport = transport(fake, "X-Api-Key", "k")) {
      List<String> letters = IntStream.range(0, 26).mapToObj(i -> "" + (char) ('a' + i)).toList();
      fake.operation("listByPage").items(letters).maxPageSize(5);
      AutoPager<String> pager =
          AutoPager.pageNumber(
              0,
              10,
              (page, size) ->
                  transport.send(
                      ApiRequest.builder("GET", "/pages")
                          .query("page", page)
                          .query("size", size)
                          .build(),
                      JSON),
              page -> texts(page.path("data")),
              PageEnd.hasMore(page -> page.path("more").asBoolean()));
      assertEquals(letters, pager.stream().toList());
      assertEquals(6, fake.operation("listByPage").calls().size());
    }
  }

  @Test
  void cursorsAreOpaqueOffsetsAndTheLastPageHasNone() {
    try (FakeServer fake = FakeServer.start("fake/pets.yaml");
        ApiTransport transport = transport(fake, "X-Api-Key", "k")) {
      List<String> words = IntStream.range(0, 250).mapToObj(i -> "w" + i).toList();
      fake.operation("listByCursor").items(words);
      AutoPager<String> pager =
          AutoPager.cursor(
              null,
              cursor -> {
                ApiRequest.Builder request =
                    ApiRequest.builder("GET", "/cursors").query("limit", 100);
                if (cursor != null) {
                  request.query("after", cursor);
                }
                return transport.send(request.build(), JSON);
              },
              page -> texts(page.path("data")),
              page -> page.path("next").isTextual() ? page.path("next").asText() : null,
              PageEnd.never());
      assertEquals(words, pager.stream().toList());
      assertEquals(3, fake.operation("listByCursor").calls().size());
    }
  }

  @Test
  void itemsOnAnOperationWithoutPagingAreRefusedByName() {
    try (FakeServer fake = FakeServer.start("fake/pets.yaml")) {
      IllegalStateException refused =
          assertThrows(
              IllegalStateException.class, () -> fake.operation("getPet").items(List.of()));
      assertTrue(refused.getMessage().contains("getPet"), refused.getMessage());
    }
  }

  private static Http.Answer send(FakeServer fake, String path) {
    return Http.send(fake, "GET", path, null, null, "X-Api-Key", "k");
  }
}
