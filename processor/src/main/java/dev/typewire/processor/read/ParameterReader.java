package dev.typewire.processor.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.typewire.processor.diag.Diagnostics;
import dev.typewire.processor.diag.JsonPointer;
import dev.typewire.processor.model.Constraints;
import dev.typewire.processor.model.Docs;
import dev.typewire.processor.model.EnumType;
import dev.typewire.processor.model.Parameter;
import dev.typewire.processor.model.TypeRef;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one operation's parameters, path-level ones first. A parameter that cannot be sent is
 * skipped with a warning when the operation can do without it; when it is required, or nothing is
 * known of it, the whole operation is skipped instead, since every request would lack it.
 */
final class ParameterReader {

  private final RefResolver refs;
  private final SchemaTranslator schemas;
  private final Diagnostics diagnostics;
  private final ParameterStyles styles;
  private final NameMappings mappings;

  ParameterReader(
      RefResolver refs, SchemaTranslator schemas, Diagnostics diagnostics, NameMappings mappings) {
    this.refs = refs;
    this.schemas = schemas;
    this.diagnostics = diagnostics;
    this.styles = new ParameterStyles(diagnostics);
    this.mappings = mappings;
  }

  /**
   * @param pathParameterPointers each path parameter's name and the pointer it was declared at
   * @param usable false when a parameter the operation cannot do without was unusable (reported)
   */
  record Read(
      List<Parameter> parameters, Map<String, String> pathParameterPointers, boolean usable) {}

  /**
   * Path-level parameters, overridden by operation-level ones with the same name and place.
   *
   * @param skipped the warning's words for skipping the operation: "operation 'x' (GET /x) is
   *     skipped"
   */
  Read read(
      JsonNode pathItem, String pathPointer, JsonNode operation, String pointer, String skipped) {
    Map<String, Parameter> byKey = new LinkedHashMap<>();
    Map<String, String> pathParameterPointers = new LinkedHashMap<>();
    Map<String, NameMappings.Pin> pins = new HashMap<>();
    String operationId = SchemaDocs.text(operation, "operationId");
    boolean usable = true;
    for (boolean pathLevel : new boolean[] {true, false}) {
      JsonNode owner = pathLevel ? pathItem : operation;
      String ownerPointer = pathLevel ? pathPointer : pointer;
      JsonNode list = owner.get("parameters");
      if (list == null) {
        continue;
      }
      String listPointer = JsonPointer.child(ownerPointer, "parameters");
      if (!list.isArray()) {
        diagnostics.warning(
            "TW-PARAMETER",
            listPointer,
            "parameters must be an array, found "
                + list.getNodeType()
                + "; it is ignored, so no parameter is read from it");
        continue;
      }
      for (int i = 0; i < list.size(); i++) {
        String parameterPointer = JsonPointer.child(listPointer, i);
        RefResolver.Resolved resolved =
            refs.resolve(
                list.get(i),
                parameterPointer,
                "parameters",
                skipped + ", since nothing is known of this parameter (it may be required)");
        if (resolved == null) {
          usable = false;
          continue;
        }
        String sharedName = RefResolver.componentName(list.get(i), "parameters");
        Parameter.Location location = location(resolved, skipped);
        if (location == null) {
          usable &= !isRequired(resolved.node());
          continue;
        }
        Parameter parameter = parameter(resolved, location, sharedName, byKey);
        byKey.put(ParameterNames.key(parameter), parameter);
        NameMappings.Pin pin =
            mappings.parameter(
                parameterPointer, resolved.pointer(), operationId, parameter.wireName());
        if (pin != null) {
          pins.put(ParameterNames.key(parameter), pin);
        }
        if (parameter.location() == Parameter.Location.PATH) {
          pathParameterPointers.put(parameter.wireName(), parameterPointer);
        }
      }
    }
    return new Read(
        ParameterNames.assign(List.copyOf(byKey.values()), pins, diagnostics),
        pathParameterPointers,
        usable);
  }

  private static boolean isRequired(JsonNode parameter) {
    return parameter.path("required").asBoolean(false);
  }

  /** Where the parameter travels, or null (after a warning) when it cannot be sent. */
  private Parameter.Location location(RefResolver.Resolved resolved, String skipped) {
    JsonNode parameter = resolved.node();
    String at = resolved.pointer();
    String name = SchemaDocs.text(parameter, "name");
    if (name == null) {
      // A name is what a value travels under: a nameless parameter is in no request the server
      // can expect, so leaving it out keeps every request correct.
      diagnostics.warning(
          "TW-PARAMETER",
          at,
          "a parameter needs a name, found "
              + (parameter.has("name") ? parameter.get("name") : "none")
              + "; this parameter is skipped");
      return null;
    }
    String in = parameter.path("in").asText("");
    Parameter.Location location =
        switch (in) {
          case "path" -> Parameter.Location.PATH;
          case "query" -> Parameter.Location.QUERY;
          case "header" -> Parameter.Location.HEADER;
          case "cookie" -> Parameter.Location.COOKIE;
          default -> null;
        };
    if (location == null) {
      diagnostics.warning(
          "TW-PARAMETER-IN",
          JsonPointer.child(at, "in"),
          "parameter '"
              + name
              + "' has in: "
              + (parameter.has("in") ? parameter.get("in") : "(missing)")
              + "; expected path, query, header or cookie. "
              + (isRequired(parameter)
                  ? "It is required, so " + skipped
                  : "It is optional, so it is skipped"));
    }
    return location;
  }

  private Parameter parameter(
      RefResolver.Resolved resolved,
      Parameter.Location location,
      String sharedName,
      Map<String, Parameter> existing) {
    JsonNode parameter = resolved.node();
    String at = resolved.pointer();
    String name = SchemaDocs.text(parameter, "name");
    String javaBase =
        location == Parameter.Location.HEADER && name.regionMatches(true, 0, "x-", 0, 2)
            ? name.substring(2)
            : name;
    Parameter previous = existing.get(location + " " + name);
    // Provisional: ParameterNames chooses the final names once all parameters are known.
    String javaName = previous != null ? previous.javaName() : JavaNames.lowerCamel(javaBase);
    JsonNode schema = parameter.get("schema");
    String schemaPointer = JsonPointer.child(at, "schema");
    Map.Entry<String, JsonNode> content = schema == null ? content(parameter) : null;
    if (content != null) {
      schema = content.getValue().get("schema");
      schemaPointer =
          JsonPointer.child(
              JsonPointer.child(JsonPointer.child(at, "content"), content.getKey()), "schema");
    }
    Typed typed =
        schemas.typeOf(
            schema == null ? JsonNodeFactory.instance.objectNode() : schema,
            schemaPointer,
            JavaNames.upperCamel(javaName));
    Docs docs = SchemaDocs.docs(parameter);
    if (schema != null) {
      Docs schemaDocs = SchemaDocs.docs(schema);
      docs =
          new Docs(
              docs.summary(),
              docs.description(),
              docs.example() == null ? schemaDocs.example() : docs.example(),
              docs.deprecated(),
              schemaDocs.defaultValue());
    }
    Constraints constraints =
        schema == null
            ? Constraints.NONE
            : schemas.constraints(schema, schemaPointer, typed.type());
    JsonNode defaultValue = schema == null ? null : schema.get("default");
    ParameterStyles.Styled styled =
        content != null && isJson(content.getKey())
            ? ParameterStyles.Styled.JSON
            : styles.read(parameter, at, location, typed.type(), structured(typed.type()));
    return new Parameter(
        name,
        javaName,
        location,
        typed.type(),
        location == Parameter.Location.PATH || isRequired(parameter),
        docs,
        constraints,
        defaultValue == null ? null : defaultValue.asText(),
        sharedName,
        styled.style(),
        styled.delimiter(),
        styled.explode());
  }

  /**
   * The media type and its entry of a parameter declared with {@code content} instead of {@code
   * schema} (OpenAPI allows exactly one), or null.
   */
  private static Map.Entry<String, JsonNode> content(JsonNode parameter) {
    JsonNode content = parameter.get("content");
    if (content == null || !content.isObject() || content.isEmpty()) {
      return null;
    }
    return content.properties().iterator().next();
  }

  /** An object, a map, or a list of them: a value with parts of its own, unlike an enum. */
  private boolean structured(TypeRef type) {
    if (type instanceof TypeRef.ListOf list) {
      return structured(list.items());
    }
    return type instanceof TypeRef.MapOf
        || (type instanceof TypeRef.Named named
            && !(schemas.declaration(named.javaName()) instanceof EnumType));
  }

  private static boolean isJson(String mediaType) {
    String base = mediaType.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
    return base.equals("application/json") || base.endsWith("+json");
  }
}
