package dev.typewire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewire.runtime.ClientOptions;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The credential for each security scheme the description declares: {@code --credential
 * NAME=VALUE}, else a placeholder, set on the runtime's options under the scheme's name, which is
 * where the generated builder's credential methods put them too. Values are never printed.
 */
final class Credentials {

  static final String PLACEHOLDER = "typewire-check-placeholder";

  private final Map<String, String> given;

  Credentials(Map<String, String> given) {
    this.given = Map.copyOf(given);
  }

  /** The options customizer that sets every declared scheme's credential. */
  Consumer<ClientOptions.Builder> apply(Description description) {
    JsonNode declared = description.root().path("components").path("securitySchemes");
    Consumer<ClientOptions.Builder> credentials = options -> {};
    for (Map.Entry<String, JsonNode> entry : declared.properties()) {
      JsonNode scheme = description.resolve(entry.getValue());
      String name = entry.getKey();
      String value = given.getOrDefault(name, PLACEHOLDER);
      String credential = isBasic(scheme) && !value.contains(":") ? value + ":" + value : value;
      credentials = credentials.andThen(options -> options.credential(name, credential));
    }
    return credentials;
  }

  private static boolean isBasic(JsonNode scheme) {
    return "http".equals(scheme.path("type").asText())
        && "basic".equalsIgnoreCase(scheme.path("scheme").asText());
  }
}
