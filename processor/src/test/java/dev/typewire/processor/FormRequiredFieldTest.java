package dev.typewire.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

/**
 * A form body requiring a field its properties never describe (issue #12, Box 2024 {@code POST
 * /oauth2/revoke} and {@code grant_type}): the record has a free-form property for it, as a JSON
 * record does, and the value set there is sent as one form field.
 */
class FormRequiredFieldTest {

  private static final String PKG = SchemaCompiler.PKG;

  @Test
  void theUndescribedRequiredFieldIsSent() throws Exception {
    GeneratedClasses classes = GeneratedClasses.compile("openapi/form-required.yaml");
    Class<?> revoke = classes.load(PKG + ".Revoke");
    Object builder = revoke.getMethod("builder").invoke(null);
    builder.getClass().getMethod("token", String.class).invoke(builder, "t1");
    builder
        .getClass()
        .getMethod("grantType", com.fasterxml.jackson.databind.JsonNode.class)
        .invoke(builder, TextNode.valueOf("refresh_token"));
    Object body = builder.getClass().getMethod("build").invoke(builder);
    try (LoopbackServer server = LoopbackServer.noContent()) {
      Object client = classes.client(PKG + ".FormsClient", server.baseUrl());
      Object api = client.getClass().getMethod("default_").invoke(client);
      api.getClass().getMethod("revoke", revoke).invoke(api, body);
      LoopbackServer.Request sent = server.requests().get(0);
      assertEquals("application/x-www-form-urlencoded", sent.header("Content-Type"));
      assertEquals("token=t1&grant_type=refresh_token", sent.body());
    }
  }
}
