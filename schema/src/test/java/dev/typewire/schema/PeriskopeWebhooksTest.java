package dev.typewire.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The {@code webhooks} of {@code periskope/openapi.json}: the official client's events, payloads
 * that resolve.
 */
class PeriskopeWebhooksTest {

  /** {@code WebhookEvents}/{@code EventPayloads} in @periskope/periskope-client 1.1.3. */
  private static final Map<String, String> EVENTS =
      Map.ofEntries(
          Map.entry("chat.created", "Chat"),
          Map.entry("chat.notification.created", "Notification"),
          Map.entry("chat.custom_properties.updated", "Chat"),
          Map.entry("message.created", "Message"),
          Map.entry("message.updated", "Message"),
          Map.entry("message.deleted", "Message"),
          Map.entry("message.ack.updated", "Message"),
          Map.entry("message.flagged", "Message"),
          Map.entry("message.unflagged", "Message"),
          Map.entry("message.ticket.attached", "Message"),
          Map.entry("reaction.created", "Reaction"),
          Map.entry("reaction.updated", "Reaction"),
          Map.entry("ticket.created", "TicketInfo"),
          Map.entry("ticket.updated", "TicketInfo"),
          Map.entry("ticket.deleted", "TicketInfo"),
          Map.entry("org.phone.updated", "Phone"),
          Map.entry("org.phone.connected", "Phone"),
          Map.entry("org.phone.disconnected", "Phone"),
          Map.entry("org.phone.qr", "Phone"),
          Map.entry("note.created", "Note"));

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void everyEventOfTheOfficialClientHasItsPayloadSchema() throws IOException {
    JsonNode description = read("periskope/openapi.json");
    JsonNode webhooks = description;
    assertEquals("3.1.0", webhooks.path("openapi").asText());
    List<String> names = new ArrayList<>();
    webhooks.path("webhooks").fieldNames().forEachRemaining(names::add);
    assertEquals(EVENTS.keySet().stream().sorted().toList(), names.stream().sorted().toList());
    EVENTS.forEach(
        (event, schema) -> {
          String ref =
              webhooks
                  .path("webhooks")
                  .path(event)
                  .path("post")
                  .path("requestBody")
                  .path("content")
                  .path("application/json")
                  .path("schema")
                  .path("$ref")
                  .asText();
          assertEquals("#/components/schemas/" + schema, ref, event);
          assertFalse(
              description.at("/components/schemas/" + schema).isMissingNode(), "resolves: " + ref);
        });
  }

  @Test
  void theUnconfirmedSignatureSchemeIsMarkedAsSuch() throws IOException {
    JsonNode signature = read("periskope/openapi.json").path("x-typewire-webhook-signature");
    assertEquals("x-periskope-signature", signature.path("header").asText());
    assertEquals("HMAC-SHA256", signature.path("algorithm").asText());
    assertTrue(signature.path("x-unconfirmed").asText().contains("not yet confirmed"));
    JsonNode event = read("periskope/openapi.json").path("x-typewire-webhook-event");
    assertEquals("caller", event.path("in").asText());
    assertTrue(event.path("x-unconfirmed").asText().contains("not documented"));
  }

  @Test
  void messageIdShapesAreExplainedWhereTheWebhookShapeArrives() throws IOException {
    JsonNode webhooks = read("periskope/openapi.json").path("webhooks");
    for (String event :
        List.of("message.created", "reaction.created", "chat.notification.created")) {
      assertTrue(
          webhooks.path(event).path("post").path("description").asText().contains("_serialized"),
          event);
    }
    JsonNode id = read("periskope/openapi.json").at("/components/schemas/MessageId/properties");
    for (String property : List.of("fromMe", "_serialized", "from_me", "serialized")) {
      assertTrue(id.has(property), property);
    }
  }

  private JsonNode read(String resource) throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
      return json.readTree(in);
    }
  }
}
