package dev.typewire.processor.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewire.processor.diag.Diagnostics;
import dev.typewire.processor.diag.JsonPointer;
import dev.typewire.processor.model.TypeRef;
import dev.typewire.processor.model.Webhooks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the requests an API sends to its users into {@link Webhooks}: each entry of 3.1's {@code
 * webhooks}, then each 3.0 callback, whose JSON request body is an event's payload. What cannot be
 * an event (no JSON body, a name already taken by another payload) is named in a {@code
 * TW-WEBHOOKS} or {@code TW-CALLBACKS} warning, one per entry.
 */
final class WebhookReader {

  private static final List<String> METHODS =
      List.of("post", "put", "patch", "get", "delete", "options", "head", "trace");

  /** An entry the API may send: a webhook or a callback, with the path item describing it. */
  private record Entry(String name, String pointer, JsonNode item, boolean callback) {}

  private record Found(Webhooks.Event event, JsonNode schema) {}

  private final RefResolver refs;
  private final SchemaTranslator schemas;
  private final ClassNames classNames;
  private final Diagnostics diagnostics;
  private final WebhookExtensions extensions;

  WebhookReader(
      RefResolver refs, SchemaTranslator schemas, ClassNames classNames, Diagnostics diagnostics) {
    this.refs = refs;
    this.schemas = schemas;
    this.classNames = classNames;
    this.diagnostics = diagnostics;
    this.extensions = new WebhookExtensions(diagnostics);
  }

  /**
   * Reads every webhook and callback; null when the description has none that can be generated.
   *
   * @param clientName the client's class name, which the two generated classes are named after
   */
  Webhooks read(JsonNode root, String clientName) {
    Map<String, Found> events = new LinkedHashMap<>();
    for (Entry entry : entries(root)) {
      Found found = event(entry, events);
      if (found != null) {
        events.put(found.event().name(), found);
      }
    }
    Webhooks.EventName declared = extensions.eventName(root);
    Webhooks.Signature signature = extensions.signature(root);
    if (events.isEmpty()) {
      return null;
    }
    String base =
        clientName.endsWith("Client")
            ? clientName.substring(0, clientName.length() - 6)
            : clientName;
    String eventInterface =
        classNames.claim(
            base + "Event",
            List.of(base + "WebhookEvent"),
            "webhooks",
            "the webhook event interface",
            "#/webhooks");
    String parserClass =
        classNames.claim(
            base + "Webhooks",
            List.of(base + "WebhookParser"),
            "webhooks",
            "the webhook parser class",
            "#/webhooks");
    if (signature == null && !root.has(WebhookExtensions.SIGNATURE)) {
      diagnostics.warning(
          "TW-WEBHOOK-UNSIGNED",
          "#",
          "the description declares no "
              + WebhookExtensions.SIGNATURE
              + ", so "
              + parserClass
              + " has only parseUnverified: check the sender yourself, or declare how it signs"
              + " deliveries");
    }
    List<Webhooks.Event> list = events.values().stream().map(Found::event).toList();
    Webhooks.EventName eventName =
        declared != null ? declared : defaultEventName(events.values(), list);
    return new Webhooks(
        eventInterface,
        parserClass,
        eventName,
        signature,
        List.copyOf(renamed(list, eventInterface)));
  }

  /** The nested record names, none equal to the enclosing interface's (javac refuses that). */
  private static List<Webhooks.Event> renamed(List<Webhooks.Event> events, String enclosing) {
    Set<String> used = new HashSet<>(Set.of("unknown", enclosing.toLowerCase(Locale.ROOT)));
    List<Webhooks.Event> result = new ArrayList<>();
    for (Webhooks.Event event : events) {
      String name = event.javaName();
      for (int i = 2; !used.add(name.toLowerCase(Locale.ROOT)); i++) {
        name = event.javaName() + i;
      }
      result.add(
          new Webhooks.Event(event.name(), name, event.payload(), event.docs(), event.pointer()));
    }
    return result;
  }

  private List<Entry> entries(JsonNode root) {
    List<Entry> entries = new ArrayList<>();
    JsonNode webhooks = root.get("webhooks");
    if (webhooks != null && webhooks.isObject()) {
      webhooks
          .properties()
          .forEach(
              webhook ->
                  entries.add(
                      new Entry(
                          webhook.getKey(),
                          JsonPointer.child("#/webhooks", webhook.getKey()),
                          refs.peek(webhook.getValue()),
                          false)));
    }
    JsonNode paths = root.get("paths");
    if (paths == null || !paths.isObject()) {
      return entries;
    }
    paths
        .properties()
        .forEach(
            path -> {
              JsonNode item = refs.peek(path.getValue());
              if (item == null || !item.isObject()) {
                return;
              }
              String itemPointer = JsonPointer.child("#/paths", path.getKey());
              for (String method : METHODS) {
                JsonNode callbacks = item.path(method).get("callbacks");
                if (callbacks != null && callbacks.isObject()) {
                  String at =
                      JsonPointer.child(JsonPointer.child(itemPointer, method), "callbacks");
                  callbacks.properties().forEach(callback -> callback(entries, at, callback));
                }
              }
            });
    return entries;
  }

  /** Each expression of a callback is a path item; all of them carry the callback's name. */
  private void callback(List<Entry> entries, String at, Map.Entry<String, JsonNode> callback) {
    JsonNode expressions = refs.peek(callback.getValue());
    String pointer = JsonPointer.child(at, callback.getKey());
    if (expressions == null || !expressions.isObject() || expressions.isEmpty()) {
      entries.add(new Entry(callback.getKey(), pointer, null, true));
      return;
    }
    expressions
        .properties()
        .forEach(
            expression ->
                entries.add(
                    new Entry(
                        callback.getKey(),
                        JsonPointer.child(pointer, expression.getKey()),
                        refs.peek(expression.getValue()),
                        true)));
  }

  private Found event(Entry entry, Map<String, Found> events) {
    JsonNode item = entry.item();
    if (item != null && item.isObject()) {
      for (String method : METHODS) {
        JsonNode operation = item.get(method);
        JsonNode body = operation == null ? null : refs.peek(operation.path("requestBody"));
        JsonNode media = body == null ? null : json(body.get("content"));
        if (media == null) {
          continue;
        }
        String pointer = JsonPointer.child(entry.pointer(), method);
        JsonNode schema = media.get("schema");
        Found known = events.get(entry.name());
        if (known != null) {
          // The same callback on several operations is one event; a second shape is not.
          if (!known.schema().equals(schema)) {
            notGenerated(
                entry,
                "another payload already has the event name '"
                    + entry.name()
                    + "' ("
                    + known.event().pointer()
                    + ")");
          }
          return null;
        }
        String content = JsonPointer.child(JsonPointer.child(pointer, "requestBody"), "content");
        String schemaPointer =
            JsonPointer.child(JsonPointer.child(content, jsonType(body.get("content"))), "schema");
        TypeRef payload =
            schema == null
                ? new TypeRef.AnyJson()
                : schemas
                    .typeOf(schema, schemaPointer, JavaNames.upperCamel(entry.name()) + "Payload")
                    .type();
        return new Found(
            new Webhooks.Event(
                entry.name(),
                JavaNames.upperCamel(entry.name()),
                payload,
                SchemaDocs.docs(operation),
                pointer),
            schema);
      }
    }
    notGenerated(entry, "it has no operation with a JSON request body to type the event by");
    return null;
  }

  private void notGenerated(Entry entry, String why) {
    diagnostics.warning(
        entry.callback() ? "TW-CALLBACKS" : "TW-WEBHOOKS",
        entry.pointer(),
        (entry.callback() ? "the callback '" : "the webhook '")
            + entry.name()
            + "' is not generated: "
            + why
            + "; receive it with your own HTTP endpoint");
  }

  /** The JSON media type object of a content map, or null. */
  private static JsonNode json(JsonNode content) {
    String type = jsonType(content);
    return type == null ? null : content.get(type);
  }

  private static String jsonType(JsonNode content) {
    if (content == null || !content.isObject()) {
      return null;
    }
    for (String type : (Iterable<String>) content::fieldNames) {
      String lower = type.toLowerCase(Locale.ROOT);
      if (lower.startsWith("application/json") || lower.contains("+json")) {
        return type;
      }
    }
    return null;
  }

  /**
   * Without the extension: one event needs no name; otherwise a body property "event" or "type"
   * that every payload declares; otherwise "event", with a warning.
   */
  private Webhooks.EventName defaultEventName(
      java.util.Collection<Found> found, List<Webhooks.Event> events) {
    if (events.size() == 1) {
      return new Webhooks.EventName(Webhooks.Source.ONLY, null, null);
    }
    for (String property : List.of("event", "type")) {
      if (found.stream().allMatch(each -> declares(each.schema(), property, 0))) {
        return new Webhooks.EventName(Webhooks.Source.BODY, property, null);
      }
    }
    diagnostics.warning(
        "TW-WEBHOOK-EVENT-NAME",
        "#/webhooks",
        "the payloads declare no property 'event' or 'type' naming their event, and no "
            + WebhookExtensions.EVENT
            + " says where the name is; the parser reads a body property 'event', and a"
            + " delivery without one is Unknown");
    return new Webhooks.EventName(Webhooks.Source.BODY, "event", null);
  }

  /** Whether a schema (or one of its allOf parts) lists {@code property}. */
  private boolean declares(JsonNode schema, String property, int depth) {
    JsonNode target = schema == null ? null : refs.peek(schema);
    if (target == null || !target.isObject() || depth > SchemaTranslator.MAX_NESTING) {
      return false;
    }
    if (target.path("properties").has(property)) {
      return true;
    }
    for (JsonNode part : target.path("allOf")) {
      if (declares(part, property, depth + 1)) {
        return true;
      }
    }
    return false;
  }
}
