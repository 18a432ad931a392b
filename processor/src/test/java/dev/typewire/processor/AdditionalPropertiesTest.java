package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.typewire.runtime.JsonCodec;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * additionalProperties beside declared properties: a map component filled with the undeclared keys
 * and written back beside the declared ones (3.0 document, so {@code nullable} is exercised too).
 */
class AdditionalPropertiesTest {

  private static final String PKG = SchemaCompiler.PKG;
  private static final ObjectMapper MAPPER = JsonCodec.newObjectMapper();
  private static final GeneratedClasses classes =
      GeneratedClasses.compile("openapi/extras.yaml", "-Xlint:all,-processing", "-Werror");

  @Test
  void compilesWithoutWarnings() {
    assertThat(classes.compilation()).succeededWithoutWarnings();
  }

  @Test
  void undeclaredKeysRoundTripThroughTheMap() throws Exception {
    Class<?> counts = classes.load(PKG + ".Counts");
    String json = "{\"total\":3,\"additionalProperties\":\"x\",\"a\":1,\"b\":2}";
    Object value = classes.roundTrip("Counts", json);
    // The declared property named additionalProperties keeps that name; the map moves aside.
    assertEquals("x", counts.getMethod("additionalProperties").invoke(value));
    assertEquals(Map.of("a", 1, "b", 2), counts.getMethod("additionalProperties_").invoke(value));
  }

  @Test
  void builderSetsTheMap() throws Exception {
    Class<?> counts = classes.load(PKG + ".Counts");
    Object builder = counts.getMethod("builder").invoke(null);
    builder.getClass().getMethod("total", Integer.class).invoke(builder, 1);
    builder
        .getClass()
        .getMethod("additionalProperties_", Map.class)
        .invoke(builder, Map.of("k", 5));
    Object value = builder.getClass().getMethod("build").invoke(builder);
    assertEquals(MAPPER.readTree("{\"total\":1,\"k\":5}"), MAPPER.valueToTree(value));
  }

  @Test
  void additionalPropertiesTrueKeepsJson() throws Exception {
    classes.roundTrip("Loose", "{\"id\":\"1\",\"nested\":{\"deep\":[1,2]}}");
  }
}
