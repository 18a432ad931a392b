package dev.typewire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonParameterTest {

  record Line(String sku, BigDecimal price) {}

  @Test
  void listsOfRecordsAreWrittenAsCompactJson() {
    assertEquals(
        "[{\"sku\":\"a,b\",\"price\":19.990}]",
        JsonParameter.text(List.of(new Line("a,b", new BigDecimal("19.990")))));
  }

  @Test
  void textWithLineBreaksStaysOnOneLine() {
    // A header value must not contain CR or LF; JSON escapes them.
    assertEquals("{\"note\":\"a\\r\\nb\"}", JsonParameter.text(Map.of("note", "a\r\nb")));
  }
}
