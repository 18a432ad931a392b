package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import dev.typewire.runtime.JsonCodec;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One answer to "may this be null?" for every schema form: OpenAPI 3.0 {@code nullable} on a
 * component reached by {@code $ref}, on an inline object, and beside a single-{@code $ref} {@code
 * allOf} (which reuses the referenced type instead of copying it); {@code readOnly} properties are
 * not demanded by request builders, {@code writeOnly} ones are.
 */
class NullnessModelTest {

  private static final String PKG = SchemaCompiler.PKG;

  private static final Compilation COMPILATION =
      SchemaCompiler.compile("openapi/nullness.yaml", "-Xlint:all,-processing", "-Werror");

  private static final GeneratedClasses CLASSES = new GeneratedClasses(COMPILATION);

  @Test
  void compilesWithoutWarnings() {
    assertThat(COMPILATION).succeededWithoutWarnings();
  }

  @Test
  void nullableComponentsAndInlineObjectsAreNullable() {
    Class<?> pet = CLASSES.load(PKG + ".Pet");
    assertEquals(List.of("Nullable"), annotations(pet, "owner"));
    assertEquals(List.of("Nullable"), annotations(pet, "address"));
    assertEquals(List.of("Nullable"), annotations(pet, "coOwner"));
    assertEquals(List.of(), annotations(pet, "name"));
  }

  @Test
  void aRequiredNameWithoutPropertyIsStillAProperty() {
    Class<?> pet = CLASSES.load(PKG + ".Pet");
    assertEquals(JsonNode.class, component(pet, "kind").getType());
  }

  @Test
  void allOfWithOneRefReusesTheReferencedType() {
    Class<?> pet = CLASSES.load(PKG + ".Pet");
    Class<?> owner = CLASSES.load(PKG + ".Owner");
    assertEquals(owner, component(pet, "coOwner").getType());
    // vet is optional and Owner admits null, so a request can also send it as null.
    assertEquals(
        "dev.typewire.runtime.OptionalNullable<" + owner.getName() + ">",
        component(pet, "vet").getGenericType().getTypeName());
    assertFalse(
        COMPILATION.generatedSourceFile(PKG + ".PetCoOwner").isPresent(), "a copy of Owner");
    assertFalse(COMPILATION.generatedSourceFile(PKG + ".PetVet").isPresent(), "a copy of Owner");
    // An allOf around one inline non-object schema is that schema, not a record.
    assertEquals(
        "dev.typewire.runtime.OptionalNullable<java.lang.String>",
        component(pet, "sequenceId").getGenericType().getTypeName());
  }

  @Test
  void anAllOfNarrowingAScalarIsThatScalar() throws Exception {
    Class<?> visit = CLASSES.load(PKG + ".Visit");
    Class<?> mood = CLASSES.load(PKG + ".Mood");
    assertEquals(String.class, component(visit, "city").getType());
    assertEquals(mood, component(visit, "mood").getType());
    assertEquals(String.class, component(visit, "kind").getType());
    for (String copy : List.of("City", "PetMood", "CityNoDescription")) {
      assertFalse(COMPILATION.generatedSourceFile(PKG + "." + copy).isPresent(), copy);
    }
    Object decoded =
        JsonCodec.newObjectMapper()
            .readValue("{\"city\":\"Summerside\",\"mood\":\"calm\",\"kind\":\"home\"}", visit);
    assertEquals("Summerside", component(visit, "city").getAccessor().invoke(decoded));
  }

  @Test
  void buildersTakeLegalNullsAndSkipReadOnlyProperties() throws Exception {
    Object built = build(true);
    ObjectMapper mapper = JsonCodec.newObjectMapper();
    // Required nullable keys are written as null; the unset read-only id is not sent.
    assertEquals(
        "{\"name\":\"Rex\",\"owner\":null,\"address\":null,\"coOwner\":null,\"secret\":\"s\",\"kind\":null}",
        mapper.writeValueAsString(built));
  }

  @Test
  void optionalNullablePropertiesAreAbsentNullOrAValue() throws Exception {
    ObjectMapper mapper = JsonCodec.newObjectMapper();
    Object unset = build(true);
    Object builder = unset.getClass().getMethod("toBuilder").invoke(unset);
    Class<?> owner = CLASSES.load(PKG + ".Owner");
    builder.getClass().getMethod("vet", owner).invoke(builder, new Object[] {null});
    Object cleared = builder.getClass().getMethod("build").invoke(builder);
    assertEquals(
        "{\"name\":\"Rex\",\"owner\":null,\"address\":null,\"coOwner\":null,\"vet\":null,"
            + "\"secret\":\"s\",\"kind\":null}",
        mapper.writeValueAsString(cleared));
    builder
        .getClass()
        .getMethod("vet", owner)
        .invoke(builder, owner.getConstructors()[0].newInstance("Bo"));
    Object set = builder.getClass().getMethod("build").invoke(builder);
    assertTrue(mapper.writeValueAsString(set).contains("\"vet\":{\"name\":\"Bo\"}"));
    // And back: a decoded explicit null stays distinct from a missing key.
    Class<?> pet = CLASSES.load(PKG + ".Pet");
    String json =
        "{\"id\":\"p\",\"name\":\"Rex\",\"owner\":null,\"address\":null,\"coOwner\":null,\"vet\":null,\"kind\":{\"any\":[1.50]}}";
    assertEquals(json, mapper.writeValueAsString(mapper.readValue(json, pet)));
  }

  @Test
  void buildersStillDemandWriteOnlyProperties() {
    InvocationTargetException missing =
        assertThrows(InvocationTargetException.class, () -> build(false));
    assertInstanceOf(NullPointerException.class, missing.getCause());
    assertEquals("secret is required", missing.getCause().getMessage());
  }

  @Test
  void responsesWithReadOnlyValuesReEncodeAsSent() throws Exception {
    ObjectMapper mapper = JsonCodec.newObjectMapper();
    String json =
        "{\"id\":\"p1\",\"name\":\"Rex\",\"owner\":{\"name\":\"Ada\"},\"address\":null,"
            + "\"coOwner\":null,\"kind\":\"cat\"}";
    Object pet = mapper.readValue(json, CLASSES.load(PKG + ".Pet"));
    assertEquals(json, mapper.writeValueAsString(pet));
  }

  private static Object build(boolean withSecret) throws Exception {
    Class<?> pet = CLASSES.load(PKG + ".Pet");
    Object builder = pet.getMethod("builder").invoke(null);
    Class<?> type = builder.getClass();
    type.getMethod("name", String.class).invoke(builder, "Rex");
    if (withSecret) {
      type.getMethod("secret", String.class).invoke(builder, "s");
    }
    Method build = type.getMethod("build");
    return build.invoke(builder);
  }

  private static RecordComponent component(Class<?> record, String name) {
    return Arrays.stream(record.getRecordComponents())
        .filter(c -> c.getName().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> annotations(Class<?> record, String name) {
    return Arrays.stream(component(record, name).getAnnotatedType().getAnnotations())
        .map(a -> a.annotationType().getSimpleName())
        .toList();
  }
}
