package dev.typewire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.typewire.testing.internal.MediaTypes;
import org.junit.jupiter.api.Test;

class MediaTypesTest {

  private static JsonNode content(String... types) {
    var content = new ObjectMapper().createObjectNode();
    for (String type : types) {
      content.putObject(type);
    }
    return content;
  }

  @Test
  void theMostSpecificDeclarationWins() {
    JsonNode content = content("*/*", "image/*", "image/png; q=1");

    assertEquals("image/png; q=1", MediaTypes.declaredFor(content, "image/png"));
    assertEquals("image/*", MediaTypes.declaredFor(content, "image/gif"));
    assertEquals("*/*", MediaTypes.declaredFor(content, "text/plain"));
  }

  @Test
  void anUndeclaredTypeMatchesNothing() {
    assertNull(MediaTypes.declaredFor(content("image/*"), "application/octet-stream"));
    assertNull(MediaTypes.declaredFor(content("*/*"), ""));
  }

  @Test
  void rangesAreMadeConcrete() {
    assertEquals("image/png", MediaTypes.concrete("image/*"));
    assertEquals("application/octet-stream", MediaTypes.concrete("*/*"));
    assertEquals("application/pdf", MediaTypes.concrete("application/pdf; x=y"));
    assertEquals("model/octet-stream", MediaTypes.concrete("model/*"));
  }
}
