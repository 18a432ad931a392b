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

  static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head");

  private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{([^}/]+)}");

  private final RefResolver refs;
  private final SchemaTranslator schemas;
  private final Diagnostics diagnostics;
  private final PaginationReader pagination;
  private final ParameterStyles styles;
  private final Map<String, Parameter> sharedHeaders = new LinkedHashMap<>();

  private final NameMappings mappings;

  /** An operation found under {@code paths}, with the path item it belongs to. */
  private record Found(
      OperationNames.Site site, JsonNode pathItem, String pathPointer, JsonNode node) {}

  OperationReader(
      RefResolver refs, SchemaTranslator schemas, Diagnostics diagnostics, NameMappings mappings) {
    this.refs = refs;
    this.mappings = mappings;
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
    List<Found> found = new ArrayList<>();
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
      for (String method : METHODS) {
        JsonNode operation = item.node().get(method);
        if (operation != null && !operation.isObject()) {
          diagnostics.error(
              "TW-OPERATION",
              JsonPointer.child(item.pointer(), method),
              "an operation must be an object, found " + operation.getNodeType());
        } else if (operation != null) {
          String pointer = JsonPointer.child(item.pointer(), method);
          OperationNames.Site site =
              new OperationNames.Site(
                  pointer, SchemaDocs.text(operation, "operationId"), method, path.getKey());
          found.add(new Found(site, item.node(), item.pointer(), operation));
        }
      }
    }
    Map<OperationNames.Site, String> names =
        OperationNames.choose(found.stream().map(Found::site).toList(), mappings, diagnostics);
    for (Found operation : found) {
      operations.add(operation(operation, names.get(operation.site())));
    }
    return operations;
  }

  /** Header parameters declared once under components, which the client can default. */
  List<Parameter> sharedHeaders() {
    return List.copyOf(sharedHeaders.values());
  }

  private Operation operation(Found found, String javaName) {
    OperationNames.Site site = found.site();
    String pointer = site.pointer();
    String path = site.path();
    JsonNode node = found.node();
    diagnostics.workingAt(pointer);
    String operationId = site.operationId();
    String typeBase = JavaNames.upperCamel(javaName);
    Map<String, String> pathParameterPointers = new LinkedHashMap<>();
    List<Parameter> parameters =
        parameters(found.pathItem(), found.pathPointer(), node, pointer, pathParameterPointers);
    checkPathTemplate(path, pointer, pathParameterPointers);
    BodyReader bodies = new BodyReader(refs, schemas, diagnostics);
    BodyReader.Body requestBody = bodies.requestBody(node, pointer, typeBase + "Request");
    BodyReader.Responses responses = bodies.responses(node, pointer, typeBase + "Response");
    return new Operation(
        operationId == null ? javaName : operationId,
        javaName,
        site.method().toUpperCase(Locale.ROOT),
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
    Map<String, NameMappings.Pin> pins = new HashMap<>();
    String operationId = SchemaDocs.text(operation, "operationId");
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
        Parameter parameter = parameter(list.get(i), parameterPointer, byKey);
        if (parameter != null) {
          byKey.put(ParameterNames.key(parameter), parameter);
          String declaredAt = refs.resolve(list.get(i), parameterPointer, "parameters").pointer();
          NameMappings.Pin pin =
              mappings.parameter(parameterPointer, declaredAt, operationId, parameter.wireName());
          if (pin != null) {
            pins.put(ParameterNames.key(parameter), pin);
          }
          if (parameter.location() == Parameter.Location.PATH) {
            pathParameterPointers.put(parameter.wireName(), parameterPointer);
          }
        }
      }
    }
    return ParameterNames.assign(List.copyOf(byKey.values()), pins, diagnostics);
  }

  private Parameter parameter(JsonNode node, String pointer, Map<String, Parameter> existing) {
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
    // Provisional: ParameterNames chooses the final names once all parameters are known.
    String javaName = previous != null ? previous.javaName() : JavaNames.lowerCamel(javaBase);
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
    Constraints constraints = schema == null ? Constraints.NONE : SchemaDocs.constraints(schema);
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
