package dev.typewire.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.typewire.testing.RecordedCall;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fake's state, when asked for: for each collection path {@code /x} with an item path {@code
 * /x/{id}} whose GET answers an object with an id property, {@code POST /x} stores what it is sent
 * under a fresh id, {@code GET /x/{id}} reads it back (404 when absent), {@code PATCH} merges into
 * it (JSON merge patch), {@code PUT} replaces it, {@code DELETE} removes it, and {@code GET /x}
 * lists what is stored. Operations outside such pairs answer as without state.
 */
public final class Resources {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern LAST_DIGITS = Pattern.compile("(\\d+)(?!.*\\d)");

  /** A collection path, its item path's parameter and the id property of its items. */
  private record Kind(String collection, String parameter, String idProperty, Endpoint read) {}

  private final ApiDescription description;
  private final Function<Endpoint, JsonNode> defaults;
  private final Map<String, Kind> kinds = new HashMap<>();
  private final Map<String, Map<String, ObjectNode>> stored = new HashMap<>();
  private long created;

  /**
   * @param defaults each operation's default success body, the template of created items
   */
  public Resources(
      ApiDescription description, List<Endpoint> endpoints, Function<Endpoint, JsonNode> defaults) {
    this.description = description;
    this.defaults = defaults;
    Pattern item = Pattern.compile("(.+)/\\{([^}/]+)}");
    for (Endpoint read : endpoints) {
      Matcher matcher = item.matcher(read.path());
      if (!read.method().equals("GET") || !matcher.matches()) {
        continue;
      }
      SuccessResponse response = SuccessResponse.of(description, read);
      if (response.schemaPointer() == null || !response.isJson()) {
        continue;
      }
      String parameter = matcher.group(2);
      Map<String, String> properties =
          ObjectShape.of(description, response.schemaPointer()).properties();
      for (String candidate : List.of(parameter, camel(parameter), "id")) {
        if (properties.containsKey(candidate)) {
          kinds.put(matcher.group(1), new Kind(matcher.group(1), parameter, candidate, read));
          break;
        }
      }
    }
  }

  private static String camel(String name) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '_' || c == '-') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  /** The answer from the state, or null when the operation is not part of a resource pair. */
  public synchronized Reply answer(Endpoint endpoint, RecordedCall call, JsonNode defaultBody) {
    Kind collection = kinds.get(endpoint.path());
    if (collection != null) {
      return switch (endpoint.method()) {
        case "POST" -> create(collection, endpoint, call, defaultBody);
        case "GET" -> list(collection, endpoint, call, defaultBody);
        default -> null;
      };
    }
    int slash = endpoint.path().lastIndexOf('/');
    Kind kind = slash < 0 ? null : kinds.get(endpoint.path().substring(0, slash));
    if (kind == null || !endpoint.path().equals(kind.read().path())) {
      return null;
    }
    String id = call.parameters().path(kind.parameter()).asText();
    Map<String, ObjectNode> items =
        stored.computeIfAbsent(kind.collection(), k -> new LinkedHashMap<>());
    ObjectNode current = items.get(id);
    if (current == null) {
      ObjectNode missing = NODES.objectNode();
      missing.put("code", "NOT_FOUND");
      missing.put("message", "the fake holds no " + kind.collection() + " with id '" + id + "'");
      return Reply.json(404, missing);
    }
    switch (endpoint.method()) {
      case "GET" -> {
        return answerWith(kind, endpoint, current, defaultBody);
      }
      case "PATCH" -> {
        if (call.body() instanceof ObjectNode patch) {
          merge(current, patch);
        }
        return answerWith(kind, endpoint, current, defaultBody);
      }
      case "PUT" -> {
        if (call.body() instanceof ObjectNode replacement) {
          ObjectNode next = replacement.deepCopy();
          next.set(kind.idProperty(), current.get(kind.idProperty()));
          items.put(id, next);
          return answerWith(kind, endpoint, next, defaultBody);
        }
        return null;
      }
      case "DELETE" -> {
        items.remove(id);
        return Reply.of(SuccessResponse.of(description, endpoint), defaultBody);
      }
      default -> {
        return null;
      }
    }
  }

  private Reply create(Kind kind, Endpoint endpoint, RecordedCall call, JsonNode defaultBody) {
    JsonNode template = readDefault(kind);
    ObjectNode item = template.isObject() ? (ObjectNode) template.deepCopy() : NODES.objectNode();
    if (call.body() instanceof ObjectNode sent) {
      item.setAll(sent.deepCopy());
    }
    Map<String, ObjectNode> items =
        stored.computeIfAbsent(kind.collection(), k -> new LinkedHashMap<>());
    JsonNode given = call.body() == null ? null : call.body().get(kind.idProperty());
    JsonNode id = given != null ? given : freshId(template.path(kind.idProperty()), items);
    item.set(kind.idProperty(), id);
    items.put(id.asText(), item);
    return answerWith(kind, endpoint, item, defaultBody);
  }

  private Reply list(Kind kind, Endpoint endpoint, RecordedCall call, JsonNode defaultBody) {
    Map<String, ObjectNode> items = stored.get(kind.collection());
    if (items == null || items.isEmpty()) {
      return null;
    }
    SuccessResponse response = SuccessResponse.of(description, endpoint);
    Pager pager = Pager.of(description, endpoint);
    if (pager != null) {
      return Reply.of(
          response, pager.page(defaultBody, call.parameters(), new ArrayList<>(items.values()), 0));
    }
    if (defaultBody != null && defaultBody.isArray()) {
      ArrayNode all = NODES.arrayNode();
      items.values().forEach(all::add);
      return Reply.of(response, all);
    }
    return null;
  }

  /** The stored item when the operation answers items of that kind, else its default body. */
  private Reply answerWith(Kind kind, Endpoint endpoint, ObjectNode item, JsonNode defaultBody) {
    SuccessResponse response = SuccessResponse.of(description, endpoint);
    return Reply.of(response, sameSchema(kind.read(), endpoint) ? item : defaultBody);
  }

  private boolean sameSchema(Endpoint read, Endpoint other) {
    String a = target(SuccessResponse.of(description, read).schemaPointer());
    String b = target(SuccessResponse.of(description, other).schemaPointer());
    return a != null && a.equals(b);
  }

  private String target(String pointer) {
    return pointer == null
        ? null
        : Endpoint.locate(description, description.at(pointer), pointer).pointer();
  }

  private JsonNode readDefault(Kind kind) {
    JsonNode body = defaults.apply(kind.read());
    return body != null && body.isObject() ? body : NODES.objectNode();
  }

  /**
   * An id no stored item has, shaped like the description's: a number counts up, a string keeps its
   * form with its last digits counted up ({@code 1203@g.us}, {@code 1204@g.us}), so it still
   * matches a pattern the path parameter may declare.
   */
  private JsonNode freshId(JsonNode like, Map<String, ObjectNode> items) {
    while (true) {
      created++;
      JsonNode candidate;
      if (like.isIntegralNumber()) {
        candidate = NODES.numberNode(like.longValue() + created);
      } else {
        String text = like.isTextual() ? like.textValue() : "";
        Matcher digits = LAST_DIGITS.matcher(text);
        candidate =
            digits.find()
                ? NODES.textNode(
                    text.substring(0, digits.start())
                        + new java.math.BigInteger(digits.group(1))
                            .add(java.math.BigInteger.valueOf(created))
                        + text.substring(digits.end()))
                : NODES.textNode(text.isEmpty() ? String.valueOf(created) : text + "-" + created);
      }
      if (!items.containsKey(candidate.asText())) {
        return candidate;
      }
    }
  }

  private static void merge(ObjectNode target, ObjectNode patch) {
    patch
        .properties()
        .forEach(
            entry -> {
              JsonNode value = entry.getValue();
              JsonNode existing = target.get(entry.getKey());
              if (value.isNull()) {
                target.remove(entry.getKey());
              } else if (value.isObject() && existing instanceof ObjectNode nested) {
                merge(nested, (ObjectNode) value);
              } else {
                target.set(entry.getKey(), value.deepCopy());
              }
            });
  }

  public synchronized void clear() {
    stored.clear();
    created = 0;
  }
}
