package dev.typewire.processor.model;

/** A type the processor generates: a record for an object, or an enum-like value type. */
public sealed interface TypeDecl permits ObjectType, EnumType, UnionType {

  String javaName();

  /** The JSON pointer of the schema in the document, for diagnostics. */
  String pointer();

  Docs docs();
}
