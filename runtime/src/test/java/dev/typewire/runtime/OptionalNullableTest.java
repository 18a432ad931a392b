package dev.typewire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Absent, null and a value stay three different things through decoding and encoding. */
class OptionalNullableTest {

  /** Shaped like a generated request record. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Patch(
      @JsonProperty("name") @JsonInclude(JsonInclude.Include.NON_EMPTY)
          OptionalNullable<String> name,
      @JsonProperty("count")
          @JsonInclude(JsonInclude.Include.NON_EMPTY)
          @JsonFormat(shape = JsonFormat.Shape.STRING)
          OptionalNullable<Integer> count,
      @JsonProperty("tags") @JsonInclude(JsonInclude.Include.NON_EMPTY)
          OptionalNullable<List<String>> tags,
      @JsonProperty("at") @JsonInclude(JsonInclude.Include.NON_EMPTY)
          OptionalNullable<OffsetDateTime> at) {}

  private final ObjectMapper mapper = JsonCodec.newObjectMapper();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "{\"name\":null}",
        "{\"name\":\"Ada\"}",
        "{\"name\":null,\"count\":\"4\",\"tags\":[\"a\"],\"at\":\"2025-01-24T05:11:03+00:00\"}",
        "{\"count\":null,\"tags\":null,\"at\":null}"
      })
  void reEncodesExactlyWhatWasDecoded(String json) throws Exception {
    assertEquals(json, mapper.writeValueAsString(mapper.readValue(json, Patch.class)));
  }

  @Test
  void decodesTheThreeStates() throws Exception {
    assertTrue(mapper.readValue("{}", Patch.class).name().isAbsent());
    assertTrue(mapper.readValue("{\"name\":null}", Patch.class).name().isNull());
    Patch patch = mapper.readValue("{\"name\":\"Ada\",\"count\":\"4\"}", Patch.class);
    assertEquals("Ada", patch.name().get());
    assertEquals(4, patch.count().get());
    assertEquals(List.of("x"), mapper.readValue("{\"tags\":[\"x\"]}", Patch.class).tags().get());
  }

  @Test
  void valuesAreCheckedLikeTheirType() {
    assertThrows(
        JsonMappingException.class, () -> mapper.readValue("{\"count\":\"1.5\"}", Patch.class));
  }

  @Test
  void statesCompareAndPrint() {
    assertEquals(OptionalNullable.ofNull(), OptionalNullable.of(null));
    assertFalse(OptionalNullable.absent().equals(OptionalNullable.ofNull()));
    assertEquals(OptionalNullable.of("a"), OptionalNullable.of("a"));
    assertEquals("absent", OptionalNullable.absent().toString());
    assertEquals("null", OptionalNullable.ofNull().toString());
    assertEquals("a", OptionalNullable.of("a").toString());
    assertThrows(NoSuchElementException.class, () -> OptionalNullable.ofNull().get());
    assertEquals(null, OptionalNullable.absent().orElseNull());
  }
}
