package dev.typewire.processor.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewire.processor.model.ObjectType;
import dev.typewire.processor.model.TypeDecl;
import dev.typewire.processor.model.TypeRef;
import dev.typewire.processor.model.UnionType;

/**
 * Gives each object record that is a variant of a union a place for the properties it does not
 * declare, unless its schema forbids them. An open alternative accepts any extra property, and an
 * extra property is often what tells the alternatives apart (a {@code company} the other
 * alternative types differently): a record that dropped it on decoding would re-encode a value that
 * no longer matches exactly one alternative.
 */
final class OpenVariants {

  private OpenVariants() {}

  static void keepUndeclared(SchemaTranslator schemas, JsonNode root) {
    for (TypeDecl declaration : schemas.declarations()) {
      if (!(declaration instanceof UnionType union)) {
        continue;
      }
      for (UnionType.Variant variant : union.variants()) {
        if (variant.type() instanceof TypeRef.Named named
            && schemas.declaration(named.javaName()) instanceof ObjectType object
            && object.additionalProperties() == null
            && !object.properties().isEmpty()
            && admitsUndeclared(root, object.pointer())) {
          schemas.replace(
              new ObjectType(
                  object.javaName(),
                  object.pointer(),
                  object.docs(),
                  object.properties(),
                  new TypeRef.AnyJson(),
                  object.requestBody()));
        }
      }
    }
  }

  /**
   * Whether the schema at {@code pointer} leaves {@code additionalProperties} open. A merged
   * variant's pointer is its alternative, often a {@code $ref}: the referenced schema decides.
   */
  private static boolean admitsUndeclared(JsonNode root, String pointer) {
    if (pointer == null || !pointer.startsWith("#")) {
      return false;
    }
    JsonNode schema = root.at(pointer.substring(1));
    // A bounded walk: a cycle of refs is reported elsewhere and must not hang this one.
    for (int hops = 0; hops < 32 && schema.path("$ref").asText("").startsWith("#/"); hops++) {
      schema = root.at(schema.get("$ref").asText().substring(1));
    }
    return schema.isObject()
        && !schema.has("additionalProperties")
        && !schema.has("unevaluatedProperties");
  }
}
