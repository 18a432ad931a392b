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

  public ObjectType withRequestBody() {
    return new ObjectType(javaName, pointer, docs, properties, additionalProperties, true);
  }
}
