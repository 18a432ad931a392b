package dev.typewire.processor.model;

import java.util.List;

/**
 * A string or integer enum. Generated so that values the schema does not list still decode, can be
 * read and re-encode unchanged.
 *
 * @param valueType {@link TypeRef.Scalar#STRING}, {@link TypeRef.Scalar#INTEGER} or {@link
 *     TypeRef.Scalar#LONG}: the type of the wire values
 */
public record EnumType(
    String javaName,
    String pointer,
    Docs docs,
    List<EnumConstant> constants,
    TypeRef.Scalar valueType)
    implements TypeDecl {

  /**
   * One listed value (as text; digits for an integer enum), the constant name it gets, and where
   * the value is listed ({@code .../enum/1}, or {@code .../oneOf/0/const} for a titled constant).
   */
  public record EnumConstant(String wireValue, String javaName, String pointer) {}
}
