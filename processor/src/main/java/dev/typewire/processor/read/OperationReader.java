package dev.typewire.processor.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewire.processor.diag.Diagnostics;
import dev.typewire.processor.diag.JsonPointer;
import dev.typewire.processor.model.Constraints;
import dev.typewire.processor.model.Docs;
import dev.typewire.processor.model.Operation;
import dev.typewire.processor.model.Parameter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code paths} into operations; bodies and responses go through the translator. */
final class OperationReader {

  static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

  /** What a path item may hold besides its operations (OpenAPI 3.0 and 3.1). */
  private static final Set<String> PATH_ITEM_FIELDS =
      Set.of("$ref", "summary", "description", "servers", "parameters");

  private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{([^}/]+)}");

  private final RefResolver refs;
  private final SchemaTranslator schemas;
  private final Diagnostics diagnostics;
  private final PaginationReader pagination;
  private final ParameterStyles styles;
  private final Map<String, Parameter> sharedHeaders = new LinkedHashMap<>();

  /** Which explicit operationId took each Java method name, to report two that collide. */
  private final Map<String, Claim> methodNames = new HashMap<>();

  private record Claim(String operationId, String pointer) {}

  OperationReader(RefResolver refs, SchemaTranslator schemas, Diagnostics diagnostics) {
    this.refs = refs;
    this.schemas = schemas;
    this.diagnostics = diagnostics;
    this.pagination = new PaginationReader(schemas, diagnostics);
    this.styles = new ParameterStyles(diagnostics);
  }

  List<Operation> read(JsonNode paths) {
    List<Operation> operations = new ArrayList<>();
    if (paths == null) {
      return operations;
    }
    if (!paths.isObject()) {
      diagnostics.error("TW-PATHS", "#/paths", "paths must be an object");
      return operations;
    }
    Set<String> usedNames = new HashSet<>();
    for (Map.Entry<String, JsonNode> path : paths.properties()) {
      String pathPointer = JsonPointer.child("#/paths", path.getKey());
      RefResolver.Resolved item = refs.resolve(path.getValue(), pathPointer, "pathItems");
      if (item == null) {
        continue;
      }
      if (!item.node().isObject()) {
        diagnostics.error(
            "TW-PATHS",
            item.pointer(),
            "a path item must be an object of operations, found " + item.node().getNodeType());
        continue;
      }
      warnUnknownFields(item);
      for (String method : METHODS) {
        JsonNode operation = item.node().get(method);
        if (operation != null && !operation.isObject()) {
          diagnostics.error(
              "TW-OPERATION",
              JsonPointer.child(item.pointer(), method),
              "an operation must be an object, found " + operation.getNodeType());
        } else if (operation != null) {
          operations.add(
              operation(
                  path.getKey(),
                  method,
                  item.node(),
                  item.pointer(),
                  operation,
                  JsonPointer.child(item.pointer(), method),
                  usedNames));
        }
      }
    }
    return operations;
  }

  /**
   * A field a path item cannot hold (OpenAPI 3.2's {@code query}, a misspelt method) would
   * otherwise be an operation nobody hears was left out.
   */
  private void warnUnknownFields(RefResolver.Resolved item) {
    for (Map.Entry<String, JsonNode> entry : item.node().properties()) {
      String field = entry.getKey();
      if (!METHODS.contains(field)
          && !PATH_ITEM_FIELDS.contains(field)
          && !field.startsWith("x-")) {
        diagnostics.warning(
            "TW-PATH-ITEM-FIELD",
            JsonPointer.child(item.pointer(), field),
            "'"
                + field
                + "' is not a field of an OpenAPI 3.0/3.1 path item; it is skipped (operations"
                + " are get, put, post, delete, patch, head, options and trace)");
      }
    }
  }

  /** Header parameters declared once under components, which the client can default. */
  List<Parameter> sharedHeaders() {
    return List.copyOf(sharedHeaders.values());
  }

  private Operation operation(
      String path,
      String method,
      JsonNode pathItem,
      String pathPointer,
      JsonNode node,
      String pointer,
      Set<String> usedNames) {
    diagnostics.workingAt(pointer);
    String operationId = SchemaDocs.text(node, "operationId");
    String baseName =
        operationId != null
            ? JavaNames.lowerCamel(operationId)
            : JavaNames.lowerCamel(method + " " + path.replaceAll("[{}]", " "));
    if (operationId != null) {
      checkMethodName(operationId, baseName, pointer);
    }
    String javaName = JavaNames.distinct(baseName, usedNames);
    String typeBase = JavaNames.upperCamel(javaName);
    Map<String, String> pathParameterPointers = new LinkedHashMap<>();
    List<Parameter> parameters =
        parameters(pathItem, pathPointer, node, pointer, pathParameterPointers);
    checkPathTemplate(path, pointer, pathParameterPointers);
    BodyReader bodies = new BodyReader(refs, schemas, diagnostics);
    BodyReader.Body requestBody = bodies.requestBody(node, pointer, typeBase + "Request");
    BodyReader.Responses responses = bodies.responses(node, pointer, typeBase + "Response");
    return new Operation(
        operationId == null ? javaName : operationId,
        javaName,
        method.toUpperCase(Locale.ROOT),
        path,
        group(node),
        pointer,
        SchemaDocs.docs(node),
        parameters,
        requestBody == null ? null : requestBody.type(),
        requestBody != null && requestBody.required(),
        requestBody == null ? null : requestBody.encoding(),
        responses.success(),
        responses.successEncoding(),
        responses.error(),
        pagination.read(node, pointer, parameters, responses.success()));
  }

  /**
   * Two different operationIds that give the same Java method name are an error: a numeric suffix
   * would depend on the order of paths. The same operationId twice is the validator's to report.
   */
  private void checkMethodName(String operationId, String javaName, String pointer) {
    String operationIdPointer = JsonPointer.child(pointer, "operationId");
    Claim previous = methodNames.putIfAbsent(javaName, new Claim(operationId, operationIdPointer));
    if (previous != null && !previous.operationId().equals(operationId)) {
      diagnostics.error(
          "TW-NAME-CLASH",
          operationIdPointer,
          "operationId '"
              + operationId
              + "' gives the Java method name "
              + javaName
              + ", as does operationId '"
              + previous.operationId()
              + "' at "
              + previous.pointer()
              + "; rename one of them");
    }
  }

  /**
   * Every {@code {name}} in the path needs an {@code in: path} parameter, and every path parameter
   * needs its {@code {name}}: otherwise the generated method builds a wrong URL.
   *
   * @param declared each path parameter's name and the pointer it was declared at
   */
  private void checkPathTemplate(String path, String pointer, Map<String, String> declared) {
    Set<String> inTemplate = new LinkedHashSet<>();
    Matcher matcher = TEMPLATE_VARIABLE.matcher(path);
    while (matcher.find()) {
      inTemplate.add(matcher.group(1));
    }
    for (String name : inTemplate) {
      if (!declared.containsKey(name)) {
        diagnostics.error(
            "TW-PATH-PARAMETER",
            pointer,
            "path template parameter '{"
                + name
                + "}' is not declared; expected a parameter with name: "
                + name
                + " and in: path");
      }
    }
    declared.forEach(
        (name, at) -> {
          if (!inTemplate.contains(name)) {
            diagnostics.error(
                "TW-PATH-PARAMETER",
                at,
                "path parameter '" + name + "' does not appear in the path '" + path + "'");
          }
        });
  }

  private static String group(JsonNode operation) {
    JsonNode tags = operation.get("tags");
    if (tags != null && tags.isArray() && !tags.isEmpty() && tags.get(0).isTextual()) {
      return tags.get(0).asText();
    }
    return "Default";
  }

  /** Path-level parameters, overridden by operation-level ones with the same name and place. */
  private List<Parameter> parameters(
      JsonNode pathItem,
      String pathPointer,
      JsonNode operation,
      String pointer,
      Map<String, String> pathParameterPointers) {
    Map<String, Parameter> byKey = new LinkedHashMap<>();
    Set<String> usedNames = new HashSet<>();
    for (boolean pathLevel : new boolean[] {true, false}) {
      JsonNode owner = pathLevel ? pathItem : operation;
      String ownerPointer = pathLevel ? pathPointer : pointer;
      JsonNode list = owner.get("parameters");
      if (list == null) {
        continue;
      }
      String listPointer = JsonPointer.child(ownerPointer, "parameters");
      if (!list.isArray()) {
        diagnostics.error("TW-PARAMETER", listPointer, "parameters must be an array");
        continue;
      }
      for (int i = 0; i < list.size(); i++) {
        String parameterPointer = JsonPointer.child(listPointer, i);
        Parameter parameter = parameter(list.get(i), parameterPointer, usedNames, byKey);
        if (parameter != null) {
          byKey.put(parameter.location() + " " + parameter.wireName(), parameter);
          if (parameter.location() == Parameter.Location.PATH) {
            pathParameterPointers.put(parameter.wireName(), parameterPointer);
          }
        }
      }
    }
    return List.copyOf(byKey.values());
  }

  private Parameter parameter(
      JsonNode node, String pointer, Set<String> usedNames, Map<String, Parameter> existing) {
    String sharedName = RefResolver.componentName(node, "parameters");
    RefResolver.Resolved resolved = refs.resolve(node, pointer, "parameters");
    if (resolved == null) {
      return null;
    }
    JsonNode parameter = resolved.node();
    String at = resolved.pointer();
    String name = SchemaDocs.text(parameter, "name");
    if (name == null) {
      diagnostics.error("TW-PARAMETER", at, "a parameter needs a name");
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
      diagnostics.error(
          "TW-PARAMETER-IN",
          JsonPointer.child(at, "in"),
          "parameter '"
              + name
              + "' has in: "
              + (parameter.has("in") ? parameter.get("in") : "(missing)")
              + "; expected path, query, header or cookie");
      return null;
    }
    String javaBase =
        location == Parameter.Location.HEADER && name.regionMatches(true, 0, "x-", 0, 2)
            ? name.substring(2)
            : name;
    Parameter previous = existing.get(location + " " + name);
    String javaName =
        previous != null
            ? previous.javaName()
            : JavaNames.distinct(JavaNames.lowerCamel(javaBase), usedNames);
    JsonNode schema = parameter.get("schema");
    String schemaPointer = JsonPointer.child(at, "schema");
    Typed typed =
        schemas.typeOf(
            schema == null
                ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                : schema,
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
    ParameterStyles.Styled styled = styles.read(parameter, at, location, typed.type());
    Parameter result =
        new Parameter(
            name,
            javaName,
            location,
            typed.type(),
            location == Parameter.Location.PATH || parameter.path("required").asBoolean(false),
            docs,
            constraints,
            defaultValue == null ? null : defaultValue.asText(),
            sharedName,
            styled.style(),
            styled.delimiter());
    if (sharedName != null && location == Parameter.Location.HEADER) {
      sharedHeaders.putIfAbsent(sharedName, result);
    }
    return result;
  }
}
