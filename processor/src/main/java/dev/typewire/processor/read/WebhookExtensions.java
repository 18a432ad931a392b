package dev.typewire.processor.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewire.processor.diag.Diagnostics;
import dev.typewire.processor.model.Webhooks;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the two root extensions that say how webhook deliveries are told apart ({@code
 * x-typewire-webhook-event}) and signed ({@code x-typewire-webhook-signature}). A malformed one is
 * an error rather than a warning: a receiver whose signature check was quietly dropped would accept
 * forged deliveries.
 */
final class WebhookExtensions {

  static final String EVENT = "x-typewire-webhook-event";
  static final String SIGNATURE = "x-typewire-webhook-signature";

  /** An HTTP header name (RFC 9110 token); anything else could never match a delivery. */
  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]{1,256}");

  private static final Map<String, String> ALGORITHMS =
      Map.of(
          "hmac-sha1", "HMAC_SHA1",
          "hmac-sha256", "HMAC_SHA256",
          "hmac-sha512", "HMAC_SHA512");
  private static final java.util.List<String> SIGNATURE_KEYS =
      java.util.List.of(
          "header", "algorithm", "encoding", "prefix", "signed", "timestampHeader", "tolerance");
  private static final long DEFAULT_TOLERANCE_SECONDS = 300;

  private final Diagnostics diagnostics;

  WebhookExtensions(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** The declared event-name source, or null when there is none or it was reported malformed. */
  Webhooks.EventName eventName(JsonNode root) {
    JsonNode node = root.get(EVENT);
    String pointer = "#/" + EVENT;
    if (node == null) {
      return null;
    }
    String in = text(node, "in");
    if ("header".equals(in)) {
      String name = text(node, "name");
      if (name == null || !TOKEN.matcher(name).matches()) {
        return eventError(pointer, "'name' must be the header's name");
      }
      if (node.has("payload")) {
        return eventError(pointer, "'payload' is only for events named in the body");
      }
      return new Webhooks.EventName(Webhooks.Source.HEADER, name, null);
    }
    if ("body".equals(in)) {
      String property = text(node, "property");
      if (property == null) {
        return eventError(pointer, "'property' must name the body property holding the event");
      }
      JsonNode payload = node.get("payload");
      if (payload != null && (!payload.isTextual() || payload.asText().isEmpty())) {
        return eventError(pointer, "'payload' must name the body property holding the payload");
      }
      return new Webhooks.EventName(
          Webhooks.Source.BODY, property, payload == null ? null : payload.asText());
    }
    if ("caller".equals(in)) {
      for (String key : (Iterable<String>) node::fieldNames) {
        if (!key.equals("in") && !key.startsWith("x-")) {
          return eventError(pointer, "'in: caller' takes no other key, found '" + key + "'");
        }
      }
      return new Webhooks.EventName(Webhooks.Source.CALLER, null, null);
    }
    return eventError(pointer, "'in' must be 'header', 'body' or 'caller'");
  }

  private Webhooks.EventName eventError(String pointer, String problem) {
    diagnostics.error(
        "TW-WEBHOOK-EVENT",
        pointer,
        EVENT + " is malformed: " + problem + "; see README, Receiving webhooks");
    return null;
  }

  /** The declared signature scheme, or null when there is none or it was reported malformed. */
  Webhooks.Signature signature(JsonNode root) {
    JsonNode node = root.get(SIGNATURE);
    String pointer = "#/" + SIGNATURE;
    if (node == null) {
      return null;
    }
    if (!node.isObject()) {
      return signatureError(pointer, "it must be an object");
    }
    // A misspelt key (timestampheader) would silently drop a check the author meant to have.
    for (String key : (Iterable<String>) node::fieldNames) {
      if (!SIGNATURE_KEYS.contains(key) && !key.startsWith("x-")) {
        return signatureError(
            pointer,
            "unknown key '" + key + "' (known: " + String.join(", ", SIGNATURE_KEYS) + ")");
      }
    }
    String header = text(node, "header");
    if (header == null || !TOKEN.matcher(header).matches()) {
      return signatureError(pointer, "'header' must be the signature header's name");
    }
    String algorithm =
        ALGORITHMS.get(
            node.path("algorithm").asText("HMAC-SHA256").toLowerCase(Locale.ROOT).strip());
    if (algorithm == null) {
      return signatureError(pointer, "'algorithm' must be HMAC-SHA1, HMAC-SHA256 or HMAC-SHA512");
    }
    String encoding = node.path("encoding").asText("hex").toLowerCase(Locale.ROOT).strip();
    if (!encoding.equals("hex") && !encoding.equals("base64")) {
      return signatureError(pointer, "'encoding' must be hex or base64");
    }
    JsonNode prefix = node.get("prefix");
    if (prefix != null && !prefix.isTextual()) {
      return signatureError(pointer, "'prefix' must be a string");
    }
    String signed = node.path("signed").asText("body");
    if (!signed.equals("body") && !signed.equals("timestamp.body")) {
      return signatureError(pointer, "'signed' must be 'body' or 'timestamp.body'");
    }
    String timestampHeader = text(node, "timestampHeader");
    if (timestampHeader != null && !TOKEN.matcher(timestampHeader).matches()) {
      return signatureError(pointer, "'timestampHeader' must be a header's name");
    }
    if (timestampHeader == null && (signed.equals("timestamp.body") || node.has("tolerance"))) {
      return signatureError(
          pointer, "'signed: timestamp.body' and 'tolerance' need a 'timestampHeader'");
    }
    JsonNode tolerance = node.get("tolerance");
    if (tolerance != null && !(tolerance.canConvertToLong() && tolerance.asLong() >= 0)) {
      return signatureError(pointer, "'tolerance' must be a whole number of seconds, 0 or more");
    }
    return new Webhooks.Signature(
        header,
        algorithm,
        encoding.toUpperCase(Locale.ROOT),
        prefix == null ? "" : prefix.asText(),
        timestampHeader,
        tolerance == null ? DEFAULT_TOLERANCE_SECONDS : tolerance.asLong(),
        signed.equals("timestamp.body"));
  }

  private Webhooks.Signature signatureError(String pointer, String problem) {
    diagnostics.error(
        "TW-WEBHOOK-SIGNATURE",
        pointer,
        SIGNATURE + " is malformed: " + problem + "; see README, Receiving webhooks");
    return null;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
  }
}
