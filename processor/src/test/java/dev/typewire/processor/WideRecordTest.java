package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.typewire.runtime.JsonCodec;
import dev.typewire.runtime.OptionalNullable;
import org.junit.jupiter.api.Test;

/**
 * A record too wide for one constructor call from the read loop (C2 would not compile the codec) is
 * read into an array by a method of its own; it must decode and re-encode like any other.
 */
class WideRecordTest {

  private static final String PKG = SchemaCompiler.PKG;
  private static final GeneratedClasses classes =
      GeneratedClasses.compile("openapi/wide-record.yaml", "-Xlint:all,-processing", "-Werror");

  @Test
  void compilesWithoutWarnings() {
    assertThat(classes.compilation()).succeededWithoutWarnings();
  }

  @Test
  void everyKindOfSlotRoundTripsThroughTheGeneratedCodec() throws Exception {
    ObjectMapper mapper = mapper();
    String json = row(true);
    Object row = mapper.readValue(json, classes.load(PKG + ".Row"));
    assertEquals(mapper.readTree(json), mapper.valueToTree(row));
    // Explicit null and absence stay apart (a request body's); undeclared keys go to the map.
    assertEquals(OptionalNullable.ofNull(), row.getClass().getMethod("c07").invoke(row));
    assertEquals(OptionalNullable.absent(), row.getClass().getMethod("c15").invoke(row));
    assertEquals(
        java.util.Map.of("zz", 7), row.getClass().getMethod("additionalProperties").invoke(row));
    assertEquals(57, row.getClass().getMethod("c57").invoke(row));
  }

  @Test
  void theCodecDecodesWhatReflectionDecodes() throws Exception {
    Class<?> type = classes.load(PKG + ".Row");
    String json = row(false);
    Object generated = mapper().readValue(json, type);
    Object reflective = JsonCodec.newObjectMapper().readValue(json, type);
    assertNotNull(generated);
    assertEquals(reflective, generated);
  }

  private static ObjectMapper mapper() throws ReflectiveOperationException {
    Module module = (Module) classes.load(PKG + ".WideClient").getMethod("jsonModule").invoke(null);
    return JsonCodec.newObjectMapper().registerModule(module);
  }

  /** A row with every property but c15, c07 null, and one undeclared key. */
  private static String row(boolean withExtra) {
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < 60; i++) {
      if (i == 15) {
        continue;
      }
      String value =
          switch (i % 8) {
            case 0 -> "\"s" + i + "\"";
            case 1 -> String.valueOf(i);
            case 2 -> "true";
            case 3 -> "1.5";
            case 4 -> "\"2024-01-02T03:04:05+00:00\"";
            case 5 -> "[\"a\",\"b\"]";
            case 6 -> "{\"v\":" + i + "}";
            default -> i == 7 ? "null" : "\"n" + i + "\"";
          };
      json.append(String.format("\"c%02d\":%s,", i, value));
    }
    return json.append(withExtra ? "\"zz\":7}" : "\"zy\":8}").toString();
  }
}
