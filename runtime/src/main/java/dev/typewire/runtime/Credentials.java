package dev.typewire.runtime;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The credentials one request carries: the first of its accepted alternatives whose credentials are
 * all configured, read from their suppliers once per request. Requests that declare no security
 * carry the client's plain {@link ClientOptions.Builder#bearerToken bearer token}, as before
 * schemes were known.
 */
final class Credentials {

  private static final String URI_MASK = "%5Bredacted%5D";

  // Selected on every call, nearly always one header: each part stays the shared empty collection
  // until something is added to it.
  private Map<String, String> headers = Map.of();
  private List<Map.Entry<String, String>> query = List.of();
  private List<String> cookies = List.of();
  private List<String> secrets = List.of();

  private Credentials() {}

  /**
   * Picks the credentials of {@code request}.
   *
   * @throws IllegalStateException if the request needs credentials and no accepted alternative is
   *     fully configured
   */
  static Credentials select(ApiRequest request, ClientOptions options) {
    Credentials credentials = new Credentials();
    if (request.security().isEmpty()) {
      if (options.bearerToken() != null) {
        credentials.putHeader("Authorization", "Bearer " + options.bearerToken());
      }
      return credentials;
    }
    List<List<SecurityScheme>> alternatives = request.security().get();
    boolean optional = alternatives.isEmpty();
    for (List<SecurityScheme> alternative : alternatives) {
      if (alternative.isEmpty()) {
        // An empty requirement makes credentials optional; a later one is still sent if configured.
        optional = true;
        continue;
      }
      if (alternative.size() == 1) {
        // The usual requirement, one scheme: no list of values.
        String value = value(alternative.get(0), options);
        if (value != null) {
          credentials.add(alternative.get(0), value);
          return credentials;
        }
        continue;
      }
      List<String> values = values(alternative, options);
      if (values != null) {
        for (int i = 0; i < alternative.size(); i++) {
          credentials.add(alternative.get(i), values.get(i));
        }
        return credentials;
      }
    }
    if (optional) {
      return credentials;
    }
    throw new IllegalStateException(
        request.method()
            + " "
            + request.pathTemplate()
            + " needs credentials for "
            + describe(alternatives)
            + ", and none of these is configured on the client");
  }

  /** Each scheme's current value, or null when one is not configured or its supplier has none. */
  private static List<String> values(List<SecurityScheme> alternative, ClientOptions options) {
    List<String> values = new ArrayList<>();
    for (SecurityScheme scheme : alternative) {
      String value = value(scheme, options);
      if (value == null) {
        return null;
      }
      values.add(value);
    }
    return values;
  }

  /** The scheme's current value, or null when it is not configured or its supplier has none. */
  private static String value(SecurityScheme scheme, ClientOptions options) {
    Supplier<String> supplier = options.credential(scheme.id());
    String value = supplier == null ? null : supplier.get();
    return value == null || value.isEmpty() ? null : value;
  }

  private static String describe(List<List<SecurityScheme>> alternatives) {
    return alternatives.stream()
        .map(
            alternative ->
                alternative.stream()
                    .map(SecurityScheme::id)
                    .collect(Collectors.joining(" and ", "[", "]")))
        .collect(Collectors.joining(" or "));
  }

  private void add(SecurityScheme scheme, String value) {
    addSecret(value);
    switch (scheme.kind()) {
      case API_KEY_HEADER -> putHeader(scheme.name(), checked(scheme, value));
      case API_KEY_QUERY -> {
        if (query.isEmpty()) {
          query = new ArrayList<>();
        }
        query.add(Map.entry(scheme.name(), value));
        addSecret(PercentEncoding.queryComponent(value));
      }
      case API_KEY_COOKIE -> {
        if (cookies.isEmpty()) {
          cookies = new ArrayList<>();
        }
        cookies.add(scheme.name() + "=" + checked(scheme, value));
      }
      case BASIC -> {
        String encoded = Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
        addSecret(encoded);
        int colon = value.indexOf(':');
        if (colon >= 0) {
          addSecret(value.substring(colon + 1));
        }
        putHeader("Authorization", "Basic " + encoded);
      }
      case BEARER -> putHeader("Authorization", "Bearer " + checked(scheme, value));
      case HTTP -> putHeader("Authorization", scheme.name() + " " + checked(scheme, value));
    }
  }

  private void putHeader(String name, String value) {
    if (headers.isEmpty()) {
      headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    }
    headers.put(name, value);
  }

  private void addSecret(String secret) {
    if (secrets.isEmpty()) {
      secrets = new ArrayList<>(2);
    }
    secrets.add(secret);
  }

  /** Refuses CR and LF without echoing the value, which is a secret. */
  private static String checked(SecurityScheme scheme, String value) {
    if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
      throw new IllegalArgumentException(
          "the credential of security scheme " + scheme.id() + " contains CR or LF");
    }
    return value;
  }

  boolean isEmpty() {
    return headers.isEmpty() && query.isEmpty() && cookies.isEmpty();
  }

  /**
   * Sets the credential headers; a cookie joins a {@code Cookie} header among them (an API key
   * header of that name), whose spelling the builder keeps.
   */
  void setHeaders(HttpRequest.Builder target) {
    if (!headers.isEmpty()) {
      headers.forEach(target::setHeader);
    }
    if (!cookies.isEmpty()) {
      StringJoiner cookie = new StringJoiner("; ");
      String existing = headers.get("Cookie");
      if (existing != null && !existing.isEmpty()) {
        cookie.add(existing);
      }
      cookies.forEach(cookie::add);
      target.setHeader("Cookie", cookie.toString());
    }
  }

  /** Whether {@link #setHeaders} sets a header named {@code name} (in any case). */
  boolean setsHeader(String name) {
    return headers.containsKey(name) || (!cookies.isEmpty() && name.equalsIgnoreCase("Cookie"));
  }

  /**
   * Appends the query credentials to {@code uri}.
   *
   * @param masked whether to write a mask instead of each value, for the URI shown to listeners
   */
  URI withQuery(URI uri, boolean masked) {
    if (query.isEmpty()) {
      return uri;
    }
    StringBuilder text = new StringBuilder(uri.toString());
    char separator = uri.getRawQuery() == null ? '?' : '&';
    for (Map.Entry<String, String> parameter : query) {
      text.append(separator)
          .append(PercentEncoding.queryComponent(parameter.getKey()))
          .append('=')
          .append(masked ? URI_MASK : PercentEncoding.queryComponent(parameter.getValue()));
      separator = '&';
    }
    return URI.create(text.toString());
  }

  /** The values that must not appear in anything the runtime reports, in every encoding sent. */
  List<String> secrets() {
    return Collections.unmodifiableList(secrets);
  }
}
