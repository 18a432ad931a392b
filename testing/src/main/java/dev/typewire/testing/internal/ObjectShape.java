package dev.typewire.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The properties and required names of an object schema gathered across its {@code allOf} parts,
 * through {@code $ref}s: a part may require a name that only another part declares (Box's {@code
 * grant_type}), so no single part tells what a valid object needs.
 */
public record ObjectShape(Map<String, String> properties, Set<String> required) {

  private static final int MAX_PARTS = 64;

  /** The shape of the schema at {@code pointer}, each property named by its schema's pointer. */
  public static ObjectShape of(ApiDescription description, String pointer) {
    ObjectShape shape = new ObjectShape(new LinkedHashMap<>(), new LinkedHashSet<>());
    shape.gather(description, pointer, new LinkedHashSet<>());
    return shape;
  }

  private void gather(ApiDescription description, String pointer, Set<String> seen) {
    Endpoint.Located located = Endpoint.locate(description, description.at(pointer), pointer);
    if (!seen.add(located.pointer()) || seen.size() > MAX_PARTS) {
      return;
    }
    JsonNode schema = located.node();
    Iterator<String> names = schema.path("properties").fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      properties.putIfAbsent(name, located.pointer() + "/properties/" + ApiDescription.token(name));
    }
    schema.path("required").forEach(name -> required.add(name.asText()));
    JsonNode allOf = schema.path("allOf");
    for (int i = 0; i < allOf.size(); i++) {
      gather(description, located.pointer() + "/allOf/" + i, seen);
    }
  }
}
