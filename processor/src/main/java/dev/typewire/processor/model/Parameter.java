package dev.typewire.processor.model;

/**
 * An operation parameter.
 *
 * @param sharedName the component name when declared once under components and reused, so the
 *     client may default it; else null
 * @param defaultValue the schema's default, as JSON text, or null
 */
public record Parameter(
    String wireName,
    String javaName,
    Location location,
    TypeRef type,
    boolean required,
    Docs docs,
    Constraints constraints,
    String defaultValue,
    String sharedName) {

  /** Where the parameter travels. */
  public enum Location {
    PATH,
    QUERY,
    HEADER
  }
}
