package dev.typewire.processor.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewire.processor.diag.Diagnostics;
import dev.typewire.processor.diag.JsonPointer;
import dev.typewire.processor.model.ObjectType;
import dev.typewire.processor.model.Pagination;
import dev.typewire.processor.model.Parameter;
import dev.typewire.processor.model.Property;
import dev.typewire.processor.model.TypeRef;
import java.math.RoundingMode;
import java.util.List;

/**
 * Reads {@code x-typewire-pagination}, the schema's declaration of a paging convention. Paging is
 * never guessed from parameter names: an API whose "offset" means something else must not get an
 * auto-pager that silently skips items.
 */
final class PaginationReader {

  static final String EXTENSION = "x-typewire-pagination";
  private static final int FALLBACK_PAGE_SIZE = 100;

  /** What a paging declaration Typewire cannot follow costs: only the auto-paging method. */
  private static final String NO_PAGER =
      "The declaration is ignored: no auto-paging method is generated, only the operation's"
          + " own method";

  private final SchemaTranslator schemas;
  private final Diagnostics diagnostics;

  PaginationReader(SchemaTranslator schemas, Diagnostics diagnostics) {
    this.schemas = schemas;
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
    String style = node.path("style").asText("");
    if (!style.equals("offset-limit")) {
      diagnostics.warning(
          "TW-PAGINATION",
          at,
          "unsupported paging style '" + style + "'; expected offset-limit. " + NO_PAGER);
      return null;
    }
    Parameter offset = queryParameter(parameters, node.path("offset").asText(""), at, "offset");
    Parameter limit = queryParameter(parameters, node.path("limit").asText(""), at, "limit");
    String items = node.path("items").asText("");
    Property itemsProperty = itemsProperty(response, items, at);
    if (offset == null || limit == null || itemsProperty == null) {
      return null;
    }
    TypeRef itemType = ((TypeRef.ListOf) itemsProperty.type()).items();
    return new Pagination(
        offset.javaName(), limit.javaName(), itemsProperty.javaName(), itemType, pageSize(limit));
  }

  private Parameter queryParameter(
      List<Parameter> parameters, String wireName, String at, String role) {
    for (Parameter parameter : parameters) {
      if (parameter.location() == Parameter.Location.QUERY
          && parameter.wireName().equals(wireName)) {
        if (!(parameter.type() instanceof TypeRef.Primitive primitive)
            || primitive.scalar() != TypeRef.Scalar.INTEGER) {
          diagnostics.warning(
              "TW-PAGINATION",
              JsonPointer.child(at, role),
              "the "
                  + role
                  + " parameter '"
                  + wireName
                  + "' must be a 32-bit integer. "
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

  private Property itemsProperty(TypeRef response, String items, String at) {
    if (response instanceof TypeRef.Named named
        && schemas.declaration(named.javaName()) instanceof ObjectType object) {
      for (Property property : object.properties()) {
        if (property.wireName().equals(items) && property.type() instanceof TypeRef.ListOf) {
          return property;
        }
      }
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
