package dev.typewire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each writer of generated codecs writes what Jackson's own serializers with {@link
 * JsonCodec#module()} write for the value, JSON null for null: alone (a list item), as a property,
 * and as a property left out for null in its {@code IfPresent} form.
 */
class CodecWritesTest {

  record Point(List<Integer> at, String label) {}

  private static final SerializedString NAME = new SerializedString("p");

  private final ObjectMapper mapper = JsonCodec.newObjectMapper();

  /** One call of a property writer. */
  private interface PropertyWrite {
    void write(JsonGenerator generator, SerializerProvider provider, Object value)
        throws IOException;
  }

  /** What {@code write} writes in an object, or an array when {@code array}. */
  private String written(PropertyWrite write, Object value, boolean array) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = mapper.getFactory().createGenerator(out)) {
      if (array) {
        generator.writeStartArray();
      } else {
        generator.writeStartObject();
      }
      write.write(generator, mapper.getSerializerProviderInstance(), value);
      if (array) {
        generator.writeEndArray();
      } else {
        generator.writeEndObject();
      }
    }
    return out.toString();
  }

  /**
   * {@code alone}, {@code always} and {@code ifPresent} write {@code value} as Jackson writes
   * {@code expected}.
   */
  private void check(
      PropertyWrite alone,
      PropertyWrite always,
      PropertyWrite ifPresent,
      Object value,
      Object expected)
      throws IOException {
    String json = mapper.writeValueAsString(expected);
    assertEquals("[" + json + "]", written(alone, value, true), "non-null, alone");
    assertEquals("[null]", written(alone, null, true), "null, alone");
    assertEquals("{\"p\":" + json + "}", written(always, value, false), "non-null, always");
    assertEquals("{\"p\":" + json + "}", written(ifPresent, value, false), "non-null, if present");
    assertEquals("{\"p\":null}", written(always, null, false), "null, always written");
    assertEquals("{}", written(ifPresent, null, false), "null, left out when null");
  }

  @Test
  void scalarsAreWrittenAsJacksonWritesThem() throws IOException {
    check(
        (g, p, v) -> CodecWrites.string(g, (String) v),
        (g, p, v) -> CodecWrites.string(g, NAME, (String) v),
        (g, p, v) -> CodecWrites.stringIfPresent(g, NAME, (String) v),
        "a \"quoted\" \u00e9 line\n",
        "a \"quoted\" \u00e9 line\n");
    check(
        (g, p, v) -> CodecWrites.int32(g, (Integer) v),
        (g, p, v) -> CodecWrites.int32(g, NAME, (Integer) v),
        (g, p, v) -> CodecWrites.int32IfPresent(g, NAME, (Integer) v),
        -2147483648,
        -2147483648);
    check(
        (g, p, v) -> CodecWrites.int64(g, (Long) v),
        (g, p, v) -> CodecWrites.int64(g, NAME, (Long) v),
        (g, p, v) -> CodecWrites.int64IfPresent(g, NAME, (Long) v),
        9007199254740993L,
        9007199254740993L);
    check(
        (g, p, v) -> CodecWrites.float64(g, (Double) v),
        (g, p, v) -> CodecWrites.float64(g, NAME, (Double) v),
        (g, p, v) -> CodecWrites.float64IfPresent(g, NAME, (Double) v),
        0.1,
        0.1);
    check(
        (g, p, v) -> CodecWrites.bigInteger(g, (BigInteger) v),
        (g, p, v) -> CodecWrites.bigInteger(g, NAME, (BigInteger) v),
        (g, p, v) -> CodecWrites.bigIntegerIfPresent(g, NAME, (BigInteger) v),
        new BigInteger("123456789012345678901234567890"),
        new BigInteger("123456789012345678901234567890"));
    check(
        (g, p, v) -> CodecWrites.bigDecimal(g, (BigDecimal) v),
        (g, p, v) -> CodecWrites.bigDecimal(g, NAME, (BigDecimal) v),
        (g, p, v) -> CodecWrites.bigDecimalIfPresent(g, NAME, (BigDecimal) v),
        new BigDecimal("1.50"),
        new BigDecimal("1.50"));
    check(
        (g, p, v) -> CodecWrites.bool(g, (Boolean) v),
        (g, p, v) -> CodecWrites.bool(g, NAME, (Boolean) v),
        (g, p, v) -> CodecWrites.boolIfPresent(g, NAME, (Boolean) v),
        false,
        false);
  }

  @Test
  void timesAreWrittenInTheRuntimesFormats() throws IOException {
    OffsetDateTime at = OffsetDateTime.of(2025, 1, 24, 5, 11, 10, 691_753_000, ZoneOffset.UTC);
    check(
        (g, p, v) -> CodecWrites.offsetDateTime(g, (OffsetDateTime) v),
        (g, p, v) -> CodecWrites.offsetDateTime(g, NAME, (OffsetDateTime) v),
        (g, p, v) -> CodecWrites.offsetDateTimeIfPresent(g, NAME, (OffsetDateTime) v),
        at,
        at);
    LocalDate on = LocalDate.of(2025, 2, 28);
    check(
        (g, p, v) -> CodecWrites.date(g, (LocalDate) v),
        (g, p, v) -> CodecWrites.date(g, NAME, (LocalDate) v),
        (g, p, v) -> CodecWrites.dateIfPresent(g, NAME, (LocalDate) v),
        on,
        on);
    Instant instant = Instant.ofEpochMilli(1_737_695_470_691L);
    check(
        (g, p, v) -> CodecWrites.epochMillis(g, (Instant) v),
        (g, p, v) -> CodecWrites.epochMillis(g, NAME, (Instant) v),
        (g, p, v) -> CodecWrites.epochMillisIfPresent(g, NAME, (Instant) v),
        instant,
        1_737_695_470_691L);
  }

  @Test
  void quotedNumbersAreTheirTextInAString() throws IOException {
    check(
        (g, p, v) -> CodecWrites.quoted(g, v),
        (g, p, v) -> CodecWrites.quoted(g, NAME, v),
        (g, p, v) -> CodecWrites.quotedIfPresent(g, NAME, v),
        new BigDecimal("1E+3"),
        "1E+3");
  }

  @Test
  void valuesGoThroughTheGivenSerializerOrTheirOwnClass() throws IOException {
    // As a generated writer resolves a record's serializer: once, by the record's class.
    Point value = new Point(List.of(1, 2), "a\u2028b");
    check(
        (g, p, v) -> CodecWrites.serialized(g, v, p.findValueSerializer(Point.class), p),
        (g, p, v) -> CodecWrites.serialized(g, NAME, v, p.findValueSerializer(Point.class), p),
        (g, p, v) ->
            CodecWrites.serializedIfPresent(g, NAME, v, p.findValueSerializer(Point.class), p),
        value,
        value);
    JsonNode tree = mapper.readTree("{\"x\":[true,null,\"y\"]}");
    check(
        (g, p, v) -> CodecWrites.any(g, v, p),
        (g, p, v) -> CodecWrites.any(g, NAME, v, p),
        (g, p, v) -> CodecWrites.anyIfPresent(g, NAME, v, p),
        tree,
        tree);
  }
}
