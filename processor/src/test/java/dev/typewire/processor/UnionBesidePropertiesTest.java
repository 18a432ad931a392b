package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A {@code oneOf} beside properties is a union whose variants merge the shared properties with each
 * alternative, the discriminator choosing (issue #12); a {@code oneOf}/{@code anyOf} in an {@code
 * allOf} part has no place in the merged record: it is named in a warning, not dropped.
 */
class UnionBesidePropertiesTest {

  private static final String PKG = SchemaCompiler.PKG;
  private static final GeneratedClasses classes =
      GeneratedClasses.compile("openapi/union-beside-properties.yaml");

  @Test
  void onlyTheUnionInAnAllOfPartIsIgnored() {
    assertThat(classes.compilation()).succeeded();
    List<String> ignored =
        classes.compilation().warnings().stream()
            .map(warning -> warning.getMessage(Locale.ROOT))
            .filter(message -> message.startsWith("[TW-IGNORED-KEYWORD]"))
            .map(message -> message.substring(message.indexOf(" at ") + 4, message.indexOf(": ")))
            .sorted()
            .toList();
    assertEquals(
        List.of("#/components/schemas/Merged/allOf/1/anyOf"),
        ignored,
        classes.compilation().diagnostics()::toString);
  }

  @Test
  void eachVariantHasTheSharedPropertiesAndItsAlternatives() throws Exception {
    Class<?> mapping = classes.load(PKG + ".Mapping");
    assertTrue(mapping.isInterface() && mapping.isSealed());
    Class<?> one = classes.load(PKG + ".MappingOne");
    Class<?> two = classes.load(PKG + ".MappingTwo");
    assertTrue(mapping.isAssignableFrom(one) && mapping.isAssignableFrom(two));
    assertEquals(
        List.of("kind", "extra", "a", "additionalProperties"),
        List.of(one.getRecordComponents()).stream().map(c -> c.getName()).toList());
    // An alternative that forbids undeclared properties gets no place for them.
    assertEquals(
        List.of("kind", "extra", "c"),
        List.of(classes.load(PKG + ".MappingThree").getRecordComponents()).stream()
            .map(c -> c.getName())
            .toList());
  }

  @Test
  void theDiscriminatorChoosesAndTheValueRoundTrips() throws Exception {
    for (String json :
        List.of(
            "{\"kind\":\"one\",\"a\":\"x\"}",
            "{\"kind\":\"two\",\"b\":2}",
            "{\"kind\":\"one\",\"a\":\"2\"}")) {
      Object value = classes.roundTrip("Mapping", json);
      String expected = json.contains("\"one\"") ? "MappingOne" : "MappingTwo";
      assertEquals(PKG + "." + expected, value.getClass().getName(), json);
    }
  }

  @Test
  void aRequiredPropertyOfTheAlternativeIsRequiredInItsVariant() throws Exception {
    Class<?> two = classes.load(PKG + ".MappingTwo");
    Object builder = two.getMethod("builder").invoke(null);
    builder.getClass().getMethod("extra", String.class).invoke(builder, "e");
    Exception thrown =
        org.junit.jupiter.api.Assertions.assertThrows(
            java.lang.reflect.InvocationTargetException.class,
            () -> builder.getClass().getMethod("build").invoke(builder));
    assertTrue(thrown.getCause().getMessage().contains("b"), thrown.getCause()::getMessage);
  }
}
