package dev.typewire.processor.model;

import java.util.List;

/**
 * The requests an API sends to its users (3.1 {@code webhooks}, 3.0 {@code callbacks}), as one
 * sealed event type and one parser class.
 *
 * @param eventInterface simple name of the sealed event interface
 * @param parserClass simple name of the class that verifies and parses deliveries
 * @param eventName where a delivery names its event
 * @param signature how deliveries are signed, or null when the description does not say
 * @param events one per event name, in the description's order
 */
public record Webhooks(
    String eventInterface,
    String parserClass,
    EventName eventName,
    Signature signature,
    List<Event> events) {

  /**
   * One event.
   *
   * @param name the event name on the wire, such as {@code message.created}
   * @param javaName simple name of its record, nested in the event interface
   * @param payload the type of its payload
   * @param pointer where the description declares it
   */
  public record Event(String name, String javaName, TypeRef payload, Docs docs, String pointer) {}

  /** Where the event name of a delivery is read. */
  public enum Source {
    /** A request header. */
    HEADER,
    /** A top-level property of the JSON body. */
    BODY,
    /** Nowhere: the description has a single event, and every delivery is that one. */
    ONLY,
    /**
     * The receiver: it knows the event from where the delivery arrived (one URL per event), so only
     * the parse methods taking the event name are generated.
     */
    CALLER
  }

  /**
   * Where a delivery names its event, and where its payload is.
   *
   * @param name the header or body property holding the event name; null for {@link Source#ONLY}
   *     and {@link Source#CALLER}
   * @param payloadProperty the body property holding the payload when the body is an envelope, or
   *     null when the payload is the whole body
   */
  public record EventName(Source source, String name, String payloadProperty) {}

  /**
   * A signature scheme, as the runtime's {@code WebhookSignature} takes it.
   *
   * @param algorithm the name of a {@code WebhookSignature.Algorithm} constant
   * @param encoding the name of a {@code WebhookSignature.Encoding} constant
   * @param prefix text before the encoded signature, possibly empty
   * @param timestampHeader the header with the delivery's time in epoch seconds, or null
   * @param toleranceSeconds how far from now that time may be
   * @param timestampSigned whether the signed text is the timestamp, a dot and the body
   */
  public record Signature(
      String header,
      String algorithm,
      String encoding,
      String prefix,
      String timestampHeader,
      long toleranceSeconds,
      boolean timestampSigned) {}
}
