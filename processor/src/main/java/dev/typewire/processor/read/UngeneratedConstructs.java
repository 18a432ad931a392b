package dev.typewire.processor.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewire.processor.diag.Diagnostics;
import dev.typewire.processor.diag.JsonPointer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Names, in one warning per kind, the constructs of a description that the generated client does
 * not carry out: links, response headers, and success or error bodies beyond the one each operation
 * decodes (webhooks and callbacks are {@link WebhookReader}'s). Without this they would vanish
 * without a word; one warning per kind listing where they are keeps a large description's build log
 * readable.
 */
final class UngeneratedConstructs {

  private static final int LISTED = 10;

  private final RefResolver refs;
  private final Map<String, Found> found = new LinkedHashMap<>();

  private UngeneratedConstructs(RefResolver refs) {
    this.refs = refs;
  }

  /** What one kind of construct is, what happens instead, and where it occurs. */
  private record Found(String what, String instead, List<String> pointers) {}

  static void report(JsonNode root, RefResolver refs, Diagnostics diagnostics) {
    UngeneratedConstructs walk = new UngeneratedConstructs(refs);
    walk.walk(root);
    walk.found.forEach(
        (id, kind) -> {
          List<String> pointers = kind.pointers();
          String where =
              String.join(", ", pointers.subList(0, Math.min(LISTED, pointers.size())))
                  + (pointers.size() > LISTED
                      ? " and " + (pointers.size() - LISTED) + " more"
                      : "");
          diagnostics.warning(
              id,
              pointers.get(0),
              kind.what()
                  + " "
                  + (pointers.size() == 1 ? "is" : "are")
                  + " not generated ("
                  + pointers.size()
                  + ": "
                  + where
                  + "); "
                  + kind.instead());
        });
  }

  private void walk(JsonNode root) {
    JsonNode paths = root.get("paths");
    if (paths == null || !paths.isObject()) {
      return;
    }
    paths
        .properties()
        .forEach(
            path -> {
              JsonNode item = refs.peek(path.getValue());
              String itemPointer = JsonPointer.child("#/paths", path.getKey());
              if (item == null || !item.isObject()) {
                return;
              }
              // A list, in the order operations are generated: a Set.of's order changes from one
              // JVM to the next, and with it the pointers this warning lists.
              for (String method : OperationReader.METHODS) {
                JsonNode operation = item.get(method);
                if (operation != null && operation.isObject()) {
                  operation(operation, JsonPointer.child(itemPointer, method));
                }
              }
            });
  }

  private void operation(JsonNode operation, String pointer) {
    JsonNode responses = operation.get("responses");
    if (responses == null || !responses.isObject()) {
      return;
    }
    List<String> codes = new ArrayList<>();
    responses.fieldNames().forEachRemaining(codes::add);
    codes.sort(null);
    JsonNode firstSuccess = null;
    JsonNode firstError = null;
    for (String code : codes) {
      String at = JsonPointer.child(JsonPointer.child(pointer, "responses"), code);
      JsonNode response = refs.peek(responses.get(code));
      if (response == null || !response.isObject()) {
        continue;
      }
      if (response.path("headers").isObject() && !response.path("headers").isEmpty()) {
        add(
            "TW-RESPONSE-HEADERS",
            "response headers",
            "they get no typed accessors; withRawResponse() hands them out by name",
            JsonPointer.child(at, "headers"));
      }
      if (response.path("links").isObject() && !response.path("links").isEmpty()) {
        add(
            "TW-LINKS",
            "links between operations",
            "call the linked operation yourself with the value it names",
            JsonPointer.child(at, "links"));
      }
      JsonNode schema = jsonSchema(response);
      if (schema == null) {
        continue;
      }
      if (code.startsWith("2")) {
        if (firstSuccess == null) {
          firstSuccess = schema;
        } else if (!firstSuccess.equals(schema)) {
          add(
              "TW-RESPONSE-ALTERNATIVES",
              "success responses whose body differs from the operation's first 2xx",
              "the method decodes success bodies as the first 2xx's type, and one of another shape"
                  + " fails with a DecodeException",
              at);
        }
      } else if (code.startsWith("4") || code.startsWith("5") || code.equals("default")) {
        if (firstError == null) {
          firstError = schema;
        } else if (!firstError.equals(schema)) {
          add(
              "TW-ERROR-BODIES",
              "error bodies of another shape than the operation's first error response",
              "ApiException.errorBody() holds one that does not fit the first one's type as a"
                  + " JsonNode, which errorBody(Class) converts",
              at);
        }
      }
    }
  }

  /** The schema of a response's JSON content, as written (a $ref stays a $ref), or null. */
  private static JsonNode jsonSchema(JsonNode response) {
    JsonNode content = response.get("content");
    if (content == null || !content.isObject()) {
      return null;
    }
    for (Map.Entry<String, JsonNode> media : content.properties()) {
      String type = media.getKey().toLowerCase(java.util.Locale.ROOT);
      if (type.startsWith("application/json") || type.contains("+json")) {
        return media.getValue().get("schema");
      }
    }
    return null;
  }

  private void add(String id, String what, String instead, String pointer) {
    found
        .computeIfAbsent(id, key -> new Found(what, instead, new ArrayList<>()))
        .pointers()
        .add(pointer);
  }
}
