package dev.typewire.processor.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewire.processor.diag.Diagnostics;
import dev.typewire.processor.diag.JsonPointer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The default base URL: the first server, with its variables at their defaults. A server the client
 * cannot use as is (relative to where the description is served, or a variable without a default)
 * gives no default, with a warning, so the generated builder never fails before the user has set a
 * base URL of their own.
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
    String url = substitute(template, server.path("variables"), diagnostics);
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

  /** The template with every variable at its default, or null after a warning. */
  private static String substitute(String template, JsonNode variables, Diagnostics diagnostics) {
    Matcher matcher = VARIABLE.matcher(template);
    StringBuilder url = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      JsonNode value = variables.path(name).get("default");
      if (value == null || !value.isValueNode()) {
        diagnostics.warning(
            "TW-SERVER-VARIABLES",
            JsonPointer.child("#/servers/0/variables", name),
            "server variable '"
                + name
                + "' has no default; the client has no default base URL, so pass one to the"
                + " builder's baseUrl(...)");
        return null;
      }
      matcher.appendReplacement(url, Matcher.quoteReplacement(value.asText()));
    }
    matcher.appendTail(url);
    return url.toString();
  }

  private static boolean isAbsoluteHttp(String url) {
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
