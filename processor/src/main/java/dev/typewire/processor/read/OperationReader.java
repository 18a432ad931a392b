package dev.typewire.processor.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewire.processor.diag.Diagnostics;
import dev.typewire.processor.diag.JsonPointer;
import dev.typewire.processor.model.Operation;
import dev.typewire.processor.model.Parameter;
import java.util.ArrayList;
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
  private final NameMappings mappings;
  private final OperationServers servers;
  private final PaginationReader pagination;
  private final IdempotencyReader idempotency;
  private final ParameterReader parameterReader;
  private final SecurityReader security;
  private final Map<String, Parameter> sharedHeaders = new LinkedHashMap<>();

  /**
   * An operation found under {@code paths}, with the path item it belongs to.
   *
   * @param skipped the warning's words for skipping it: "operation 'x' (GET /x) is skipped"
   */
  private record Found(
      OperationNames.Site site,
      JsonNode pathItem,
      String pathPointer,
      JsonNode node,
      String skipped) {}

  /**
   * @param documentServerUrl the document's first server URL as written ({@link
   *     ServerReader#firstUrl})
   */
  OperationReader(
      RefResolver refs,
      SchemaTranslator schemas,
      Diagnostics diagnostics,
      NameMappings mappings,
      String documentServerUrl,
      SecurityReader security,
      IdempotencyReader idempotency) {
    this.refs = refs;
    this.servers = new OperationServers(documentServerUrl, diagnostics);
    this.schemas = schemas;
    this.diagnostics = diagnostics;
    this.mappings = mappings;
    this.pagination = new PaginationReader(schemas, diagnostics);
    this.parameterReader = new ParameterReader(refs, schemas, diagnostics, mappings);
    this.security = security;
    this.idempotency = idempotency;
  }

  List<Operation> read(JsonNode paths) {
    List<Operation> operations = new ArrayList<>();
    if (paths == null) {
      return operations;
    }
    if (!paths.isObject()) {
      diagnostics.warning(
          "TW-PATHS",
          "#/paths",
          "paths must be an object, found "
              + paths.getNodeType()
              + "; it is ignored, so the client has no operations");
      return operations;
    }
    List<Found> found = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : paths.properties()) {
      String pathPointer = JsonPointer.child("#/paths", path.getKey());
      String pathSkipped = "path '" + path.getKey() + "' is skipped with all its operations";
      RefResolver.Resolved item =
          refs.resolve(path.getValue(), pathPointer, "pathItems", pathSkipped);
      if (item == null) {
        continue;
      }
      if (!item.node().isObject()) {
        diagnostics.warning(
            "TW-PATHS",
            item.pointer(),
            "a path item must be an object of operations, found "
                + item.node().getNodeType()
                + "; "
                + pathSkipped);
        continue;
      }
      warnUnknownFields(item);
      for (String method : METHODS) {
        JsonNode operation = item.node().get(method);
        String skipped = describe(method, path.getKey(), operation) + " is skipped";
        if (operation != null && !operation.isObject()) {
          diagnostics.warning(
              "TW-OPERATION",
              JsonPointer.child(item.pointer(), method),
              "an operation must be an object, found " + operation.getNodeType() + "; " + skipped);
        } else if (operation != null) {
          String pointer = JsonPointer.child(item.pointer(), method);
          OperationNames.Site site =
              new OperationNames.Site(
                  pointer, SchemaDocs.text(operation, "operationId"), method, path.getKey());
          found.add(new Found(site, item.node(), item.pointer(), operation, skipped));
        }
      }
    }
    // Named all together, so that which of two clashing operations keeps the plain name does not
    // depend on the order of paths.
    Map<OperationNames.Site, String> names =
        OperationNames.choose(found.stream().map(Found::site).toList(), mappings, diagnostics);
    for (Found operation : found) {
      Operation read = operation(operation, names.get(operation.site()));
      if (read != null) {
        operations.add(read);
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

  /** How warnings name an operation: "operation 'listChats' (GET /chats)". */
  private static String describe(String method, String path, JsonNode operation) {
    String operationId = operation == null ? null : SchemaDocs.text(operation, "operationId");
    String request = method.toUpperCase(Locale.ROOT) + " " + path;
    return operationId == null
        ? "operation " + request
        : "operation '" + operationId + "' (" + request + ")";
  }

  /**
   * Reads one operation, or returns null (after a warning that says so) when a part it cannot do
   * without is unusable: every request it sent would be wrong.
   */
  private Operation operation(Found found, String javaName) {
    OperationNames.Site site = found.site();
    String pointer = site.pointer();
    String path = site.path();
    String method = site.method();
    String skipped = found.skipped();
    JsonNode node = found.node();
    diagnostics.workingAt(pointer);
    String operationId = site.operationId();
    String typeBase = JavaNames.upperCamel(javaName);
    ParameterReader.Read read =
        parameterReader.read(found.pathItem(), found.pathPointer(), node, pointer, skipped);
    Set<String> unused = checkPathTemplate(path, pointer, read.pathParameterPointers(), skipped);
    if (!read.usable() || unused == null) {
      return null;
    }
    List<Parameter> parameters =
        read.parameters().stream()
            .filter(p -> p.location() != Parameter.Location.PATH || !unused.contains(p.wireName()))
            .toList();
    BodyReader bodies = new BodyReader(refs, schemas, diagnostics);
    BodyReader.Body requestBody = bodies.requestBody(node, pointer, typeBase + "Request", skipped);
    if (requestBody != null && requestBody.unknown()) {
      return null;
    }
    BodyReader.Responses responses = bodies.responses(node, pointer, typeBase + "Response");
    for (Parameter parameter : parameters) {
      // Only a generated operation's headers: a default for a header nothing sends would mislead.
      if (parameter.sharedName() != null && parameter.location() == Parameter.Location.HEADER) {
        sharedHeaders.putIfAbsent(parameter.sharedName(), parameter);
      }
    }
    return new Operation(
        operationId == null ? javaName : operationId,
        javaName,
        method.toUpperCase(Locale.ROOT),
        path,
        group(node),
        pointer,
        SchemaDocs.docs(node),
        servers.of(found.pathItem(), found.pathPointer(), node, pointer),
        parameters,
        requestBody == null ? null : requestBody.type(),
        requestBody != null && requestBody.required(),
        requestBody == null ? null : requestBody.encoding(),
        responses.success(),
        responses.successEncoding(),
        responses.error(),
        pagination.read(node, pointer, parameters, responses.success()),
        security.operationRequirements(node, pointer),
        requestBody == null ? null : requestBody.media(),
        idempotency.header(node, pointer, method.toUpperCase(Locale.ROOT)),
        responses.success() != null && EmptySuccess.declared(node, refs));
  }

  /**
   * Every {@code {name}} in the path needs an {@code in: path} parameter, and every path parameter
   * needs its {@code {name}}: otherwise the generated method builds a wrong URL. Without the
   * parameter the URL cannot be built, so the operation is skipped; a parameter the template does
   * not use is skipped, since the URL the template gives is the documented one.
   *
   * @param declared each path parameter's name and the pointer it was declared at
   * @return the names of the path parameters to skip, or null when the operation is skipped
   */
  private Set<String> checkPathTemplate(
      String path, String pointer, Map<String, String> declared, String skipped) {
    Set<String> inTemplate = new LinkedHashSet<>();
    Matcher matcher = TEMPLATE_VARIABLE.matcher(path);
    while (matcher.find()) {
      inTemplate.add(matcher.group(1));
    }
    boolean complete = true;
    for (String name : inTemplate) {
      if (!declared.containsKey(name)) {
        complete = false;
        diagnostics.warning(
            "TW-PATH-PARAMETER",
            pointer,
            "path template parameter '{"
                + name
                + "}' is not declared; expected a parameter with name: "
                + name
                + " and in: path. The URL cannot be built without it, so "
                + skipped);
      }
    }
    Set<String> unused = new LinkedHashSet<>();
    declared.forEach(
        (name, at) -> {
          if (!inTemplate.contains(name)) {
            unused.add(name);
            diagnostics.warning(
                "TW-PATH-PARAMETER",
                at,
                "path parameter '"
                    + name
                    + "' does not appear in the path '"
                    + path
                    + "'; it is skipped");
          }
        });
    return complete ? unused : null;
  }

  private static String group(JsonNode operation) {
    JsonNode tags = operation.get("tags");
    if (tags != null && tags.isArray() && !tags.isEmpty() && tags.get(0).isTextual()) {
      return tags.get(0).asText();
    }
    return "Default";
  }
}
