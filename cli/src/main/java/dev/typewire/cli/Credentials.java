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
    JsonNode declared = description.root().path("components").path("securitySchemes");
    // One Authorization header serves both Bearer and Basic: the builder's bearerToken, which is
    // what the generated client offers, wins; Basic is sent only when nothing is bearer-like.
    boolean bearerLike = false;
    for (JsonNode each : declared) {
      bearerLike |= isBearerLike(description.resolve(each));
    }
    Consumer<ClientOptions.Builder> headers = options -> {};
    Iterator<Map.Entry<String, JsonNode>> schemes = declared.properties().iterator();
    while (schemes.hasNext()) {
      Map.Entry<String, JsonNode> entry = schemes.next();
      JsonNode scheme = description.resolve(entry.getValue());
      String value = given.getOrDefault(entry.getKey(), PLACEHOLDER);
      if ("apiKey".equals(scheme.path("type").asText())
          && "header".equals(scheme.path("in").asText())) {
        String name = scheme.path("name").asText();
        headers = headers.andThen(options -> options.defaultHeader(name, value));
      } else if (isBasic(scheme) && !bearerLike) {
        String encoded =
            Base64.getEncoder()
                .encodeToString(
                    (value.contains(":") ? value : value + ":" + value)
                        .getBytes(StandardCharsets.UTF_8));
        headers =
            headers.andThen(options -> options.defaultHeader("Authorization", "Basic " + encoded));
      } else if (isBearerLike(scheme)) {
        Method bearer = builder.getClass().getMethod("bearerToken", String.class);
        bearer.invoke(builder, value);
      }
    }
    return headers;
  }

  private static boolean isBasic(JsonNode scheme) {
    return "http".equals(scheme.path("type").asText())
        && "basic".equalsIgnoreCase(scheme.path("scheme").asText());
  }

  private static boolean isBearerLike(JsonNode scheme) {
    String type = scheme.path("type").asText();
    return ("http".equals(type) && !isBasic(scheme))
        || "oauth2".equals(type)
        || "openIdConnect".equals(type);
  }
}
