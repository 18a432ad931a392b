package dev.typewire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers are decoded exactly or not at all: no truncation, rounding or overflow to infinity. */
class ExactNumbersTest {

  record Numbers(Integer count, Long big, BigInteger huge, Double ratio) {}

  record FreeForm(JsonNode value) {}

  private final ObjectMapper mapper = JsonCodec.newObjectMapper();

  private Numbers read(String field, String json) throws Exception {
    return mapper.readValue("{\"" + field + "\":" + json + "}", Numbers.class);
  }

  @ParameterizedTest
  @CsvSource({
    "count, 1.9",
    "count, 2147483648",
    "count, '\"1.5\"'",
    "big, 9223372036854775808",
    "big, 0.5",
    "big, '\"12.25\"'",
    "huge, 1.5",
    "huge, 1e-3",
    "ratio, 1e400",
    "ratio, -1e400",
    "ratio, 1e-400",
    "ratio, 12345678901234567890.5",
    "ratio, 3.14159265358979323846264",
  })
  void refusesWhatTheTypeCannotHoldExactly(String field, String json) {
    JsonMappingException e = assertThrows(JsonMappingException.class, () -> read(field, json));
    assertEquals(field, e.getPath().get(0).getFieldName());
  }

  @Test
  void acceptsIntegralDecimalsAsIntegers() throws Exception {
    assertEquals(1, read("count", "1.0").count());
    assertEquals(100, read("count", "1e2").count());
    assertEquals(-7L, read("big", "-7.000").big());
    assertEquals(new BigInteger("100000000000000000000"), read("huge", "1E20").huge());
    assertEquals(
        new BigInteger("123456789012345678901234567890"),
        read("huge", "123456789012345678901234567890").huge());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"0.1", "19.990", "-2.5e-3", "9007199254740993", "1.7976931348623157E308", "0"})
  void keepsDoublesThatRoundTrip(String json) throws Exception {
    double expected = Double.parseDouble(json);
    if (json.equals("9007199254740993")) {
      // 2^53 + 1 has no double; it must be refused rather than read as 2^53.
      assertThrows(JsonMappingException.class, () -> read("ratio", json));
      return;
    }
    assertEquals(expected, read("ratio", json).ratio());
  }

  @Test
  void quotedNumbersFollowTheSameRules() throws Exception {
    assertEquals(4, read("count", "\" 4 \"").count());
    assertEquals(9007199254740993L, read("big", "\"9007199254740993\"").big());
    assertNull(read("count", "\"\"").count());
    assertThrows(JsonMappingException.class, () -> read("count", "\"four\""));
    assertThrows(JsonMappingException.class, () -> read("count", "true"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "19.990",
        "1.0",
        "1E+400",
        "123456789012345678901234567890.123456789",
        "{\"price\":19.990,\"n\":[1.50,2,3.000]}",
        "0.00"
      })
  void freeFormValuesReEncodeAsSent(String json) throws Exception {
    String doc = "{\"value\":" + json + "}";
    assertEquals(doc, mapper.writeValueAsString(mapper.readValue(doc, FreeForm.class)));
  }
}
