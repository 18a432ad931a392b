package dev.typewire.processor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** YAML is read as YAML 1.2, like OpenAPI documents are: only true and false are booleans. */
class YamlScalarsTest {

  @Test
  void yesNoOnOffStayStrings() throws Exception {
    String text =
        """
        openapi: 3.0.3
        info: {title: Countries, version: "1"}
        paths: {}
        components:
          schemas:
            CountryCode:
              type: string
              enum: [NL, NO, ON, Yes, off, y]
            Flag:
              type: boolean
              default: true
        """;
    JsonNode root = SchemaParser.parse("countries.yaml", text).root();
    JsonNode schemas = root.path("components").path("schemas");
    assertEquals(
        "[\"NL\",\"NO\",\"ON\",\"Yes\",\"off\",\"y\"]",
        schemas.path("CountryCode").path("enum").toString());
    assertEquals(true, schemas.path("Flag").path("default").isBoolean());
  }
}
