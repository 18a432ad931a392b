package dev.typewire.processor.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewire.processor.diag.Diagnostics;
import dev.typewire.processor.model.ApiModel;
import dev.typewire.processor.model.Operation;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a parsed OpenAPI 3.0 or 3.1 document into an {@link ApiModel}, reporting every problem it
 * meets to {@link Diagnostics} rather than stopping at the first.
 */
public final class ModelReader {

  private ModelReader() {}

  /**
   * Reads the document into a model, recording every problem on the way.
   *
   * @param clientName the client class name the user asked for, or empty to derive it from {@code
   *     info.title}
   * @return the model, or null when the document is not OpenAPI 3.x at all
   */
  public static ApiModel read(SchemaDocument document, String clientName, Diagnostics diagnostics) {
    return read(document, clientName, Map.of(), diagnostics);
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
    String client =
        clientName.isEmpty() ? JavaNames.upperCamel(stripApiSuffix(title)) + "Client" : clientName;

    RefResolver refs = new RefResolver(root, unfollowed, diagnostics);
    Set<String> reserved = new HashSet<>();
    reserved.add(client);
    SchemaTranslator schemas = new SchemaTranslator(refs, diagnostics, reserved);
    JsonNode components = root.path("components");
    JsonNode componentSchemas = components.get("schemas");
    if (componentSchemas != null && !componentSchemas.isObject()) {
      // Every $ref to a component schema would be unresolved: nothing the API names is left.
      diagnostics.error(
          "TW-COMPONENTS",
          "#/components/schemas",
          "components.schemas must be an object mapping names to schemas, found "
              + componentSchemas.getNodeType());
    } else {
      schemas.declareComponents(componentSchemas);
    }
    OperationReader operations = new OperationReader(refs, schemas, diagnostics);
    List<Operation> read = operations.read(root.get("paths"));
    return new ApiModel(
        document.path(),
        client,
        title,
        info.path("version").asText(""),
        SchemaDocs.docs(info),
        firstServer(root, diagnostics),
        SchemaDocs.text(root, "x-typewire-trace-header"),
        schemas.declarations(),
        read,
        operations.sharedHeaders());
  }

  private static String stripApiSuffix(String title) {
    return title.replaceAll("(?i)[\\s_-]*(rest\\s*)?api$", "");
  }

  private static String firstServer(JsonNode root, Diagnostics diagnostics) {
    diagnostics.workingAt("#/servers");
    JsonNode servers = root.get("servers");
    if (servers != null && servers.isArray() && !servers.isEmpty()) {
      JsonNode variables = servers.get(0).get("variables");
      if (variables != null && !variables.isEmpty()) {
        diagnostics.warning(
            "TW-SERVER-VARIABLES",
            "#/servers/0/variables",
            "server variables are not substituted; the default base URL keeps the '{...}'"
                + " placeholders, so pass the base URL to the client builder");
      }
      String url = servers.get(0).path("url").asText(null);
      if (url != null && url.endsWith("/")) {
        return url.substring(0, url.length() - 1);
      }
      return url;
    }
    return null;
  }
}
