package dev.typewire.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Serves a list of items page by page as an operation's {@code x-typewire-pagination} declares:
 * {@code offset-limit}, {@code page-size} and {@code cursor} (the cursor is the offset as text,
 * opaque to the client). The page is the operation's default body with the items, and the total,
 * has-more flag or next cursor when declared, put where the declaration says. Key names follow the
 * processor's reader ({@code PaginationReader}); a style or path the fake cannot follow makes
 * {@link #of} return null, and {@code items(...)} then refuses by name.
 */
public final class Pager {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int FALLBACK_PAGE_SIZE = 100;

  private final JsonNode declaration;
  private final String style;
  private final String itemsPointer;
  private final ApiDescription description;
  private final Endpoint endpoint;

  private Pager(
      ApiDescription description, Endpoint endpoint, JsonNode declaration, String itemsPointer) {
    this.description = description;
    this.endpoint = endpoint;
    this.declaration = declaration;
    this.style = declaration.path("style").asText();
    this.itemsPointer = itemsPointer;
  }

  /** The pager of an operation, or null when it declares no paging the fake can follow. */
  public static Pager of(ApiDescription description, Endpoint endpoint) {
    JsonNode declaration = endpoint.operation().get("x-typewire-pagination");
    if (declaration == null || !declaration.path("items").isTextual()) {
      return null;
    }
    String style = declaration.path("style").asText();
    if (!List.of("offset-limit", "page-size", "cursor").contains(style)) {
      return null;
    }
    SuccessResponse response = SuccessResponse.of(description, endpoint);
    if (response.schemaPointer() == null) {
      return null;
    }
    String arrayPointer =
        propertyPointer(description, response.schemaPointer(), declaration.get("items").asText());
    if (arrayPointer == null) {
      return null;
    }
    return new Pager(description, endpoint, declaration, arrayPointer + "/items");
  }

  /** The pointer of the items' schema. */
  public String itemsPointer() {
    return itemsPointer;
  }

  /** Where a name or a {@code /a/b} pointer reaches in the object at {@code schemaPointer}. */
  private static String propertyPointer(
      ApiDescription description, String schemaPointer, String path) {
    String at = schemaPointer;
    for (String step : steps(path)) {
      String property = ObjectShape.of(description, at).properties().get(step);
      if (property == null) {
        return null;
      }
      at = Endpoint.locate(description, description.at(property), property).pointer();
    }
    return at;
  }

  private static List<String> steps(String path) {
    if (!path.startsWith("/")) {
      return List.of(path);
    }
    List<String> steps = new ArrayList<>();
    for (String token : path.substring(1).split("/", -1)) {
      steps.add(token.replace("~1", "/").replace("~0", "~"));
    }
    return steps;
  }

  /**
   * The page a request asks for.
   *
   * @param template the operation's default body, copied and filled in
   * @param parameters the request's decoded parameters
   * @param cap the most items a page holds; 0 for no cap
   */
  public JsonNode page(JsonNode template, ObjectNode parameters, List<JsonNode> items, int cap) {
    int size = requested(parameters, sizeKey(), defaultSize());
    size = cap > 0 ? Math.min(size, cap) : size;
    size = Math.max(size, 1);
    int start =
        switch (style) {
          case "page-size" -> {
            int first = declaration.path("first-page").asInt(1);
            int page = requested(parameters, declaration.path("page").asText(), first);
            yield Math.max(0, page - first) * size;
          }
          case "cursor" -> requested(parameters, declaration.path("cursor").asText(), 0);
          default -> requested(parameters, declaration.path("offset").asText(), 0);
        };
    start = Math.max(0, Math.min(start, items.size()));
    int end = (int) Math.min((long) start + size, items.size());
    ObjectNode page = template.isObject() ? (ObjectNode) template.deepCopy() : NODES.objectNode();
    set(
        page,
        declaration.path("items").asText(),
        NODES.arrayNode().addAll(items.subList(start, end)));
    boolean more = end < items.size();
    if (declaration.path("total").isTextual()) {
      set(page, declaration.get("total").asText(), NODES.numberNode(items.size()));
    }
    if (declaration.path("has-more").isTextual()) {
      set(page, declaration.get("has-more").asText(), NODES.booleanNode(more));
    }
    if (declaration.path("next-cursor").isTextual()) {
      set(
          page,
          declaration.get("next-cursor").asText(),
          more ? NODES.textNode(String.valueOf(end)) : NODES.nullNode());
    }
    return page;
  }

  private String sizeKey() {
    return switch (style) {
      case "page-size" -> declaration.path("size").asText();
      default -> declaration.path("limit").asText();
    };
  }

  /** The size parameter's default, else its maximum, else 100, as a server would choose. */
  private int defaultSize() {
    for (Endpoint.Located parameter : endpoint.parameters()) {
      if (parameter.node().path("name").asText().equals(sizeKey())) {
        JsonNode schema = description.resolve(parameter.node().path("schema"));
        if (schema.path("default").canConvertToInt()) {
          return schema.get("default").intValue();
        }
        if (schema.path("maximum").canConvertToInt()) {
          return schema.get("maximum").intValue();
        }
      }
    }
    return FALLBACK_PAGE_SIZE;
  }

  private static int requested(ObjectNode parameters, String name, int fallback) {
    JsonNode value = name.isEmpty() ? null : parameters.get(name);
    if (value == null) {
      return fallback;
    }
    if (value.canConvertToInt()) {
      return value.intValue();
    }
    try {
      return Integer.parseInt(value.asText().trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /** Sets a name or a {@code /a/b} pointer's value, creating the objects on the way. */
  private static void set(ObjectNode root, String path, JsonNode value) {
    List<String> steps = steps(path);
    ObjectNode at = root;
    for (int i = 0; i < steps.size() - 1; i++) {
      JsonNode next = at.get(steps.get(i));
      if (!(next instanceof ObjectNode)) {
        next = at.putObject(steps.get(i));
      }
      at = (ObjectNode) next;
    }
    String last = steps.get(steps.size() - 1);
    if (value.isNull()) {
      at.remove(last);
    } else {
      at.set(last, value);
    }
  }
}
