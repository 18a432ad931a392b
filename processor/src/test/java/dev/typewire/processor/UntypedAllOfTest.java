package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An {@code allOf} whose parts declare no object shape (issue #12, Box 2024 metadata values) is a
 * free-form value, not an empty record that no string could be put in.
 */
class UntypedAllOfTest {

  private static final String PKG = SchemaCompiler.PKG;
  private static final GeneratedClasses classes =
      GeneratedClasses.compile("openapi/untyped-allof.yaml", "-Xlint:all,-processing");

  @Test
  void annotationOnlyPartsAreAFreeFormValue() throws Exception {
    Class<?> template = classes.load(PKG + ".Template");
    Type values = template.getMethod("values").getGenericReturnType();
    assertEquals(Map.class, ((ParameterizedType) values).getRawType());
    assertEquals(JsonNode.class, ((ParameterizedType) values).getActualTypeArguments()[1]);
    // A free-form value admits null, so an optional one is an OptionalNullable.
    Type either = template.getMethod("either").getGenericReturnType();
    assertEquals(JsonNode.class, ((ParameterizedType) either).getActualTypeArguments()[0]);
    assertEquals(String.class, template.getMethod("label").getReturnType());
  }

  @Test
  void aStringValueRoundTrips() throws Exception {
    String json = "{\"values\":{\"name\":\"Aaron Levie\",\"ids\":[1,2]},\"either\":true}";
    classes.roundTrip("Template", json);
  }

  @Test
  void noEmptyRecordIsGenerated() {
    assertThat(classes.compilation()).succeeded();
    assertEquals(
        java.util.Set.of(PKG + ".Template"),
        classes.names().stream()
            .filter(name -> name.startsWith(PKG + ".Template"))
            .filter(name -> !name.contains("$"))
            .collect(java.util.stream.Collectors.toSet()));
  }
}
