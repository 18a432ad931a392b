package dev.typewire.sample;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import dev.typewire.runtime.JsonCodec;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every JSON example the Periskope description carries (the files under {@code
 * periskope/examples/}, response examples and schema examples) decodes into the generated type its
 * schema names, with unknown properties treated as errors so that no field goes unmodelled.
 */
class SchemaExamplesTest {

  private static final String PKG = "dev.typewire.sample.periskope.";
  private static JsonNode schema;
  private static ObjectMapper strict;

  @BeforeAll
  static void load() throws IOException {
    // Generated records tolerate unknown properties (servers add fields): JsonCodec's module skips
    // them in a problem handler, whatever FAIL_ON_UNKNOWN_PROPERTIES says. Here every example
    // field must be modelled, so that tolerance is switched off.
    strict =
        JsonCodec.newObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .clearProblemHandlers();
    strict.setAnnotationIntrospector(
        new JacksonAnnotationIntrospector() {
          private static final long serialVersionUID = 1L;

          @Override
          public JsonIgnoreProperties.Value findPropertyIgnoralByName(
              MapperConfig<?> config, Annotated annotated) {
            return JsonIgnoreProperties.Value.empty();
          }
        });
    try (InputStream in = resource("periskope/openapi.json")) {
      schema = strict.readTree(in);
    }
  }

  @TestFactory
  Stream<DynamicTest> exampleFilesDecode() throws IOException, URISyntaxException {
    URI folder =
        SchemaExamplesTest.class.getClassLoader().getResource("periskope/examples").toURI();
    List<DynamicTest> tests = new ArrayList<>();
    // The examples come from the schema jar, or from its build folder inside the reactor.
    try (FileSystem jar =
            folder.getScheme().equals("jar") ? FileSystems.newFileSystem(folder, Map.of()) : null;
        Stream<Path> files =
            Files.list(jar == null ? Path.of(folder) : jar.getPath("periskope/examples"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        String[] parts = file.getFileName().toString().replace(".json", "").split("\\.");
        JsonNode operation = operation(parts[0]);
        String status = parts.length > 1 ? parts[1] : firstSuccess(operation);
        JsonNode responseSchema =
            resolve(operation.path("responses").path(status))
                .path("content")
                .path("application/json")
                .path("schema");
        JsonNode example = strict.readTree(Files.readAllBytes(file));
        tests.add(
            DynamicTest.dynamicTest(
                file.getFileName().toString(), () -> decode(responseSchema, example)));
      }
    }
    assertFalse(tests.isEmpty());
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> inlineExamplesDecode() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Map.Entry<String, JsonNode> component :
        schema.path("components").path("schemas").properties()) {
      JsonNode example = component.getValue().get("example");
      if (example != null && example.isObject()) {
        JsonNode ref =
            strict.createObjectNode().put("$ref", "#/components/schemas/" + component.getKey());
        tests.add(
            DynamicTest.dynamicTest(
                "components/schemas/" + component.getKey(), () -> decode(ref, example)));
      }
    }
    for (Map.Entry<String, JsonNode> path : schema.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
        for (Map.Entry<String, JsonNode> response :
            operation.getValue().path("responses").properties()) {
          JsonNode media = resolve(response.getValue()).path("content").path("application/json");
          JsonNode example = media.get("example");
          if (example != null) {
            tests.add(
                DynamicTest.dynamicTest(
                    operation.getKey().toUpperCase(Locale.ROOT)
                        + " "
                        + path.getKey()
                        + " "
                        + response.getKey(),
                    () -> decode(media.path("schema"), example)));
          }
        }
      }
    }
    assertTrue(tests.size() > 100, "examples found: " + tests.size());
    return tests.stream();
  }

  /** Decodes strictly into the generated class of a component schema. */
  private static void decode(JsonNode schemaRef, JsonNode example) throws Exception {
    String ref = schemaRef.path("$ref").asText();
    assertTrue(ref.startsWith("#/components/schemas/"), "a component schema: " + schemaRef);
    JavaType type = javaType(ref);
    Object decoded = strict.treeToValue(example, type);
    assertNotNull(decoded);
    // What decoded must encode again, and decode to the same value.
    assertTrue(decoded.equals(strict.treeToValue(strict.valueToTree(decoded), type)), ref);
  }

  /**
   * The generated record of a component, or for a component that is only a map of another ({@code
   * additionalProperties} with no properties, which generates no class) that map.
   */
  private static JavaType javaType(String ref) throws ClassNotFoundException {
    String name = ref.substring(ref.lastIndexOf('/') + 1);
    JsonNode component = schema.at(ref.substring(1));
    JsonNode values = component.path("additionalProperties");
    if (!component.has("properties") && values.has("$ref")) {
      return strict
          .getTypeFactory()
          .constructMapType(
              Map.class, strict.constructType(String.class), javaType(values.get("$ref").asText()));
    }
    return strict.constructType(Class.forName(PKG + name));
  }

  private static JsonNode operation(String kebabId) {
    for (JsonNode item : schema.path("paths")) {
      for (JsonNode operation : item) {
        String id = operation.path("operationId").asText();
        if (id.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT).equals(kebabId)) {
          return operation;
        }
      }
    }
    throw new AssertionError("no operation " + kebabId);
  }

  private static String firstSuccess(JsonNode operation) {
    for (var codes = operation.path("responses").fieldNames(); codes.hasNext(); ) {
      String code = codes.next();
      if (code.startsWith("2")) {
        return code;
      }
    }
    throw new AssertionError("no success response");
  }

  private static JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    while (current.has("$ref")) {
      current = schema.at(current.get("$ref").asText().substring(1));
    }
    return current;
  }

  private static InputStream resource(String name) {
    return SchemaExamplesTest.class.getClassLoader().getResourceAsStream(name);
  }
}
