package dev.typewire.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.typewire.runtime.JsonCodec;
import dev.typewire.runtime.WebhookException;
import dev.typewire.sample.periskope.PeriskopeEvent;
import dev.typewire.sample.periskope.PeriskopeWebhooks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Periskope's webhook events, generated from the description, and the sample's receiver. */
class WebhooksSampleTest {

  private static final ObjectMapper JSON = JsonCodec.newObjectMapper();

  @Test
  void theWebhookCommandReceivesSignedDeliveriesOverLoopback() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        SampleMain.run(
            new String[] {"webhook"},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.of());
    String printed = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, exit, printed + err.toString(StandardCharsets.UTF_8));
    assertTrue(printed.contains("receiving webhooks on http://127.0.0.1:"), printed);
    assertTrue(
        printed.contains("message.created    chat 120363@g.us: Is the order on its way?"), printed);
    assertTrue(printed.contains("chat.created       chat 919537851844@c.us Demo Chat"), printed);
    assertTrue(printed.contains("org.created        an event this client does not know"), printed);
    assertTrue(
        printed.contains(
            "rejected message.created: the webhook signature in 'x-periskope-signature'"),
        printed);
    assertTrue(
        printed.contains("4 deliveries: 3 accepted, 1 rejected (statuses [204, 204, 204, 401])"),
        printed);
  }

  @Test
  void everyEventOfTheDescriptionHasARecord() throws IOException {
    JsonNode description = description();
    List<String> events = new ArrayList<>();
    description.path("webhooks").fieldNames().forEachRemaining(events::add);
    assertEquals(20, events.size());
    List<String> generated = new ArrayList<>();
    for (Class<?> type : PeriskopeEvent.class.getPermittedSubclasses()) {
      if (type != PeriskopeEvent.Unknown.class) {
        generated.add(eventName(type));
      }
    }
    assertEquals(events, generated);
  }

  /**
   * The description's examples of the payloads (a chat, a message in the webhook shape of its
   * {@code id}) decode into each event that carries them, strictly, and encode back to the same
   * JSON.
   */
  @Test
  void payloadExamplesDecodeStrictlyIntoTheirEventsAndReencodeUnchanged() throws Exception {
    JsonNode description = description();
    JsonNode schemas = description.path("components").path("schemas");
    ObjectNode message = schemas.path("Message").path("example").deepCopy();
    message.set(
        "id",
        JSON.readTree(
            "{\"id\":\"3EB0C0FFEE\",\"fromMe\":true,\"remote\":\"120363@g.us\","
                + "\"_serialized\":\"true_120363@g.us_3EB0C0FFEE\"}"));
    Map<String, JsonNode> examples =
        Map.of("Chat", schemas.path("Chat").path("example"), "Message", message);
    ObjectMapper strict =
        JsonCodec.newObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    // Generated records leave unknown properties to the drift handler; here none may be unknown.
    strict.clearProblemHandlers();
    int checked = 0;
    for (Class<?> type : PeriskopeEvent.class.getPermittedSubclasses()) {
      RecordComponent payload = type.getRecordComponents()[0];
      JsonNode example = examples.get(payload.getType().getSimpleName());
      if (type == PeriskopeEvent.Unknown.class || example == null) {
        continue;
      }
      String event = eventName(type);
      PeriskopeEvent parsed =
          PeriskopeWebhooks.parseUnverified(event, JSON.writeValueAsBytes(example), Map.of());
      assertInstanceOf(type, parsed, event);
      Object decoded = payload.getAccessor().invoke(parsed);
      assertEquals(strict.treeToValue(example, payload.getType()), decoded, event);
      assertEquals(example, JSON.valueToTree(decoded), event + " re-encodes unchanged");
      checked++;
    }
    assertEquals(9, checked, "2 chat events and 7 message events");
  }

  @Test
  void theGeneratedParserChecksPeriskopesSignature() throws Exception {
    byte[] body = "{\"chat_id\":\"1@c.us\"}".getBytes(StandardCharsets.UTF_8);
    Map<String, List<String>> headers = new java.util.HashMap<>();
    PeriskopeWebhooks.SIGNATURE
        .verifier("right-key")
        .sign(body)
        .forEach((name, value) -> headers.put(name, List.of(value)));
    assertEquals(
        "chat.created",
        PeriskopeWebhooks.verifying("right-key").parse("chat.created", body, headers).event());
    WebhookException forged =
        assertThrows(
            WebhookException.class,
            () -> PeriskopeWebhooks.verifying("wrong-key").parse("chat.created", body, headers));
    assertEquals(WebhookException.Reason.SIGNATURE_MISMATCH, forged.reason());
    assertFalse(
        forged.getMessage().contains("right-key") || forged.getMessage().contains("wrong-key"));
  }

  private static String eventName(Class<?> type) {
    try {
      return (String) type.getField("EVENT").get(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(type + " has no EVENT", e);
    }
  }

  private static JsonNode description() throws IOException {
    try (InputStream in =
        WebhooksSampleTest.class.getClassLoader().getResourceAsStream("periskope/openapi.json")) {
      return JSON.readTree(in);
    }
  }
}
