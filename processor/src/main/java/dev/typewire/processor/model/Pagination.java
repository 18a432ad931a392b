package dev.typewire.processor.model;

import java.util.List;

/**
 * A paging convention, declared in the schema with {@code x-typewire-pagination}. Property paths
 * are the record accessors from the response down to a value; an empty path is the response itself.
 *
 * @param style how the next page is asked for
 * @param positionParam Java name of the offset, page-number or cursor parameter; null for {@link
 *     Style#LINK_HEADER}
 * @param sizeParam Java name of the limit or page-size parameter; null when the style uses none
 * @param items accessors to the array holding the page's items
 * @param itemType the type of one item
 * @param nextCursor accessors to the next page's cursor ({@link Style#CURSOR} only), else empty
 * @param total accessors to the declared total number of items, or null when none is declared
 * @param hasMore accessors to the "has more" flag, or null when none is declared
 * @param defaultPageSize the page size used when the caller sets none
 * @param firstPage the number of the first page ({@link Style#PAGE_SIZE})
 */
public record Pagination(
    Style style,
    String positionParam,
    String sizeParam,
    List<String> items,
    TypeRef itemType,
    List<String> nextCursor,
    List<String> total,
    List<String> hasMore,
    int defaultPageSize,
    int firstPage) {

  /** The paging styles, by their names in the extension. */
  public enum Style {
    OFFSET_LIMIT("offset-limit"),
    PAGE_SIZE("page-size"),
    CURSOR("cursor"),
    LINK_HEADER("link-header");

    private final String wireName;

    Style(String wireName) {
      this.wireName = wireName;
    }

    public String wireName() {
      return wireName;
    }
  }

  public Pagination {
    items = List.copyOf(items);
    nextCursor = List.copyOf(nextCursor);
    total = total == null ? null : List.copyOf(total);
    hasMore = hasMore == null ? null : List.copyOf(hasMore);
  }
}
