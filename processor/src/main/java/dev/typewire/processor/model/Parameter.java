package dev.typewire.processor.model;

/**
 * An operation parameter.
 *
 * @param sharedName the component name when declared once under components and reused, so the
 *     client may default it; else null
 * @param defaultValue the schema's default, as JSON text, or null
 * @param style how the value is written: exploded (a list repeats the query key), delimited (a list
 *     joined into one value), deepObject ({@code name[key]=value} per entry or property) or JSON
 * @param delimiter the separator of a {@link Style#DELIMITED} list: {@code ","}, {@code " "} or
 *     {@code "|"}
 * @param explode the description's {@code explode} (or its default): whether a {@link Style#LABEL}
 *     or {@link Style#MATRIX} list or object gives each item its own prefix, and whether a simple
 *     path object is written {@code k=v,k2=v2}
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
    String sharedName,
    Style style,
    String delimiter,
    boolean explode) {

  /** This parameter under another Java name. */
  public Parameter withJavaName(String name) {
    return new Parameter(
        wireName,
        name,
        location,
        type,
        required,
        docs,
        constraints,
        defaultValue,
        sharedName,
        style,
        delimiter,
        explode);
  }

  /** Where the parameter travels. */
  public enum Location {
    PATH,
    QUERY,
    HEADER,
    /** All cookie parameters of an operation travel together in one {@code Cookie} header. */
    COOKIE
  }

  /** How a value is serialized; only lists and objects differ between styles. */
  public enum Style {
    /** As is; a list repeats the key ({@code form} with {@code explode: true}). */
    EXPLODED,
    /** A list joined by {@link Parameter#delimiter()} into one value. */
    DELIMITED,
    /** A map or record as {@code name[key]=value} query pairs. */
    DEEP_OBJECT,
    /**
     * The whole value as JSON text: declared with {@code content: application/json}, or an object
     * (or list of objects) in a header or cookie, where OpenAPI defines no nested form.
     */
    JSON,
    /** A path value after a {@code .} ({@code style: label}), written by the runtime. */
    LABEL,
    /** A path value as {@code ;name=value} ({@code style: matrix}), written by the runtime. */
    MATRIX
  }
}
