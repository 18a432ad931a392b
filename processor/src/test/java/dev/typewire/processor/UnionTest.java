package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewire.runtime.OptionalNullable;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * oneOf/anyOf as sealed interfaces (discriminator with mapping, shape without), primitive variants
 * wrapped, nullability in 3.1 form, recursive and mutually recursive records: generated, compiled
 * under -Xlint:all -Werror, and decoded.
 */
class UnionTest {

  private static final String PKG = SchemaCompiler.PKG;
  private static final GeneratedClasses classes =
      GeneratedClasses.compile("openapi/unions.yaml", "-Xlint:all,-processing", "-Werror");

  private static String simpleName(Object value) {
    return value.getClass().getName().substring(PKG.length() + 1);
  }

  /** Decodes, checks the variant, and checks that encoding gives the same JSON back. */
  private static Object roundTrip(String type, String json, String variant) throws Exception {
    Object value = classes.roundTrip(type, json);
    assertEquals(variant, simpleName(value), json);
    return value;
  }

  @Test
  void compilesWithoutWarnings() {
    assertThat(classes.compilation()).succeededWithoutWarnings();
  }

  @Test
  void unionsAreSealedInterfacesImplementedByTheirRecords() {
    Class<?> pet = classes.load(PKG + ".Pet");
    assertTrue(pet.isInterface() && pet.isSealed());
    assertTrue(pet.isAssignableFrom(classes.load(PKG + ".Cat")));
    assertTrue(pet.isAssignableFrom(classes.load(PKG + ".Dog")));
  }

  @Test
  void discriminatorAndItsMappingChooseTheVariant() throws Exception {
    roundTrip("Pet", "{\"petType\":\"cat\",\"name\":\"Tom\",\"lives\":9}", "Cat");
    // The mapping names Dog "doggo"; the property round-trips as the record's own component.
    Object dog = roundTrip("Pet", "{\"petType\":\"doggo\",\"bark\":true}", "Dog");
    assertEquals("doggo", dog.getClass().getMethod("petType").invoke(dog));
  }

  @Test
  void unknownDiscriminatorValueDecodesToUnknown() throws Exception {
    Object unknown = roundTrip("Pet", "{\"petType\":\"parrot\",\"words\":3}", "Pet$Unknown");
    JsonNode json = (JsonNode) unknown.getClass().getMethod("json").invoke(unknown);
    assertEquals(3, json.get("words").asInt());
  }

  @Test
  void withoutDiscriminatorTheShapeChooses() throws Exception {
    roundTrip("Shape", "{\"radius\":1.5}", "Circle");
    roundTrip("Shape", "{\"side\":2.0,\"color\":\"red\"}", "Square");
    roundTrip("Shape", "{\"corners\":3}", "Shape$Unknown");
    roundTrip("Shape", "\"not an object\"", "Shape$Unknown");
  }

  @Test
  void anOpenVariantKeepsThePropertiesItDoesNotDeclare() throws Exception {
    // "side" as text is what makes this value a Circle and no Square; dropping it on decoding
    // would re-encode a value both alternatives accept.
    Object circle = roundTrip("Shape", "{\"radius\":1.5,\"side\":\"wide\"}", "Circle");
    assertEquals(
        "{side=\"wide\"}",
        circle.getClass().getMethod("additionalProperties").invoke(circle).toString());
  }

  @Test
  void primitiveVariantsAreWrapped() throws Exception {
    String type = "DrawingLabel";
    roundTrip(type, "\"hello\"", "DrawingLabel$StringValue");
    roundTrip(type, "42", "DrawingLabel$IntegerValue");
    roundTrip(type, "[\"a\",\"b\"]", "DrawingLabel$ListValue");
    roundTrip(type, "{\"text\":\"x\"}", "DrawingLabelLabelled");
    roundTrip(type, "true", "DrawingLabel$Unknown");
  }

  @Test
  void unionsInsideRecordsAndNullableUnions() throws Exception {
    String json = "{\"main\":{\"radius\":1.0},\"maybe\":null,\"label\":7,\"nullableName\":null}";
    Object drawing = classes.decode("Drawing", json);
    Object main = drawing.getClass().getMethod("main").invoke(drawing);
    assertEquals("Circle", simpleName(main));
    // Drawing is also a request body, so its optional nullable union keeps null apart from absent.
    assertEquals(OptionalNullable.ofNull(), drawing.getClass().getMethod("maybe").invoke(drawing));
    Object label = drawing.getClass().getMethod("label").invoke(drawing);
    assertEquals(7, label.getClass().getMethod("value").invoke(label));
  }

  @Test
  void recursiveAndMutuallyRecursiveRecords() throws Exception {
    String json =
        "{\"value\":\"root\",\"children\":[{\"value\":\"leaf\"}],"
            + "\"forest\":{\"trees\":[{\"value\":\"other\"}]}}";
    Object tree = classes.roundTrip("Tree", json);
    List<?> children = (List<?>) tree.getClass().getMethod("children").invoke(tree);
    assertEquals(classes.load(PKG + ".Tree"), children.get(0).getClass());
  }
}
