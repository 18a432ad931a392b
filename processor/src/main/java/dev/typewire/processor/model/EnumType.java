package dev.typewire.processor.model;

import java.util.List;

/**
 * A string enum. Generated so that values the schema does not list still decode, can be read and
 * re-encode unchanged.
 */
public record EnumType(String javaName, String pointer, Docs docs, List<EnumConstant> constants)
    implements TypeDecl {

  /** One listed value and the constant name it gets. */
  public record EnumConstant(String wireValue, String javaName) {}
}
