package dev.typewire.processor.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewire.processor.diag.Diagnostics;
import dev.typewire.processor.diag.JsonPointer;
import dev.typewire.processor.model.DocumentServer;
import dev.typewire.processor.model.ServerVariable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document's servers: the default base URL (the first server, its variables at their defaults)
 * and the template whose variables the client builder sets. A server the client cannot use as is
 * (relative to where the description is served, or a variable without a default) gives no default,
 * with a warning, so the generated builder never fails before the user has set a base URL of their
 * own.
 */
final class ServerReader {

  private static final Pattern VARIABLE = Pattern.compile("\\{([^}]*)}");

  private ServerReader() {}

  /** The default base URL without a trailing slash, or null. */
  static String defaultBaseUrl(JsonNode root, Diagnostics diagnostics) {
    diagnostics.workingAt("#/servers");
    JsonNode servers = root.get("servers");
    if (servers == null || !servers.isArray() || servers.isEmpty()) {
      return null;
    }
    JsonNode server = servers.get(0);
    String template = server.path("url").asText(null);
    if (template == null) {
      return null;
    }
    String url =
        substitute(
            template,
            server.path("variables"),
            "#/servers/0/variables",
            "; the client has no default base URL, so set the variable on the builder or pass a"
                + " base URL to baseUrl(...)",
            diagnostics);
    if (url == null) {
      return null;
    }
    if (!isAbsoluteHttp(url)) {
      diagnostics.warning(
          "TW-SERVER-URL",
          "#/servers/0/url",
          "the server URL '"
              + url
              + "' is not an absolute http(s) URL (a relative one is relative to where the"
              + " description is served); the client has no default base URL, so pass one to"
              + " the builder's baseUrl(...)");
      return null;
    }
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /**
   * The first server's URL of a document, path item or operation as written (variables not
   * substituted), without a trailing slash, or null.
   */
  static String firstUrl(JsonNode owner) {
    String url = owner.path("servers").path(0).path("url").asText(null);
    return url != null && url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /**
   * The template with every variable at its default, or null after a warning.
   *
   * @param pointer where the variables are
   * @param consequence what a missing default means, for the warning: "; ..."
   */
  static String substitute(
      String template,
      JsonNode variables,
      String pointer,
      String consequence,
      Diagnostics diagnostics) {
    Matcher matcher = VARIABLE.matcher(template);
    StringBuilder url = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      JsonNode value = variables.path(name).get("default");
      if (value == null || !value.isValueNode()) {
        diagnostics.warning(
            "TW-SERVER-VARIABLES",
            JsonPointer.child(pointer, name),
            "server variable '" + name + "' has no default" + consequence);
        return null;
      }
      matcher.appendReplacement(url, Matcher.quoteReplacement(value.asText()));
    }
    matcher.appendTail(url);
    return url.toString();
  }

  /**
   * The document's first server when its template gives an absolute URL whatever the variables
   * (relative ones are left to {@link #defaultBaseUrl}'s warning), or null.
   */
  static DocumentServer documentServer(JsonNode root) {
    JsonNode server = root.path("servers").path(0);
    String template = server.path("url").asText(null);
    if (template == null || !server.path("url").isTextual()) {
      return null;
    }
    Matcher matcher = VARIABLE.matcher(template);
    Map<String, ServerVariable> variables = new LinkedHashMap<>();
    while (matcher.find()) {
      String name = matcher.group(1);
      if (!variables.containsKey(name)) {
        variables.put(name, variable(name, server.path("variables").path(name)));
      }
    }
    // Any variable stands in for a value here: only the template's own shape decides.
    String shape = matcher.replaceAll("x");
    try {
      URI uri = new URI(shape);
      if (uri.getScheme() == null || uri.getRawAuthority() == null) {
        return null;
      }
    } catch (URISyntaxException e) {
      return null;
    }
    return new DocumentServer(template, List.copyOf(variables.values()), alternatives(root));
  }

  private static ServerVariable variable(String name, JsonNode node) {
    JsonNode defaultValue = node.get("default");
    List<String> allowed = new ArrayList<>();
    for (JsonNode value : node.path("enum")) {
      if (value.isValueNode()) {
        allowed.add(value.asText());
      }
    }
    return new ServerVariable(
        name,
        defaultValue != null && defaultValue.isValueNode() ? defaultValue.asText() : null,
        List.copyOf(allowed),
        SchemaDocs.docs(node));
  }

  /** The URLs of every server of {@code owner} but the first, as written. */
  static List<String> alternatives(JsonNode owner) {
    List<String> urls = new ArrayList<>();
    JsonNode servers = owner.path("servers");
    for (int i = 1; i < servers.size(); i++) {
      String url = servers.path(i).path("url").asText(null);
      if (url != null) {
        urls.add(url);
      }
    }
    return List.copyOf(urls);
  }

  static boolean isAbsoluteHttp(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https"))
          && uri.getHost() != null
          && uri.getRawQuery() == null
          && uri.getRawFragment() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
