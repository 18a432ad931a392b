package dev.typewire.processor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.typewire.processor.diag.Diagnostics;
import dev.typewire.processor.model.ApiModel;
import dev.typewire.processor.model.ObjectType;
import dev.typewire.processor.model.Operation;
import dev.typewire.processor.model.Parameter;
import dev.typewire.processor.model.Property;
import dev.typewire.processor.model.TypeDecl;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The names Typewire chooses do not depend on the order of components, properties, paths or
 * parameters in the document: the same description with every object's keys reversed gives the same
 * classes, members, methods and parameters.
 */
class NameStabilityTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "names/jdk-names.json",
        "names/name-clash-components.json",
        "names/name-clash-generated.json",
        "names/operation-id-clash.json",
        "names/duplicate-operation-id.json",
        "names/mappings.json"
      })
  void namesDoNotDependOnTheOrderOfTheDocument(String resource) throws Exception {
    String text;
    try (InputStream in = NameStabilityTest.class.getResourceAsStream("/" + resource)) {
      assertNotNull(in, resource);
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String reversed = JSON.writeValueAsString(reverse(JSON.readTree(text), false));
    assertNotEquals(JSON.writeValueAsString(JSON.readTree(text)), reversed);

    Map<String, String> names = names(text);
    assertFalse(names.isEmpty());
    assertEquals(names, names(reversed));
  }

  /** Every name the model holds, by what it names. */
  private static Map<String, String> names(String text) throws SchemaParser.ParseException {
    Diagnostics diagnostics = new Diagnostics();
    ApiModel model = ModelReader.read(SchemaParser.parse("doc.json", text), "", diagnostics);
    assertFalse(diagnostics.hasErrors(), diagnostics.problems()::toString);
    Map<String, String> names = new TreeMap<>();
    names.put("client", model.clientName());
    for (TypeDecl type : model.types()) {
      names.put(type.pointer(), type.javaName());
      if (type instanceof ObjectType object) {
        for (Property property : object.properties()) {
          names.put(type.pointer() + " ." + property.wireName(), property.javaName());
        }
      }
    }
    for (Operation operation : model.operations()) {
      names.put(operation.pointer(), operation.javaName());
      for (Parameter parameter : operation.parameters()) {
        names.put(
            operation.pointer() + " " + parameter.location() + " " + parameter.wireName(),
            parameter.javaName());
      }
    }
    model.apiClasses().forEach((group, name) -> names.put("tag " + group, name));
    model.paramsClasses().forEach((pointer, name) -> names.put("params " + pointer, name));
    return names;
  }

  /**
   * The document with the keys of every object, at every depth, in reverse order, and every list of
   * parameters reversed too.
   */
  private static JsonNode reverse(JsonNode node, boolean reverseArray) {
    if (node instanceof ObjectNode object) {
      List<String> keys = new ArrayList<>();
      object.fieldNames().forEachRemaining(keys::add);
      ObjectNode reversed = JSON.createObjectNode();
      for (int i = keys.size() - 1; i >= 0; i--) {
        String key = keys.get(i);
        reversed.set(key, reverse(object.get(key), key.equals("parameters")));
      }
      return reversed;
    }
    if (node instanceof ArrayNode array) {
      ArrayNode copy = JSON.createArrayNode();
      array.forEach(item -> copy.add(reverse(item, false)));
      if (reverseArray) {
        ArrayNode backwards = JSON.createArrayNode();
        for (int i = copy.size() - 1; i >= 0; i--) {
          backwards.add(copy.get(i));
        }
        return backwards;
      }
      return copy;
    }
    return node;
  }
}
