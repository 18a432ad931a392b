package dev.typewire.processor.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewire.processor.diag.Diagnostics;
import dev.typewire.processor.model.ApiModel;
import dev.typewire.processor.model.Operation;
import dev.typewire.processor.model.Webhooks;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a parsed OpenAPI 3.0 or 3.1 document into an {@link ApiModel}, reporting every problem it
 * meets to {@link Diagnostics} rather than stopping at the first.
 */
public final class ModelReader {

  private ModelReader() {}

  /**
   * Reads the document with no names pinned; see {@link #read(SchemaDocument, String, NameMappings,
   * Diagnostics)}.
   */
  public static ApiModel read(SchemaDocument document, String clientName, Diagnostics diagnostics) {
    return read(document, clientName, NameMappings.none(), diagnostics);
  }

  /**
   * Reads the document into a model, recording every problem on the way.
   *
   * @param clientName the client class name the user asked for, or empty to derive it from {@code
   *     info.title}
   * @param mappings the names the user pinned
   * @return the model, or null when the document is not OpenAPI 3.x at all
   */
  public static ApiModel read(
      SchemaDocument document, String clientName, NameMappings mappings, Diagnostics diagnostics) {
    return read(document, clientName, mappings, Map.of(), diagnostics);
  }

  /**
   * Reads a document whose relative-file refs were bundled, reporting those that could not be
   * followed where they are used.
   *
   * @param unfollowed what {@link ExternalRefs#bundle} returned
   */
  public static ApiModel read(
      SchemaDocument document,
      String clientName,
      NameMappings mappings,
      Map<String, ExternalRefs.Failure> unfollowed,
      Diagnostics diagnostics) {
    JsonNode root = document.root();
    if (!root.isObject()) {
      diagnostics.error("TW-NOT-OPENAPI", "#", "the document must be a JSON or YAML object");
      return null;
    }
    if (root.has("swagger")) {
      diagnostics.error(
          "TW-SWAGGER2",
          "#/swagger",
          "this is a Swagger 2.0 document; Typewire reads OpenAPI 3.0 and 3.1. Convert it first"
              + " (for example with swagger2openapi)");
      return null;
    }
    String version = root.path("openapi").asText("");
    if (!version.startsWith("3.0") && !version.startsWith("3.1")) {
      diagnostics.error(
          "TW-NOT-OPENAPI",
          root.has("openapi") ? "#/openapi" : "#",
          "expected an OpenAPI 3.0 or 3.1 document ('openapi: 3.x'), found "
              + (root.has("openapi") ? "'" + version + "'" : "no 'openapi' field"));
      return null;
    }
    JsonNode info = root.path("info");
    String title = info.path("title").asText("Api");
    RefResolver refs = new RefResolver(root, unfollowed, diagnostics);
    ClassNames classNames = new ClassNames(diagnostics);
    if (!clientName.isEmpty()) {
      classNames.pin(clientName, "the client class", null, "clientName \"" + clientName + "\"");
    }
    SchemaTranslator schemas = new SchemaTranslator(refs, diagnostics, classNames, mappings);
    JsonNode components = root.path("components");
    JsonNode componentSchemas = components.get("schemas");
    if (componentSchemas != null && !componentSchemas.isObject()) {
      // Every $ref to a component schema would be unresolved: nothing the API names is left.
      diagnostics.error(
          "TW-COMPONENTS",
          "#/components/schemas",
          "components.schemas must be an object mapping names to schemas, found "
              + componentSchemas.getNodeType());
      componentSchemas = null;
    }
    schemas.nameComponents(componentSchemas);
    String client = clientName;
    if (client.isEmpty()) {
      String base = JavaNames.upperCamel(stripApiSuffix(title));
      client =
          classNames.claim(
              base + "Client",
              List.of(base + "ApiClient"),
              title,
              "the client class (named after info.title)",
              "#/info/title");
    }
    schemas.declareComponents(componentSchemas);
    SecurityReader security = new SecurityReader(root, diagnostics);
    OperationReader operations =
        new OperationReader(
            refs,
            schemas,
            diagnostics,
            mappings,
            ServerReader.firstUrl(root),
            security,
            new IdempotencyReader(root, diagnostics));
    List<Operation> read = operations.read(root.get("paths"));
    Map<String, String> paramsClasses = paramsClasses(read, classNames);
    Map<String, String> apiClasses = apiClasses(read, classNames);
    Webhooks webhooks =
        new WebhookReader(refs, schemas, classNames, diagnostics).read(root, client);
    OpenVariants.keepUndeclared(schemas, root);
    UngeneratedConstructs.report(root, refs, diagnostics);
    mappings.reportUnused(diagnostics);
    return new ApiModel(
        document.path(),
        client,
        title,
        info.path("version").asText(""),
        SchemaDocs.docs(info),
        ServerReader.defaultBaseUrl(root, diagnostics),
        ServerReader.documentServer(root),
        SchemaDocs.text(root, "x-typewire-trace-header"),
        ReachableTypes.of(schemas.declarations(), read, operations.sharedHeaders(), webhooks),
        read,
        operations.sharedHeaders(),
        apiClasses,
        paramsClasses,
        security.schemes(),
        webhooks);
  }

  /**
   * Names the params record of every operation that has one; after every schema's class, which
   * keeps its name when the two clash.
   */
  private static Map<String, String> paramsClasses(List<Operation> operations, ClassNames names) {
    Map<String, String> classes = new HashMap<>();
    for (Operation operation : operations) {
      if (GeneratedNames.hasParams(operation)) {
        String wanted = GeneratedNames.paramsClass(operation);
        String fallback = wanted.substring(0, wanted.length() - "Params".length()) + "Parameters";
        classes.put(
            operation.javaName(),
            names.claim(
                wanted,
                List.of(fallback),
                operation.javaName(),
                "the params class of the operation at " + operation.pointer(),
                operation.pointer()));
      }
    }
    return Map.copyOf(classes);
  }

  /**
   * Names the API class of every tag; alphabetically, so of two tags that differ only in case the
   * first keeps the plain name.
   */
  private static Map<String, String> apiClasses(List<Operation> operations, ClassNames names) {
    // Each tag's first operation, for the pointer in a warning.
    Map<String, String> classes = new TreeMap<>();
    operations.forEach(operation -> classes.putIfAbsent(operation.group(), operation.pointer()));
    classes.replaceAll(
        (group, pointer) ->
            names.claim(
                GeneratedNames.apiClass(group),
                List.of(JavaNames.upperCamel(group) + "Operations"),
                group,
                "the API class of tag '" + group + "'",
                pointer));
    return Map.copyOf(classes);
  }

  private static String stripApiSuffix(String title) {
    return title.replaceAll("(?i)[\\s_-]*(rest\\s*)?api$", "");
  }
}
