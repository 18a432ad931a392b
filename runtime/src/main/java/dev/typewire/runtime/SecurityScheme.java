package dev.typewire.runtime;

import java.util.Objects;

/**
 * One way an API accepts credentials, as its description declares it under {@code
 * components.securitySchemes}. The credential itself is configured on {@link ClientOptions} under
 * the same {@link #id()}; a request lists the schemes it accepts with {@link
 * ApiRequest.Builder#security}.
 *
 * @param id the scheme's name in the description, the key of its credential in {@link
 *     ClientOptions.Builder#credential(String, String)}
 * @param kind how the credential travels
 * @param name the header, query parameter or cookie name of an API key; the authentication scheme
 *     of {@link Kind#HTTP} (for example {@code Digest}); empty for the other kinds
 */
public record SecurityScheme(String id, Kind kind, String name) {

  /** How a credential travels. */
  public enum Kind {
    /** An API key in a request header named {@link SecurityScheme#name()}. */
    API_KEY_HEADER,
    /** An API key in a query parameter named {@link SecurityScheme#name()}. */
    API_KEY_QUERY,
    /** An API key in a cookie named {@link SecurityScheme#name()}. */
    API_KEY_COOKIE,
    /** {@code Authorization: Basic} with a credential of the form {@code user:password}. */
    BASIC,
    /** {@code Authorization: Bearer}; OAuth 2 and OpenID Connect tokens travel this way too. */
    BEARER,
    /** {@code Authorization: <name> <credential>} for any other HTTP authentication scheme. */
    HTTP
  }

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if a kind that needs a name has none
   */
  public SecurityScheme {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    name = name == null ? "" : name;
    boolean named = kind != Kind.BASIC && kind != Kind.BEARER;
    if (named && name.isEmpty()) {
      throw new IllegalArgumentException(
          "security scheme " + id + " of kind " + kind + " needs a name");
    }
    if (kind == Kind.API_KEY_HEADER) {
      HeaderValues.checkName(name);
    }
  }

  /**
   * An API key sent in a header.
   *
   * @param id the scheme's name
   * @param header the header name
   * @return the scheme
   */
  public static SecurityScheme apiKeyHeader(String id, String header) {
    return new SecurityScheme(id, Kind.API_KEY_HEADER, header);
  }

  /**
   * An API key sent as a query parameter.
   *
   * @param id the scheme's name
   * @param parameter the query parameter name
   * @return the scheme
   */
  public static SecurityScheme apiKeyQuery(String id, String parameter) {
    return new SecurityScheme(id, Kind.API_KEY_QUERY, parameter);
  }

  /**
   * An API key sent as a cookie.
   *
   * @param id the scheme's name
   * @param cookie the cookie name
   * @return the scheme
   */
  public static SecurityScheme apiKeyCookie(String id, String cookie) {
    return new SecurityScheme(id, Kind.API_KEY_COOKIE, cookie);
  }

  /**
   * HTTP basic authentication; the credential is {@code user:password}.
   *
   * @param id the scheme's name
   * @return the scheme
   */
  public static SecurityScheme basic(String id) {
    return new SecurityScheme(id, Kind.BASIC, "");
  }

  /**
   * A bearer token: HTTP bearer, OAuth 2 or OpenID Connect.
   *
   * @param id the scheme's name
   * @return the scheme
   */
  public static SecurityScheme bearer(String id) {
    return new SecurityScheme(id, Kind.BEARER, "");
  }

  /**
   * Another HTTP authentication scheme, sent as {@code Authorization: <authScheme> <credential>}.
   *
   * @param id the scheme's name
   * @param authScheme the scheme token, for example {@code Digest}
   * @return the scheme
   */
  public static SecurityScheme http(String id, String authScheme) {
    return new SecurityScheme(id, Kind.HTTP, authScheme);
  }
}
