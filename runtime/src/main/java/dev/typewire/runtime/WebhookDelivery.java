package dev.typewire.runtime;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * One webhook delivery's body, read for the generated {@code *Webhooks} classes: where its event
 * name is and what its payload decodes to. Failures are {@link WebhookException}s with reason
 * {@link WebhookException.Reason#UNREADABLE_PAYLOAD}, so a receiver handles every rejected delivery
 * in one place.
 */
public final class WebhookDelivery {

  private final ObjectMapper mapper;
  private final JsonNode body;
  private final Map<String, List<String>> headers;
  private final WebhookDriftLog drift;

  private WebhookDelivery(
      ObjectMapper mapper,
      JsonNode body,
      Map<String, List<String>> headers,
      WebhookDriftLog drift) {
    this.mapper = mapper;
    this.body = body;
    this.headers = headers;
    this.drift = drift;
  }

  /**
   * Reads a delivery's body as JSON.
   *
   * @param mapper the mapper that decodes payloads
   * @param body the raw request body
   * @param headers the request headers; names are matched without regard to case
   * @return the delivery
   * @throws WebhookException if the body is not JSON
   */
  public static WebhookDelivery read(
      ObjectMapper mapper, byte[] body, Map<String, List<String>> headers) {
    return read(mapper, body, headers, null);
  }

  /**
   * Reads a delivery's body as JSON, counting in {@code drift} what its payload and event name
   * carry beyond the description.
   *
   * @param mapper the mapper that decodes payloads
   * @param body the raw request body
   * @param headers the request headers; names are matched without regard to case
   * @param drift where drift is counted; null to count none
   * @return the delivery
   * @throws WebhookException if the body is not JSON
   */
  public static WebhookDelivery read(
      ObjectMapper mapper, byte[] body, Map<String, List<String>> headers, WebhookDriftLog drift) {
    try {
      JsonNode tree = mapper.readTree(body);
      if (tree == null || tree.isMissingNode()) {
        throw unreadable("the webhook body is empty", null);
      }
      return new WebhookDelivery(mapper, tree, headers, drift);
    } catch (IOException e) {
      throw unreadable("the webhook body is not JSON", e);
    }
  }

  /**
   * The event name in a header.
   *
   * @param name the header's name
   * @return its first value, or empty when the header is absent
   */
  public String eventInHeader(String name) {
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      List<String> values = header.getValue();
      if (header.getKey() != null
          && header.getKey().equalsIgnoreCase(name)
          && values != null
          && !values.isEmpty()) {
        return values.get(0).strip();
      }
    }
    return "";
  }

  /**
   * The event name in a top-level property of the body.
   *
   * @param property the property's name
   * @return its text, or empty when the body is no object or the property no string
   */
  public String eventInBody(String property) {
    JsonNode value = body.get(property);
    return value != null && value.isTextual() ? value.asText() : "";
  }

  /**
   * The whole body, when it is the payload.
   *
   * @return the body as read
   */
  public JsonNode body() {
    return body;
  }

  /**
   * A top-level property of the body, when the body is an envelope around the payload.
   *
   * @param property the property holding the payload
   * @return its value; a JSON null when the body lacks it
   */
  public JsonNode payloadIn(String property) {
    JsonNode value = body.get(property);
    return value == null ? mapper.nullNode() : value;
  }

  /**
   * Decodes a payload into its event's type.
   *
   * @param payload the payload, from {@link #body()} or {@link #payloadIn(String)}
   * @param type the payload's type
   * @param event the event name, for the message of a failure
   * @param <T> the payload's type
   * @return the payload
   * @throws WebhookException if the payload is absent or does not fit the type
   */
  public <T> T decode(JsonNode payload, Class<T> type, String event) {
    return type.cast(decodeAs(payload, mapper.constructType(type), event));
  }

  /**
   * Decodes a payload into a generic type, such as a list of records.
   *
   * @param payload the payload, from {@link #body()} or {@link #payloadIn(String)}
   * @param type the payload's type
   * @param event the event name, for the message of a failure
   * @param <T> the payload's type
   * @return the payload
   * @throws WebhookException if the payload is absent or does not fit the type
   */
  public <T> T decode(JsonNode payload, TypeReference<T> type, String event) {
    // The reader was built for this very type.
    @SuppressWarnings("unchecked")
    T value = (T) decodeAs(payload, mapper.getTypeFactory().constructType(type), event);
    return value;
  }

  /**
   * Notes that the delivery names an event the description lacks, when drift is counted.
   *
   * @param event the event's name; empty when the delivery names none
   * @param eventType the sealed event type, which reads it as its {@code Unknown}
   */
  public void unknownEvent(String event, Class<?> eventType) {
    if (drift != null) {
      drift.unknownEvent(event, eventType);
    }
  }

  private Object decodeAs(JsonNode payload, JavaType type, String event) {
    requirePayload(payload, event);
    try {
      if (drift == null) {
        return mapper.readerFor(type).readValue(payload);
      }
      DriftObservations observations = new DriftObservations();
      Object value =
          mapper
              .readerFor(type)
              .withAttribute(DriftObservations.attribute(), observations)
              .readValue(payload);
      drift.record(event, observations);
      return value;
    } catch (IOException | IllegalArgumentException e) {
      throw unreadable("the payload of webhook event '" + event + "' does not fit its type", e);
    }
  }

  private static void requirePayload(JsonNode payload, String event) {
    if (payload.isNull() || payload.isMissingNode()) {
      throw unreadable("the delivery of webhook event '" + event + "' carries no payload", null);
    }
  }

  private static WebhookException unreadable(String message, Exception cause) {
    // The cause's own message may quote the body; it stays on the cause, out of this message.
    return new WebhookException(WebhookException.Reason.UNREADABLE_PAYLOAD, message, cause);
  }

  @Override
  public String toString() {
    return "WebhookDelivery[" + body.getNodeType() + "]";
  }
}
