package dev.typewire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewire.runtime.ClientOptions;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The credential for each security scheme the description declares: {@code --credential
 * NAME=VALUE}, else a placeholder. Bearer-like schemes go through the generated builder's {@code
 * bearerToken}; header api keys and basic credentials, which the generated builder has no method
 * for, as default headers of the runtime's options. Values are never printed.
 */
final class Credentials {

  static final String PLACEHOLDER = "typewire-check-placeholder";

  private final Map<String, String> given;

  Credentials(Map<String, String> given) {
    this.given = Map.copyOf(given);
  }

  /** Sets the credentials on a generated client builder; returns the options customizer to add. */
  Consumer<ClientOptions.Builder> apply(Description description, Object builder)
      throws ReflectiveOperationException {
    Consumer<ClientOptions.Builder> headers = options -> {};
    Iterator<Map.Entry<String, JsonNode>> schemes =
        description.root().path("components").path("securitySchemes").fields();
    while (schemes.hasNext()) {
      Map.Entry<String, JsonNode> entry = schemes.next();
      JsonNode scheme = description.resolve(entry.getValue());
      String value = given.getOrDefault(entry.getKey(), PLACEHOLDER);
      String type = scheme.path("type").asText();
      if ("apiKey".equals(type) && "header".equals(scheme.path("in").asText())) {
        String name = scheme.path("name").asText();
        headers = headers.andThen(options -> options.defaultHeader(name, value));
      } else if ("http".equals(type) && "basic".equalsIgnoreCase(scheme.path("scheme").asText())) {
        String encoded =
            Base64.getEncoder()
                .encodeToString(
                    (value.contains(":") ? value : value + ":" + value)
                        .getBytes(StandardCharsets.UTF_8));
        headers =
            headers.andThen(options -> options.defaultHeader("Authorization", "Basic " + encoded));
      } else if ("http".equals(type) || "oauth2".equals(type) || "openIdConnect".equals(type)) {
        Method bearer = builder.getClass().getMethod("bearerToken", String.class);
        bearer.invoke(builder, value);
      }
    }
    return headers;
  }
}
