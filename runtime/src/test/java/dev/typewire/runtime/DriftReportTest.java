package dev.typewire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Drift recording: what a response carries beyond its schema is counted, reported, or refused. */
class DriftReportTest {

  /** Shaped like a generated enum: unlisted values are kept. */
  record ChatType(@JsonValue String value) implements OpenEnum {
    static final ChatType GROUP = new ChatType("group");

    @JsonCreator
    static ChatType of(String value) {
      return value.equals("group") ? GROUP : new ChatType(value);
    }

    @Override
    public boolean isKnown() {
      return equals(GROUP);
    }
  }

  record Chat(String chat_id, ChatType chat_type, Integer members, OffsetDateTime created) {}

  record Page(List<Chat> items) {}

  /** Shaped like a generated record with required properties. */
  record Member(@Required String id, @Required String name, String role) {}

  record Members(List<Member> members) {}

  record Headed(Chat head, List<Chat> items) {}

  record Flag(Boolean on, Float weight) {}

  /** Shaped like a generated record whose schema carries a boolean and a number in strings. */
  record Quoted(
      @JsonFormat(shape = JsonFormat.Shape.STRING) Boolean on,
      @JsonFormat(shape = JsonFormat.Shape.STRING) Long id) {}

  record Flags(List<Flag> flags) {}

  private static final String TOKEN = "secret-token-123";

  private static final String DRIFTING =
      "{\"items\":["
          + "{\"chat_id\":\"a\",\"chat_type\":\"group\",\"extra\":1},"
          + "{\"chat_id\":\"b\",\"chat_type\":\"channel\",\"extra\":{\"x\":1},"
          + "\"members\":\"4\",\"created\":1700000000000}]}";

  private final TestServer server;
  private final List<DriftEntry> heard = new CopyOnWriteArrayList<>();

  DriftReportTest() throws IOException {
    server = new TestServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ClientOptions.Builder options() {
    return ClientOptions.builder()
        .baseUrl(server.baseUrl())
        .bearerToken(TOKEN)
        .retryPolicy(RetryPolicy.none())
        .listener(
            new RequestListener() {
              @Override
              public void onDrift(RequestAttempt attempt, DriftEntry entry) {
                heard.add(entry);
              }
            });
  }

  private static Page listChats(ApiTransport transport) {
    return transport.send(ApiRequest.builder("GET", "/chats").build(), ResponseType.of(Page.class));
  }

  private static String key(DriftEntry entry) {
    return entry.kind() + " " + entry.type() + " " + entry.pointer() + " x" + entry.count();
  }

  @Test
  void eachDistinctDriftIsCountedAndReportedOnce() {
    server.thenJson(200, DRIFTING);
    try (LogCapture log = new LogCapture();
        ApiTransport transport = new ApiTransport(options().build())) {
      Page first = listChats(transport);
      listChats(transport);

      assertEquals("channel", first.items().get(1).chat_type().value());
      assertEquals(4, first.items().get(1).members());
      DriftReport report = transport.drift();
      assertEquals(
          List.of(
              "UNKNOWN_PROPERTY Chat /items/*/extra x4",
              "UNKNOWN_ENUM_VALUE ChatType /items/*/chat_type x2",
              "COERCED_VALUE Integer /items/*/members x2",
              "COERCED_VALUE OffsetDateTime /items/*/created x2"),
          report.entries().stream().map(DriftReportTest::key).toList());
      assertEquals(0, report.overflow());
      assertEquals("GET /chats", report.entries().get(0).operation());
      assertEquals("1", report.entries().get(0).example());
      assertEquals("channel", report.entries().get(1).example());
      assertEquals("4", report.entries().get(2).example());
      assertTrue(
          report.entries().get(0).lastSeen().compareTo(report.entries().get(0).firstSeen()) >= 0);

      // The listener and the log hear of each drift once, however often it recurs, with the count
      // of the first response that carried it.
      assertEquals(
          List.of(
              "UNKNOWN_PROPERTY Chat /items/*/extra x2",
              "UNKNOWN_ENUM_VALUE ChatType /items/*/chat_type x1",
              "COERCED_VALUE Integer /items/*/members x1",
              "COERCED_VALUE OffsetDateTime /items/*/created x1"),
          heard.stream().map(DriftReportTest::key).toList());
      List<String> drift = log.lines.stream().filter(line -> line.contains("Drift:")).toList();
      assertEquals(4, drift.size(), drift::toString);
      assertTrue(drift.get(0).startsWith("INFO "), drift::toString);
      assertTrue(
          drift.get(1).contains("GET /chats: unknown enum value in ChatType at /items/*/chat_type"),
          drift::toString);
    }
  }

  @Test
  void aResponseMatchingItsSchemaLeavesTheReportEmpty() {
    server.thenJson(200, "{\"items\":[{\"chat_id\":\"a\",\"chat_type\":\"group\",\"members\":3}]}");
    try (ApiTransport transport = new ApiTransport(options().failOnDrift(true).build())) {
      assertEquals(3, listChats(transport).items().get(0).members());
      assertTrue(transport.drift().isEmpty());
      assertTrue(heard.isEmpty());
    }
  }

  @Test
  void examplesAreRedactedAndShort() {
    String echoed = "token " + TOKEN + " " + "x".repeat(200);
    server.thenJson(200, "{\"items\":[{\"chat_id\":\"a\",\"note\":\"" + echoed + "\"}]}");
    try (ApiTransport transport = new ApiTransport(options().build())) {
      listChats(transport);
      String example = transport.drift().entries().get(0).example();
      assertFalse(example.contains(TOKEN), example);
      assertTrue(example.contains(Redactor.MASK), example);
      assertTrue(example.length() <= DriftEntry.EXAMPLE_CHARS, example);
    }
  }

  @Test
  void distinctEntriesAreCappedAndTheRestCounted() {
    server.thenJson(200, DRIFTING);
    try (ApiTransport transport = new ApiTransport(options().maxDriftEntries(1).build())) {
      listChats(transport);
      listChats(transport);
      DriftReport report = transport.drift();
      assertEquals(
          List.of("UNKNOWN_PROPERTY Chat /items/*/extra x4"),
          report.entries().stream().map(DriftReportTest::key).toList());
      assertEquals(6, report.overflow());
      assertEquals(1, heard.size());
    }
  }

  @Test
  void theLogLevelIsConfigurable() {
    server.thenJson(200, DRIFTING);
    try (LogCapture log = new LogCapture();
        ApiTransport transport =
            new ApiTransport(options().driftLogLevel(System.Logger.Level.WARNING).build())) {
      listChats(transport);
      String levels =
          log.lines.stream()
              .filter(line -> line.contains("Drift:"))
              .map(line -> line.substring(0, line.indexOf(' ')))
              .distinct()
              .collect(Collectors.joining(","));
      assertEquals("WARNING", levels);
    }
  }

  @Test
  void strictModeRefusesADriftingResponse() {
    server.thenJson(200, DRIFTING.replace("\"extra\":1", "\"extra\":\"" + TOKEN + "\""));
    try (ApiTransport transport = new ApiTransport(options().failOnDrift(true).build())) {
      DriftException e = assertThrows(DriftException.class, () -> listChats(transport));
      assertEquals(200, e.status());
      assertEquals(
          List.of(
              "UNKNOWN_PROPERTY Chat /items/*/extra x2",
              "UNKNOWN_ENUM_VALUE ChatType /items/*/chat_type x1",
              "COERCED_VALUE Integer /items/*/members x1",
              "COERCED_VALUE OffsetDateTime /items/*/created x1"),
          e.entries().stream().map(DriftReportTest::key).toList());
      assertTrue(
          e.getMessage().contains("unknown property in Chat at /items/*/extra"), e::getMessage);
      assertTrue(e.getMessage().contains("and 3 more"), e::getMessage);
      assertFalse(e.getMessage().contains(TOKEN), e::getMessage);
      assertFalse(e.bodyExcerpt().contains(TOKEN), e::bodyExcerpt);
      assertFalse(e.entries().get(0).example().contains(TOKEN));
      assertTrue(e instanceof DecodeException);
    }
  }

  @Test
  void requiredPropertiesLeftOutAreToleratedAndRecorded() {
    String body = "{\"members\":[{\"id\":\"a\",\"name\":\"x\"},{\"id\":\"b\"},{\"role\":\"r\"}]}";
    server.thenJson(200, body);
    try (LogCapture log = new LogCapture();
        ApiTransport transport = new ApiTransport(options().build())) {
      Members members =
          transport.send(
              ApiRequest.builder("GET", "/members").build(), ResponseType.of(Members.class));

      assertEquals(new Member("b", null, null), members.members().get(1));
      assertEquals(
          List.of(
              "MISSING_REQUIRED Member /members/*/name x2",
              "MISSING_REQUIRED Member /members/*/id x1"),
          transport.drift().entries().stream().map(DriftReportTest::key).toList());
      assertTrue(
          log.lines.stream()
              .anyMatch(
                  line ->
                      line.endsWith(
                          "GET /members: missing required property in Member at"
                              + " /members/*/name (seen 2 times)")),
          log.lines::toString);
    }
    server.thenJson(200, body);
    try (ApiTransport transport = new ApiTransport(options().failOnDrift(true).build())) {
      DriftException e =
          assertThrows(
              DriftException.class,
              () ->
                  transport.send(
                      ApiRequest.builder("GET", "/members").build(),
                      ResponseType.of(Members.class)));
      assertEquals(2, e.entries().size());
    }
  }

  @Test
  void booleansInStringsAreAcceptedAndRecorded() {
    server.thenJson(
        200, "{\"flags\":[{\"on\":\"true\"},{\"on\":false},{\"on\":\" FALSE\"},{\"on\":1}]}");
    try (ApiTransport transport = new ApiTransport(options().build())) {
      Flags flags =
          transport.send(ApiRequest.builder("GET", "/flags").build(), ResponseType.of(Flags.class));

      assertEquals(
          List.of(true, false, false, true), flags.flags().stream().map(Flag::on).toList());
      assertEquals(
          List.of("COERCED_VALUE Boolean /flags/*/on x3"),
          transport.drift().entries().stream().map(DriftReportTest::key).toList());
      assertEquals("true", transport.drift().entries().get(0).example());
    }
  }

  @Test
  void numbersAndBooleansWhereAStringIsDeclaredAreAcceptedAndRecorded() {
    server.thenJson(200, "{\"items\":[{\"chat_id\":42},{\"chat_id\":true},{\"chat_id\":\"c\"}]}");
    try (ApiTransport transport = new ApiTransport(options().build())) {
      Page page = listChats(transport);

      assertEquals(List.of("42", "true", "c"), page.items().stream().map(Chat::chat_id).toList());
      assertEquals(
          List.of("COERCED_VALUE String /items/*/chat_id x2"),
          transport.drift().entries().stream().map(DriftReportTest::key).toList());
      assertEquals("42", transport.drift().entries().get(0).example());
    }
  }

  @Test
  void theModuleCarriesQuotedScalarsToACallersOwnMapper() throws Exception {
    ObjectMapper own =
        JsonMapper.builder()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .addModule(JsonCodec.module())
            .build();

    assertEquals(
        new Flag(true, 2.5f), own.readValue("{\"on\":\"true\",\"weight\":\"2.5\"}", Flag.class));
    assertThrows(
        JsonProcessingException.class, () -> own.readValue("{\"on\":\"yes\"}", Flag.class));
  }

  @Test
  void theSameDriftAtAnotherPlaceIsAnotherEntry() {
    server.thenJson(
        200,
        "{\"head\":{\"chat_id\":\"h\",\"extra\":1,\"members\":\"2\"},\"items\":["
            + "{\"chat_id\":\"a\",\"extra\":{\"deep\":[1]},\"members\":\"3\"},"
            + "{\"chat_id\":\"b\",\"extra\":3},{\"members\":4}]}");
    try (ApiTransport transport = new ApiTransport(options().build())) {
      Headed headed =
          transport.send(
              ApiRequest.builder("GET", "/chats").build(), ResponseType.of(Headed.class));

      assertEquals(4, headed.items().get(2).members());
      assertEquals(
          List.of(
              "COERCED_VALUE Integer /head/members x1",
              "UNKNOWN_PROPERTY Chat /head/extra x1",
              "COERCED_VALUE Integer /items/*/members x1",
              "UNKNOWN_PROPERTY Chat /items/*/extra x2"),
          transport.drift().entries().stream().map(DriftReportTest::key).toList());
      assertEquals("{\"deep\":[1]}", transport.drift().entries().get(3).example());
    }
  }

  @Test
  void stringsTheSchemaDeclaresAreNoDrift() {
    server.thenJson(200, "{\"on\":\"true\",\"id\":\"12\"}");
    try (ApiTransport transport = new ApiTransport(options().build())) {
      Quoted quoted =
          transport.send(ApiRequest.builder("GET", "/q").build(), ResponseType.of(Quoted.class));

      assertEquals(new Quoted(true, 12L), quoted);
      assertTrue(transport.drift().isEmpty(), transport.drift()::toString);
    }
  }
}
