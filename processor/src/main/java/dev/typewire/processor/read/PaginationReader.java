package dev.typewire.processor.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewire.processor.diag.Diagnostics;
import dev.typewire.processor.diag.JsonPointer;
import dev.typewire.processor.model.Pagination;
import dev.typewire.processor.model.Pagination.Style;
import dev.typewire.processor.model.Parameter;
import dev.typewire.processor.model.TypeRef;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads {@code x-typewire-pagination}, the schema's declaration of a paging convention. Paging is
 * never guessed from parameter names: an API whose "offset" means something else must not get an
 * auto-pager that silently skips items.
 */
final class PaginationReader {

  static final String EXTENSION = "x-typewire-pagination";
  private static final int FALLBACK_PAGE_SIZE = 100;
  private static final Set<String> KEYS =
      Set.of(
          "style",
          "offset",
          "limit",
          "page",
          "size",
          "first-page",
          "cursor",
          "next-cursor",
          "items",
          "total",
          "has-more");
  private static final Set<TypeRef.Scalar> COUNTS =
      Set.of(TypeRef.Scalar.INTEGER, TypeRef.Scalar.LONG, TypeRef.Scalar.BIG_INTEGER);

  /** What a paging declaration Typewire cannot follow costs: only the auto-paging methods. */
  private static final String NO_PAGER =
      "The declaration is ignored: no auto-paging method is generated, only the operation's"
          + " own method";

  private final PagingPaths paths;
  private final Diagnostics diagnostics;

  PaginationReader(SchemaTranslator schemas, Diagnostics diagnostics) {
    this.paths = new PagingPaths(schemas);
    this.diagnostics = diagnostics;
  }

  Pagination read(
      JsonNode operation, String pointer, List<Parameter> parameters, TypeRef response) {
    JsonNode node = operation.get(EXTENSION);
    if (node == null) {
      return null;
    }
    String at = JsonPointer.child(pointer, EXTENSION);
    diagnostics.workingAt(at);
    String styleName = node.path("style").asText("");
    Optional<Style> style =
        Arrays.stream(Style.values()).filter(s -> s.wireName().equals(styleName)).findFirst();
    if (style.isEmpty()) {
      diagnostics.warning(
          "TW-PAGINATION",
          at,
          "unsupported paging style '"
              + styleName
              + "'; expected offset-limit, page-size, cursor or link-header. "
              + NO_PAGER);
      return null;
    }
    warnUnknownKeys(node, at);
    Items items = items(node, response, at);
    if (items == null) {
      return null;
    }
    List<String> total = signal(node, "total", response, at);
    List<String> hasMore = signal(node, "has-more", response, at);
    return switch (style.get()) {
      case OFFSET_LIMIT -> {
        Parameter offset = queryParameter(node, "offset", parameters, at, true);
        Parameter limit = queryParameter(node, "limit", parameters, at, true);
        yield offset == null || limit == null
            ? null
            : paging(style.get(), offset, limit, items, List.of(), total, hasMore, 0);
      }
      case PAGE_SIZE -> {
        Parameter page = queryParameter(node, "page", parameters, at, true);
        Parameter size =
            node.has("size") ? queryParameter(node, "size", parameters, at, true) : null;
        boolean broken = page == null || (node.has("size") && size == null);
        yield broken
            ? null
            : paging(
                style.get(), page, size, items, List.of(), total, hasMore, firstPage(node, at));
      }
      case CURSOR -> {
        Parameter cursor = queryParameter(node, "cursor", parameters, at, false);
        List<String> next = nextCursor(node, response, at);
        yield cursor == null || next == null
            ? null
            : paging(style.get(), cursor, null, items, next, total, hasMore, 0);
      }
      case LINK_HEADER -> paging(style.get(), null, null, items, List.of(), total, hasMore, 0);
    };
  }

  private record Items(List<String> accessors, TypeRef itemType) {}

  private static Pagination paging(
      Style style,
      Parameter position,
      Parameter size,
      Items items,
      List<String> nextCursor,
      List<String> total,
      List<String> hasMore,
      int firstPage) {
    return new Pagination(
        style,
        position == null ? null : position.javaName(),
        size == null ? null : size.javaName(),
        items.accessors(),
        items.itemType(),
        nextCursor,
        total,
        hasMore,
        size == null ? FALLBACK_PAGE_SIZE : pageSize(size),
        firstPage);
  }

  private void warnUnknownKeys(JsonNode node, String at) {
    List<String> unknown = new ArrayList<>();
    node.fieldNames()
        .forEachRemaining(
            name -> {
              if (!KEYS.contains(name)) {
                unknown.add(name);
              }
            });
    if (!unknown.isEmpty()) {
      diagnostics.warning(
          "TW-PAGINATION",
          at,
          "unknown key(s) "
              + unknown.stream().map(k -> "'" + k + "'").collect(Collectors.joining(", "))
              + " are ignored; known keys: "
              + KEYS.stream().sorted().collect(Collectors.joining(", ")));
    }
  }

  /** The items array: the named property (or pointer), else a response that is itself an array. */
  private Items items(JsonNode node, TypeRef response, String at) {
    if (!node.has("items") && response instanceof TypeRef.ListOf list) {
      return new Items(List.of(), list.items());
    }
    String items = node.path("items").asText("");
    Optional<PagingPaths.Resolved> found = paths.resolve(response, items);
    if (found.isPresent() && found.get().type() instanceof TypeRef.ListOf list) {
      return new Items(found.get().accessors(), list.items());
    }
    diagnostics.warning(
        "TW-PAGINATION",
        JsonPointer.child(at, "items"),
        "the success response has no array property '"
            + items
            + "' holding the page's items. "
            + NO_PAGER);
    return null;
  }

  private List<String> nextCursor(JsonNode node, TypeRef response, String at) {
    String path = node.path("next-cursor").asText("");
    Optional<PagingPaths.Resolved> found = paths.resolve(response, path);
    if (found.isPresent()
        && found.get().type() instanceof TypeRef.Primitive primitive
        && primitive.scalar() == TypeRef.Scalar.STRING) {
      return found.get().accessors();
    }
    diagnostics.warning(
        "TW-PAGINATION",
        JsonPointer.child(at, "next-cursor"),
        "the success response has no string property '"
            + path
            + "' holding the next page's cursor. "
            + NO_PAGER);
    return null;
  }

  /**
   * A declared end signal ({@code total}: an integer; {@code has-more}: a boolean), or null. One
   * that cannot be read is dropped with a warning: paging then runs to an empty page, which is
   * slower but loses nothing.
   */
  private List<String> signal(JsonNode node, String key, TypeRef response, String at) {
    if (!node.has(key)) {
      return null;
    }
    String path = node.path(key).asText("");
    Optional<PagingPaths.Resolved> found = paths.resolve(response, path);
    boolean total = key.equals("total");
    if (found.isPresent()
        && found.get().type() instanceof TypeRef.Primitive primitive
        && (total
            ? COUNTS.contains(primitive.scalar())
            : primitive.scalar() == TypeRef.Scalar.BOOLEAN)) {
      return found.get().accessors();
    }
    diagnostics.warning(
        "TW-PAGINATION",
        JsonPointer.child(at, key),
        "the success response has no "
            + (total ? "integer" : "boolean")
            + " property '"
            + path
            + "'; it is ignored and paging runs until an empty page");
    return null;
  }

  private int firstPage(JsonNode node, String at) {
    JsonNode first = node.get("first-page");
    if (first == null) {
      return 1;
    }
    if (first.canConvertToInt() && first.isIntegralNumber()) {
      return first.intValue();
    }
    diagnostics.warning(
        "TW-PAGINATION",
        JsonPointer.child(at, "first-page"),
        "first-page must be an integer; 1 is used");
    return 1;
  }

  /** The query parameter named by {@code role}: a 32-bit integer, or a string for a cursor. */
  private Parameter queryParameter(
      JsonNode node, String role, List<Parameter> parameters, String at, boolean integer) {
    String wireName = node.path(role).asText("");
    for (Parameter parameter : parameters) {
      if (parameter.location() == Parameter.Location.QUERY
          && parameter.wireName().equals(wireName)) {
        TypeRef.Scalar wanted = integer ? TypeRef.Scalar.INTEGER : TypeRef.Scalar.STRING;
        if (!(parameter.type() instanceof TypeRef.Primitive primitive)
            || primitive.scalar() != wanted) {
          diagnostics.warning(
              "TW-PAGINATION",
              JsonPointer.child(at, role),
              "the "
                  + role
                  + " parameter '"
                  + wireName
                  + (integer ? "' must be a 32-bit integer. " : "' must be a string. ")
                  + NO_PAGER);
          return null;
        }
        return parameter;
      }
    }
    diagnostics.warning(
        "TW-PAGINATION",
        JsonPointer.child(at, role),
        "the operation has no query parameter '"
            + wireName
            + "' to use as "
            + role
            + ". "
            + NO_PAGER);
    return null;
  }

  /** The page size to ask for when the caller sets none: the schema's default, else its maximum. */
  private static int pageSize(Parameter limit) {
    if (limit.defaultValue() != null) {
      try {
        return Integer.parseInt(limit.defaultValue());
      } catch (NumberFormatException e) {
        // fall through to the maximum
      }
    }
    if (limit.constraints().maximum() != null) {
      return limit.constraints().maximum().intValue();
    }
    if (limit.constraints().exclusiveMaximum() != null) {
      // The largest integer below the bound, which the params record's check accepts.
      return limit.constraints().exclusiveMaximum().setScale(0, RoundingMode.CEILING).intValue()
          - 1;
    }
    return FALLBACK_PAGE_SIZE;
  }
}
