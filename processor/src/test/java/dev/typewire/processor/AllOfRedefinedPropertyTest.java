package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.typewire.runtime.JsonCodec;
import org.junit.jupiter.api.Test;

/**
 * A property defined in two {@code allOf} parts has the type of both (as Lob's descriptions restate
 * properties): a description alone keeps the type, an enum narrows a string, integers widen, and
 * types with nothing in common become a {@code JsonNode} with {@code TW-ALLOF-CONFLICT}, so a
 * response the server sends either way still decodes.
 */
class AllOfRedefinedPropertyTest {

  private static final String PKG = SchemaCompiler.PKG;
  private static final GeneratedClasses classes =
      GeneratedClasses.compile("openapi/allof-redefined.yaml");
  private static final Class<?> campaign = classes.load(PKG + ".Campaign");

  @Test
  void incompatibleTypesAreWarnedAbout() {
    assertThat(classes.compilation()).succeeded();
    assertThat(classes.compilation())
        .hadWarningContaining(
            "[TW-ALLOF-CONFLICT] openapi/allof-redefined.yaml:34:23 at"
                + " #/components/schemas/Campaign/allOf/1/properties/quantity: ");
    assertEquals(
        1,
        classes.compilation().warnings().stream()
            .filter(w -> w.getMessage(null).contains("TW-"))
            .count(),
        classes.compilation().warnings()::toString);
  }

  @Test
  void eachPropertyHasATypeBothPartsAllow() throws Exception {
    assertEquals(JsonNode.class, type("quantity"));
    assertEquals(String.class, type("id"));
    assertEquals(Long.class, type("count"));
    assertEquals(PKG + ".CampaignStatus", type("status").getName());
  }

  @Test
  void aResponseDecodesWhicheverPartTheServerFollowed() throws Exception {
    ObjectMapper mapper = JsonCodec.newObjectMapper();
    for (String quantity : new String[] {"\"a dozen\"", "12"}) {
      Object decoded =
          mapper.readValue(
              "{\"quantity\": "
                  + quantity
                  + ", \"id\": \"c1\", \"count\": 3000000000,"
                  + " \"status\": \"live\", \"note\": null}",
              campaign);
      assertEquals(mapper.readTree(quantity), campaign.getMethod("quantity").invoke(decoded));
      assertEquals(3000000000L, campaign.getMethod("count").invoke(decoded));
    }
  }

  private static Class<?> type(String component) throws Exception {
    return campaign.getMethod(component).getReturnType();
  }
}
