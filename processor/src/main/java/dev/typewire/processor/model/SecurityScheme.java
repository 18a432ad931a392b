package dev.typewire.processor.model;

/**
 * A security scheme the client can send credentials for.
 *
 * @param id the scheme's name under {@code components.securitySchemes}
 * @param kind how the credential travels
 * @param name the API key's header, query parameter or cookie name, or the HTTP authentication
 *     scheme of {@link Kind#HTTP}; empty otherwise
 * @param tokenSource whether a bearer token comes from OAuth 2 or OpenID Connect
 */
public record SecurityScheme(
    String id, Kind kind, String name, boolean tokenSource, Docs docs, String pointer) {

  /** How the credential travels; mirrors the runtime's {@code SecurityScheme.Kind}. */
  public enum Kind {
    API_KEY_HEADER,
    API_KEY_QUERY,
    API_KEY_COOKIE,
    BASIC,
    BEARER,
    HTTP
  }
}
