package dev.typewire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The position-by-position reader of the common shape, which decoders hand the parser's buffer,
 * against the regex reader that accepts every form: wherever the first gives an answer it must be
 * the second's, and what the second rejects the decoder must still reject as before.
 */
class LenientTimestampsTest {

  private final ObjectMapper mapper = JsonCodec.newObjectMapper();

  record Stamped(OffsetDateTime at) {}

  /** The text inside a larger buffer, as a parser's buffer holds it, at a non-zero offset. */
  private static OffsetDateTime commonShape(String text) {
    char[] buffer = ("{\"at\":\"" + text + "\"}").toCharArray();
    return LenientTimestamps.parseCommonShape(buffer, 7, text.length());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2025-01-24T05:11:03+00:00",
        "2025-01-24T05:11:03.1+00:00",
        "2025-01-24T05:11:03.12+00:00",
        "2025-01-24T05:11:03.123+00:00",
        "2025-01-24T05:11:03.1234+00:00",
        "2025-01-24T05:11:03.12345+00:00",
        "2025-01-24T05:11:03.123456+00:00",
        "2025-01-24T05:11:03.1234567+00:00",
        "2025-01-24T05:11:03.12345678+00:00",
        "2025-01-24T05:11:03.123456789+00:00",
        "2025-01-24T05:11:03.000000001Z",
        "2025-01-24T05:11:03Z",
        "2025-01-24T05:11:03z",
        "2025-01-24 05:11:03+00",
        "2025-01-24T10:41:03+05:30",
        "2025-01-24T10:41:03-03:30",
        "2025-01-24T10:41:03-00:00",
        "2025-01-24T10:41:03+18:00",
        "2025-01-24T10:41:03-18:00",
        "2024-02-29T23:59:59.999999999+01:00",
      })
  void readsTheCommonShapeAsTheRegexDoes(String text) throws Exception {
    assertEquals(LenientTimestamps.parseAnyShape(text), commonShape(text), text);
    assertDecodedAsTheRegexReads(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // More fraction digits than nanoseconds hold: the regex cuts them.
        "2025-01-24T05:11:03.1234567891+00:00",
        // Offsets with seconds, without a colon, or none at all.
        "2025-01-24T05:11:03+05:30:15",
        "2025-01-24T05:11:03+0530",
        "2025-01-24T05:11:03",
        "2025-01-24T05:11",
        "2025-01-24",
        "2025-01-24T05:11:03,5+00:00",
        "2025-01-24t05:11:03Z",
        " 2025-01-24T05:11:03+00:00 ",
        "2025-01-24T05:11:03 +00:00",
      })
  void leavesOtherShapesToTheRegex(String text) throws Exception {
    assertNull(commonShape(text), text);
    assertDecodedAsTheRegexReads(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // A leap second, out-of-range fields and offsets: rejected by both readers, as before.
        "2016-12-31T23:59:60Z",
        "2025-13-01T00:00:00Z",
        "2025-02-30T00:00:00Z",
        "2025-01-24T24:00:00Z",
        "2025-01-24T05:60:00Z",
        "2025-01-24T05:11:03+19:00",
        "2025-01-24T05:11:03+05:60",
        "2025-01-24T05:11:03.+00:00",
        "2025-01-24T05:11:03.x+00:00",
        "2025-01-24T05:11:03Zjunk",
        "2025-01-24T05:11:03+00:00:",
        "2025-0a-24T05:11:03Z",
        "yesterday, 5 o'clock",
      })
  void rejectsWhatWasRejectedBefore(String text) {
    assertNull(commonShape(text), text);
    assertThrows(DateTimeException.class, () -> LenientTimestamps.parseAnyShape(text), text);
    assertThrows(DateTimeException.class, () -> LenientTimestamps.parse(text), text);
    assertThrows(JsonMappingException.class, () -> read(text), text);
  }

  private void assertDecodedAsTheRegexReads(String text) throws Exception {
    OffsetDateTime general = LenientTimestamps.parseAnyShape(text);
    assertEquals(general, LenientTimestamps.parse(text), text);
    assertEquals(general, read(text), text);
  }

  private OffsetDateTime read(String text) throws Exception {
    return mapper.readValue("{\"at\":\"" + text + "\"}", Stamped.class).at();
  }
}
