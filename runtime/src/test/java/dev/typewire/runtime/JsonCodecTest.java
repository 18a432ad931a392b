package dev.typewire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonCodecTest {

  record Stamped(OffsetDateTime at) {}

  record Clocked(Instant at) {}

  record Counted(Integer count, Boolean active, Long big, Double ratio) {}

  record Dated(LocalDate on) {}

  private final ObjectMapper mapper = JsonCodec.newObjectMapper();

  private OffsetDateTime read(String text) throws JsonProcessingException {
    return mapper.readValue("{\"at\":\"" + text + "\"}", Stamped.class).at();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2025-01-24T05:11:03+00:00       | 2025-01-24T05:11:03Z",
        "2025-01-24T05:11:10.691753+00:00 | 2025-01-24T05:11:10.691753Z",
        "2025-01-21T07:48:03.10113+00:00 | 2025-01-21T07:48:03.101130Z",
        "2025-01-21T07:48:03.101+00:00   | 2025-01-21T07:48:03.101Z",
        "2025-01-21T07:48:03.10+00:00    | 2025-01-21T07:48:03.100Z",
        "2025-01-21T07:48:03.1+00:00     | 2025-01-21T07:48:03.100Z",
        "1970-01-01T00:00:00+00:00       | 1970-01-01T00:00:00Z",
        "2024-05-13 11:19:34+00          | 2024-05-13T11:19:34Z",
        "2026-04-01T14:23:21.279Z        | 2026-04-01T14:23:21.279Z",
        "2025-01-24T10:41:03+05:30       | 2025-01-24T05:11:03Z",
        "2025-01-24T05:11:03.123456789Z  | 2025-01-24T05:11:03.123456789Z",
      })
  void readsEveryTimestampHabit(String text, String instant) throws Exception {
    assertEquals(Instant.parse(instant), read(text).toInstant());
  }

  @Test
  void keepsTheOffsetAsSent() throws Exception {
    assertEquals(ZoneOffset.ofHoursMinutes(5, 30), read("2025-01-24T10:41:03+05:30").getOffset());
  }

  @ParameterizedTest
  @CsvSource({
    "2025-01-24T05:11:03+00:00",
    "2025-01-24T05:11:10.691753+00:00",
    "2025-01-21T07:48:03.10113+00:00",
    "2025-01-21T07:48:03.1+00:00",
    "1970-01-01T00:00:00+00:00",
    "2025-01-24T10:41:03-03:30",
  })
  void writesCanonicalTextThatRoundTrips(String text) throws Exception {
    String json = "{\"at\":\"" + text + "\"}";
    assertEquals(json, mapper.writeValueAsString(mapper.readValue(json, Stamped.class)));
  }

  @Test
  void normalizesOtherFormsOnWrite() throws Exception {
    assertEquals(
        "{\"at\":\"2024-05-13T11:19:34+00:00\"}",
        mapper.writeValueAsString(new Stamped(read("2024-05-13 11:19:34+00"))));
    assertEquals(
        "{\"at\":\"2026-04-01T14:23:21.279+00:00\"}",
        mapper.writeValueAsString(new Stamped(read("2026-04-01T14:23:21.279Z"))));
  }

  @Test
  void readsOffsetDateTimeFromEpochMillis() throws Exception {
    Stamped stamped = mapper.readValue("{\"at\":1737457813000}", Stamped.class);
    assertEquals(Instant.ofEpochMilli(1737457813000L), stamped.at().toInstant());
  }

  @Test
  void rejectsTextThatIsNoTimestamp() {
    assertThrows(JsonMappingException.class, () -> read("yesterday"));
    assertThrows(JsonMappingException.class, () -> read("2025-13-01T00:00:00Z"));
  }

  @Test
  void emptyTimestampIsNull() throws Exception {
    assertEquals(null, read(""));
  }

  @Test
  void instantIsEpochMillisBothWays() throws Exception {
    Clocked clocked = mapper.readValue("{\"at\":1737457813000}", Clocked.class);
    assertEquals(Instant.parse("2025-01-21T11:10:13Z"), clocked.at());
    assertEquals("{\"at\":1737457813000}", mapper.writeValueAsString(clocked));
  }

  @Test
  void instantAlsoReadsTextForms() throws Exception {
    assertEquals(
        Instant.ofEpochMilli(1737457813000L),
        mapper.readValue("{\"at\":\"1737457813000\"}", Clocked.class).at());
    assertEquals(
        Instant.parse("2025-01-24T05:11:03Z"),
        mapper.readValue("{\"at\":\"2025-01-24T05:11:03+00:00\"}", Clocked.class).at());
  }

  @Test
  void coercesQuotedScalars() throws Exception {
    Counted counted =
        mapper.readValue(
            "{\"count\":\"4\",\"active\":\"false\",\"big\":\"9007199254740993\",\"ratio\":\"0.5\"}",
            Counted.class);
    assertEquals(new Counted(4, false, 9007199254740993L, 0.5), counted);
  }

  @Test
  void ignoresUnknownProperties() throws Exception {
    assertEquals(
        new Counted(1, null, null, null),
        mapper.readValue("{\"count\":1,\"newField\":{\"x\":[1,2]}}", Counted.class));
  }

  @Test
  void rejectsTrailingGarbage() {
    assertThrows(
        JsonProcessingException.class, () -> mapper.readValue("{\"count\":1} x", Counted.class));
  }

  @Test
  void localDateIsIsoDate() throws Exception {
    assertEquals(
        LocalDate.of(2025, 1, 24), mapper.readValue("{\"on\":\"2025-01-24\"}", Dated.class).on());
    assertEquals(
        LocalDate.of(2025, 1, 24),
        mapper.readValue("{\"on\":\"2025-01-24T05:11:03+00:00\"}", Dated.class).on());
    assertEquals(
        "{\"on\":\"2025-01-24\"}", mapper.writeValueAsString(new Dated(LocalDate.of(2025, 1, 24))));
  }
}
