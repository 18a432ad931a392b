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
  void theParserDecodesEveryEventWithTheGeneratedCodecs() throws Exception {
    List<Class<?>> payloads = new ArrayList<>();
    for (Class<?> type : PeriskopeEvent.class.getPermittedSubclasses()) {
      if (type != PeriskopeEvent.Unknown.class) {
        payloads.add(type.getRecordComponents()[0].getType());
      }
    }
    assertEquals(20, payloads.size());
    ObjectMapper parsers = ReflectiveCodecs.mapperIn(null, PeriskopeWebhooks.class, "MAPPER");
    assertEquals(List.of(), ReflectiveCodecs.of(parsers, payloads));
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
   * Every event of the description has an example of its payload (the {@code example} of the
   * component its request body refers to), and that example decodes into the event, strictly, and
   * encodes back to the same JSON. A WhatsApp key {@code id} in the REST shape is sent in the
   * webhook shape {@code {id, fromMe, remote, _serialized}}, as deliveries carry it.
   */
  @Test
  void everyEventsPayloadExampleDecodesStrictlyAndReencodesUnchanged() throws Exception {
    JsonNode description = description();
    JsonNode schemas = description.path("components").path("schemas");
    ObjectMapper strict =
        JsonCodec.newObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    // Generated records leave unknown properties to the drift handler; here none may be unknown.
    strict.clearProblemHandlers();
    Map<String, Class<?>> records = new java.util.HashMap<>();
    for (Class<?> type : PeriskopeEvent.class.getPermittedSubclasses()) {
      if (type != PeriskopeEvent.Unknown.class) {
        records.put(eventName(type), type);
      }
    }
    List<String> missing = new ArrayList<>();
    List<String> checked = new ArrayList<>();
    for (Map.Entry<String, JsonNode> webhook : description.path("webhooks").properties()) {
      String event = webhook.getKey();
      String ref =
          webhook.getValue().at("/post/requestBody/content/application~1json/schema/$ref").asText();
      String component = ref.substring(ref.lastIndexOf('/') + 1);
      JsonNode example = schemas.path(component).path("example");
      if (!example.isObject()) {
        missing.add(event + " (" + component + ")");
        continue;
      }
      JsonNode payload = inWebhookShape(example);
      Class<?> type = records.get(event);
      PeriskopeEvent parsed =
          PeriskopeWebhooks.parseUnverified(event, JSON.writeValueAsBytes(payload), Map.of());
      assertInstanceOf(type, parsed, event);
      RecordComponent field = type.getRecordComponents()[0];
      assertEquals(component, field.getType().getSimpleName(), event);
      Object decoded = field.getAccessor().invoke(parsed);
      assertEquals(strict.treeToValue(payload, field.getType()), decoded, event);
      assertEquals(payload, JSON.valueToTree(decoded), event + " re-encodes unchanged");
      checked.add(event);
    }
    assertEquals(List.of(), missing, "events whose payload has no example");
    assertEquals(20, checked.size(), checked.toString());
  }

  /** The example with a REST-shaped WhatsApp key {@code id} rewritten in the webhook shape. */
  private static JsonNode inWebhookShape(JsonNode example) {
    ObjectNode payload = example.deepCopy();
    JsonNode id = payload.path("id");
    if (id.has("serialized")) {
      ObjectNode key = JSON.createObjectNode();
      key.set("id", id.get("id"));
      key.set("fromMe", id.get("from_me"));
      key.set("remote", id.get("remote"));
      key.set("_serialized", id.get("serialized"));
      payload.set("id", key);
    }
    return payload;
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
