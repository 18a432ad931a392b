package dev.typewire.processor.model;

/**
 * Offset/limit paging, declared in the schema with {@code x-typewire-pagination}.
 *
 * @param offsetParam Java name of the offset parameter
 * @param limitParam Java name of the limit parameter
 * @param itemsProperty Java name of the response property holding the page's items
 * @param itemType the type of one item
 * @param defaultPageSize the page size used when the caller sets no limit
 */
public record Pagination(
    String offsetParam,
    String limitParam,
    String itemsProperty,
    TypeRef itemType,
    int defaultPageSize) {}
