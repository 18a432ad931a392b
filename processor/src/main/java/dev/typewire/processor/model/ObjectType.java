package dev.typewire.processor.model;

import java.util.List;

/**
 * An object schema, generated as a record.
 *
 * @param additionalProperties the type of undeclared properties' values, or null when undeclared
 *     properties are not modelled
 * @param requestBody used as (part of) a request body, so it gets a builder
 */
public record ObjectType(
    String javaName,
    String pointer,
    Docs docs,
    List<Property> properties,
    TypeRef additionalProperties,
    boolean requestBody)
    implements TypeDecl {

  /**
   * Whether a request must be able to tell "leave it out" from "send null" for this property: an
   * optional property whose schema admits null, in a record that is sent (in a PATCH, null usually
   * clears a field and absence leaves it alone).
   */
  public boolean distinguishesNull(Property property) {
    return requestBody && !property.required() && property.admitsNull() && !property.readOnly();
  }

  public ObjectType withRequestBody() {
    return new ObjectType(javaName, pointer, docs, properties, additionalProperties, true);
  }
}
