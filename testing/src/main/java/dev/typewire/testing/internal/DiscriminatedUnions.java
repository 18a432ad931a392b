package dev.typewire.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The OpenAPI 3.0 reading of a {@code oneOf} with a discriminator, for the validator: the
 * discriminator names the alternative a value is validated against (3.0.3, Discriminator Object),
 * where plain JSON Schema rejects a value that two alternatives accept. Alternatives that allow
 * extra properties (almost all do) accept each other's values, so no object a generated record can
 * send would pass as {@code oneOf}; such a union is validated as {@code anyOf}, whose discriminator
 * check still rejects a value naming no alternative. OpenAPI 3.1 says the discriminator must not
 * change the outcome, so 3.1 documents are left as written.
 */
public final class DiscriminatedUnions {

  private DiscriminatedUnions() {}

  /**
   * A copy of {@code description}'s tree with discriminated 3.0 {@code oneOf}s as {@code anyOf}.
   */
  public static JsonNode forValidation(ApiDescription description) {
    if (description.isOpenApi31()) {
      return description.root();
    }
    JsonNode copy = description.root().deepCopy();
    List<ObjectNode> unions = new ArrayList<>();
    collect(copy, unions);
    for (ObjectNode union : unions) {
      if (isDiscriminated(description, union)) {
        union.set("anyOf", union.remove("oneOf"));
      }
    }
    return copy;
  }

  private static void collect(JsonNode node, List<ObjectNode> unions) {
    if (node instanceof ObjectNode object && object.path("oneOf").isArray()) {
      unions.add(object);
    }
    if (node.isContainerNode()) {
      for (JsonNode child : node) {
        collect(child, unions);
      }
    }
  }

  /**
   * The union's own discriminator, or one every alternative inherits from an {@code allOf} part
   * (the "embedded" form: {@code Cat} is {@code allOf: [Pet, ...]} and {@code Pet} names it).
   */
  private static boolean isDiscriminated(ApiDescription description, ObjectNode union) {
    if (union.has("anyOf")) {
      // Both keywords on one schema: renaming would lose one of them.
      return false;
    }
    if (union.path("discriminator").has("propertyName")) {
      return true;
    }
    for (JsonNode alternative : union.get("oneOf")) {
      if (!hasDiscriminator(description, description.resolve(alternative))) {
        return false;
      }
    }
    return !union.get("oneOf").isEmpty();
  }

  private static boolean hasDiscriminator(ApiDescription description, JsonNode schema) {
    if (schema.path("discriminator").has("propertyName")) {
      return true;
    }
    for (JsonNode part : schema.path("allOf")) {
      if (description.resolve(part).path("discriminator").has("propertyName")) {
        return true;
      }
    }
    return false;
  }
}
