package dev.typewire.processor.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewire.processor.diag.Diagnostics;
import dev.typewire.processor.diag.JsonPointer;
import dev.typewire.processor.model.OperationServer;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * The server of one operation: its own {@code servers}, else its path's, as OpenAPI orders them.
 * The first is used with its variables at their defaults; one that cannot be used is named in a
 * warning and the calls go to the client's base URL.
 */
final class OperationServers {

  private final String documentServerUrl;
  private final Diagnostics diagnostics;

  /**
   * @param documentServerUrl the document's first server URL ({@link ServerReader#firstUrl})
   */
  OperationServers(String documentServerUrl, Diagnostics diagnostics) {
    this.documentServerUrl = documentServerUrl;
    this.diagnostics = diagnostics;
  }

  /** The operation's server, or null when its calls go to the client's base URL. */
  OperationServer of(
      JsonNode pathItem, String pathPointer, JsonNode operation, String operationPointer) {
    if (hasServers(operation)) {
      return read(operation, JsonPointer.child(operationPointer, "servers"));
    }
    if (hasServers(pathItem)) {
      return read(pathItem, JsonPointer.child(pathPointer, "servers"));
    }
    return null;
  }

  private static boolean hasServers(JsonNode owner) {
    return owner.path("servers").isArray() && !owner.path("servers").isEmpty();
  }

  private OperationServer read(JsonNode owner, String pointer) {
    String template = ServerReader.firstUrl(owner);
    // A path that repeats the document's server (Twilio does on every path) changes nothing, and
    // the client's base URL, variables included, keeps applying to it.
    if (template != null && template.equals(documentServerUrl)) {
      return null;
    }
    String ignored = "; calls go to the client's base URL";
    if (template == null) {
      diagnostics.warning(
          "TW-SERVERS-IGNORED", JsonPointer.child(pointer, "0"), "the server has no url" + ignored);
      return null;
    }
    String url =
        ServerReader.substitute(
            template,
            owner.path("servers").path(0).path("variables"),
            pointer + "/0/variables",
            ignored,
            diagnostics);
    if (url == null) {
      return null;
    }
    if (!isUsable(url)) {
      diagnostics.warning(
          "TW-SERVERS-IGNORED",
          pointer + "/0/url",
          "the server URL '" + url + "' is neither an absolute http(s) URL nor a path" + ignored);
      return null;
    }
    return new OperationServer(
        url.endsWith("/") ? url.substring(0, url.length() - 1) : url,
        ServerReader.alternatives(owner));
  }

  /** Absolute http(s), or relative without scheme, host, query or fragment. */
  private static boolean isUsable(String url) {
    if (ServerReader.isAbsoluteHttp(url)) {
      return true;
    }
    try {
      URI uri = new URI(url);
      return uri.getScheme() == null
          && uri.getRawAuthority() == null
          && uri.getRawQuery() == null
          && uri.getRawFragment() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
