package dev.typewire.processor.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewire.processor.diag.Diagnostics;
import dev.typewire.processor.diag.JsonPointer;
import dev.typewire.processor.model.SecurityScheme;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads {@code components.securitySchemes} and the {@code security} requirements of the document
 * and its operations. A scheme the client cannot send (mutual TLS, an unknown type, a {@code $ref})
 * is named in a {@code TW-SECURITY} warning and left out of every requirement, so a requirement
 * that only needs it asks for no credentials: mutual TLS is the HTTP client's business.
 */
final class SecurityReader {

  private static final String SCHEMES = "#/components/securitySchemes";
  // RFC 9110 token: what may stand before the credentials in an Authorization header.
  private static final Pattern AUTH_SCHEME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

  private final Diagnostics diagnostics;
  private final Map<String, SecurityScheme> usable = new LinkedHashMap<>();
  private final List<String> declared = new ArrayList<>();
  private final List<List<String>> global;

  SecurityReader(JsonNode root, Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
    JsonNode schemes = root.path("components").path("securitySchemes");
    for (Map.Entry<String, JsonNode> field : schemes.properties()) {
      declared.add(field.getKey());
      SecurityScheme scheme = scheme(field.getKey(), field.getValue());
      if (scheme != null) {
        usable.put(scheme.id(), scheme);
      }
    }
    this.global = requirements(root.get("security"), "#/security");
  }

  /** The schemes the client takes credentials for, in the order the description lists them. */
  List<SecurityScheme> schemes() {
    return List.copyOf(usable.values());
  }

  /** The operation's own requirements, else the document's; null when neither declares any. */
  List<List<String>> operationRequirements(JsonNode operation, String pointer) {
    JsonNode own = operation.get("security");
    return own == null ? global : requirements(own, JsonPointer.child(pointer, "security"));
  }

  private List<List<String>> requirements(JsonNode security, String pointer) {
    if (security == null) {
      return null;
    }
    if (!security.isArray()) {
      warn(pointer, "security must be an array of requirements; no credentials are sent");
      return List.of();
    }
    List<List<String>> alternatives = new ArrayList<>();
    for (int i = 0; i < security.size(); i++) {
      String at = JsonPointer.child(pointer, i);
      List<String> schemes = new ArrayList<>();
      if (!security.get(i).isObject()) {
        warn(at, "a security requirement must be an object; it is read as no requirement");
      }
      Iterator<String> names = security.get(i).fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        if (usable.containsKey(name)) {
          String sharing = sharesAuthorization(schemes, usable.get(name));
          if (sharing == null) {
            schemes.add(name);
          } else {
            warn(
                JsonPointer.child(at, name),
                "schemes '"
                    + sharing
                    + "' and '"
                    + name
                    + "' both send the Authorization header, which a request carries once; only '"
                    + sharing
                    + "' is sent");
          }
        } else if (!declared.contains(name)) {
          warn(
              JsonPointer.child(at, name),
              "the requirement names security scheme '"
                  + name
                  + "', which components.securitySchemes does not declare; it is left out of"
                  + " the requirement");
        }
      }
      alternatives.add(List.copyOf(schemes));
    }
    return List.copyOf(alternatives);
  }

  /** The scheme already in {@code schemes} that, like {@code added}, fills Authorization. */
  private String sharesAuthorization(List<String> schemes, SecurityScheme added) {
    if (!usesAuthorization(added)) {
      return null;
    }
    return schemes.stream()
        .filter(id -> usesAuthorization(usable.get(id)))
        .findFirst()
        .orElse(null);
  }

  private static boolean usesAuthorization(SecurityScheme scheme) {
    return switch (scheme.kind()) {
      case BASIC, BEARER, HTTP -> true;
      case API_KEY_HEADER -> scheme.name().equalsIgnoreCase("Authorization");
      case API_KEY_QUERY, API_KEY_COOKIE -> false;
    };
  }

  private SecurityScheme scheme(String id, JsonNode node) {
    String pointer = JsonPointer.child(SCHEMES, id);
    if (node.has("$ref")) {
      warn(pointer, "security scheme '" + id + "' is a $ref, which is not followed; " + IGNORED);
      return null;
    }
    String type = node.path("type").asText("");
    String in = node.path("in").asText("");
    String name = node.path("name").asText("");
    return switch (type) {
      case "apiKey" -> apiKey(id, node, pointer, in, name);
      case "http" -> http(id, node, pointer);
      case "oauth2", "openIdConnect" ->
          new SecurityScheme(
              id, SecurityScheme.Kind.BEARER, "", true, SchemaDocs.docs(node), pointer);
      case "mutualTLS" -> {
        warn(
            pointer,
            "security scheme '"
                + id
                + "' is mutual TLS: configure the client certificate on the HttpClient passed to"
                + " the builder's httpClient(...); requirements naming it ask for nothing else");
        yield null;
      }
      default -> {
        warn(pointer, "security scheme '" + id + "' has unknown type '" + type + "'; " + IGNORED);
        yield null;
      }
    };
  }

  private static final String IGNORED = "the client takes no credential for it";

  private SecurityScheme apiKey(String id, JsonNode node, String pointer, String in, String name) {
    SecurityScheme.Kind kind =
        switch (in) {
          case "header" -> SecurityScheme.Kind.API_KEY_HEADER;
          case "query" -> SecurityScheme.Kind.API_KEY_QUERY;
          case "cookie" -> SecurityScheme.Kind.API_KEY_COOKIE;
          default -> null;
        };
    boolean legalName =
        kind != SecurityScheme.Kind.API_KEY_HEADER || AUTH_SCHEME.matcher(name).matches();
    if (kind == null || name.isEmpty() || !legalName) {
      warn(
          pointer,
          "API key scheme '"
              + id
              + "' needs 'in' (header, query or cookie) and a legal 'name'; "
              + IGNORED);
      return null;
    }
    return new SecurityScheme(id, kind, name, false, SchemaDocs.docs(node), pointer);
  }

  private SecurityScheme http(String id, JsonNode node, String pointer) {
    String scheme = node.path("scheme").asText("");
    SecurityScheme.Kind kind =
        switch (scheme.toLowerCase(Locale.ROOT)) {
          case "basic" -> SecurityScheme.Kind.BASIC;
          case "bearer" -> SecurityScheme.Kind.BEARER;
          default -> SecurityScheme.Kind.HTTP;
        };
    if (kind == SecurityScheme.Kind.HTTP && !AUTH_SCHEME.matcher(scheme).matches()) {
      warn(pointer, "HTTP security scheme '" + id + "' has no usable 'scheme'; " + IGNORED);
      return null;
    }
    String name = kind == SecurityScheme.Kind.HTTP ? scheme : "";
    return new SecurityScheme(id, kind, name, false, SchemaDocs.docs(node), pointer);
  }

  private void warn(String pointer, String message) {
    diagnostics.warning("TW-SECURITY", pointer, message);
  }
}
