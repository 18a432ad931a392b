package dev.typewire.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The request headers that carry credentials: {@code Authorization} and the description's api key
 * headers (and cookies, when a key travels in one). Recorded calls show them as {@code <redacted>}:
 * tests print recorded calls, and a real token may be configured in a test by mistake.
 */
final class CredentialHeaders {

  static final String REDACTED = "<redacted>";

  private final Set<String> names = new TreeSet<>();

  CredentialHeaders(ApiDescription description) {
    names.add("authorization");
    names.add("proxy-authorization");
    for (Map.Entry<String, JsonNode> entry :
        description.root().path("components").path("securitySchemes").properties()) {
      JsonNode scheme = description.resolve(entry.getValue());
      if ("apiKey".equals(scheme.path("type").asText())) {
        switch (scheme.path("in").asText()) {
          case "header" -> names.add(scheme.path("name").asText().toLowerCase(Locale.ROOT));
          case "cookie" -> names.add("cookie");
          default -> {}
        }
      }
    }
  }

  /** The headers, by lower-case name, with credentials replaced. */
  Map<String, List<String>> redacted(Map<String, List<String>> headers) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    headers.forEach(
        (name, values) ->
            copy.put(name, names.contains(name) ? List.of(REDACTED) : List.copyOf(values)));
    return Map.copyOf(copy);
  }
}
