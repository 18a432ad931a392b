package dev.typewire.processor.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewire.processor.diag.Diagnostics;
import dev.typewire.processor.diag.JsonPointer;
import dev.typewire.processor.model.Parameter;
import dev.typewire.processor.model.TypeRef;

/**
 * Reads a parameter's {@code style} and {@code explode} into a {@link Parameter.Style}. Defaults
 * follow OpenAPI: {@code form} with {@code explode: true} in query and cookie, {@code simple}
 * (comma-joined) in path and header.
 */
final class ParameterStyles {

  /**
   * A style, for a delimited list its separator, and for path values (simple, label, matrix) the
   * explode flag.
   */
  record Styled(Parameter.Style style, String delimiter, boolean explode) {
    static final Styled EXPLODED = new Styled(Parameter.Style.EXPLODED, ",", true);
    static final Styled COMMA = new Styled(Parameter.Style.DELIMITED, ",", false);
    static final Styled SIMPLE_EXPLODED = new Styled(Parameter.Style.DELIMITED, ",", true);
    static final Styled JSON = new Styled(Parameter.Style.JSON, ",", false);

    Styled(Parameter.Style style, String delimiter) {
      this(style, delimiter, false);
    }
  }

  private final Diagnostics diagnostics;

  ParameterStyles(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * @param structured the value is an object, a map or a list of them
   */
  Styled read(
      JsonNode parameter,
      String pointer,
      Parameter.Location location,
      TypeRef type,
      boolean structured) {
    String style = SchemaDocs.text(parameter, "style");
    // OpenAPI: explode defaults to true for form only, the default style of query and cookie.
    boolean formByDefault =
        location == Parameter.Location.QUERY || location == Parameter.Location.COOKIE;
    boolean explode =
        parameter.path("explode").asBoolean(style == null ? formByDefault : style.equals("form"));
    String stylePointer = JsonPointer.child(pointer, "style");
    switch (location) {
      case PATH, HEADER -> {
        if (location == Parameter.Location.PATH
            && ("label".equals(style) || "matrix".equals(style))) {
          return pathStyle(style, explode, pointer, type, structured);
        }
        if (style != null && !style.equals("simple")) {
          unsupported(
              stylePointer,
              style,
              location == Parameter.Location.PATH ? "simple, label or matrix" : "simple");
        }
        if (location == Parameter.Location.HEADER && structured) {
          diagnostics.warning(
              "TW-PARAMETER-JSON",
              pointer,
              "an object in a header has no form Typewire generates (OpenAPI's simple style"
                  + " defines none for nested objects); it is sent as JSON text. Declare"
                  + " 'content: {application/json: {schema: ...}}' to say so");
          return Styled.JSON;
        }
        // Only an object differs when exploded in the simple style: k=v,k2=v2 for k,v,k2,v2.
        return location == Parameter.Location.PATH && explode
            ? Styled.SIMPLE_EXPLODED
            : Styled.COMMA;
      }
      case COOKIE -> {
        if (style != null && !style.equals("form")) {
          unsupported(stylePointer, style, "form");
        }
        return Styled.COMMA;
      }
      case QUERY -> {
        return query(style == null ? "form" : style, explode, stylePointer, type);
      }
    }
    return Styled.EXPLODED;
  }

  private Styled pathStyle(
      String style, boolean explode, String pointer, TypeRef type, boolean structured) {
    if (type instanceof TypeRef.ListOf && structured) {
      diagnostics.warning(
          "TW-PARAMETER-STYLE",
          JsonPointer.child(pointer, "style"),
          "style '"
              + style
              + "' defines no form for a list of objects; each item is sent as JSON text");
    }
    return new Styled(
        style.equals("label") ? Parameter.Style.LABEL : Parameter.Style.MATRIX, ",", explode);
  }

  private Styled query(String style, boolean explode, String stylePointer, TypeRef type) {
    switch (style) {
      case "form" -> {
        return explode ? Styled.EXPLODED : Styled.COMMA;
      }
      case "spaceDelimited" -> {
        return new Styled(Parameter.Style.DELIMITED, " ");
      }
      case "pipeDelimited" -> {
        return new Styled(Parameter.Style.DELIMITED, "|");
      }
      case "deepObject" -> {
        if (type instanceof TypeRef.MapOf || type instanceof TypeRef.Named) {
          return new Styled(Parameter.Style.DEEP_OBJECT, ",");
        }
        diagnostics.warning(
            "TW-PARAMETER-STYLE",
            stylePointer,
            "style deepObject needs an object or map schema; the value is sent as form");
        return Styled.EXPLODED;
      }
      default -> {
        unsupported(stylePointer, style, "form, spaceDelimited, pipeDelimited or deepObject");
        return Styled.EXPLODED;
      }
    }
  }

  private void unsupported(String pointer, String style, String expected) {
    diagnostics.warning(
        "TW-PARAMETER-STYLE",
        pointer,
        "style '" + style + "' is not supported here (expected " + expected + "); it is ignored");
  }
}
