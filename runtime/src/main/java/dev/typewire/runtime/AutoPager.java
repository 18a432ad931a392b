package dev.typewire.runtime;

import java.net.URI;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Walks a paged list operation lazily: a page is fetched only when its first item is needed, and
 * only the current page is held.
 *
 * <p>Paging stops at the first empty page, when the {@link PageEnd} rule says a page is the last (a
 * declared total reached, a "has more" flag false), or when the style has no next position (no next
 * cursor, no {@code Link: rel="next"}). It never stops because a page is shorter than the size
 * asked for: servers cap page sizes (ask 2000, get 100), and stopping there would lose items
 * silently. Offsets advance by the number of items received.
 *
 * <pre>{@code
 * AutoPager<Chat> chats = AutoPager.offsetLimit(0, 500,
 *     (offset, limit) -> api.listAllChats(query.toBuilder().offset(offset).limit(limit).build()),
 *     ListChatsResponse::chats);
 * chats.stream().filter(Chat::isGroup).limit(10).toList();
 * }</pre>
 *
 * <p>Each {@link #iterator()}, {@link #stream()} or {@link #pages()} starts again from the first
 * page. Exceptions from fetching (such as {@link ApiException}) surface from the iteration. A page
 * that repeats the previous one (same first and last item) ends the iteration with an {@link
 * IllegalStateException}: the server ignores the paging parameter and would loop forever. {@link
 * AsyncPage} has the same styles without blocking.
 *
 * @param <T> the item type
 */
public final class AutoPager<T> implements Iterable<T> {

  /**
   * Fetches one page by position and size: an offset and a limit, or a page number and a page size.
   *
   * @param <P> the page (response) type
   */
  @FunctionalInterface
  public interface PageFetcher<P> {

    /**
     * Fetches the page at {@code offset}.
     *
     * @param offset index of the first item wanted (or the page number)
     * @param limit most items wanted (or the page size)
     * @return the page; may be null, meaning empty
     */
    P fetch(int offset, int limit);
  }

  /**
   * Fetches one page by cursor.
   *
   * @param <P> the page (response) type
   */
  @FunctionalInterface
  public interface CursorFetcher<P> {

    /**
     * Fetches the page at {@code cursor}.
     *
     * @param cursor the cursor a previous page returned; null (or the caller's own start cursor)
     *     for the first page
     * @return the page; may be null, meaning empty
     */
    P fetch(String cursor);
  }

  private final Supplier<Iterator<List<T>>> pages;

  private AutoPager(Supplier<Iterator<List<T>>> pages) {
    this.pages = pages;
  }

  /**
   * Creates a pager over an offset/limit operation that ends at an empty page.
   *
   * @param startOffset offset of the first page, at least 0
   * @param pageSize the {@code limit} asked for, at least 1
   * @param fetcher calls the operation
   * @param items extracts the items from a page; a null list counts as empty
   * @param <P> the page (response) type
   * @param <T> the item type
   * @return a lazy pager; nothing is fetched yet
   */
  public static <P, T> AutoPager<T> offsetLimit(
      int startOffset,
      int pageSize,
      PageFetcher<P> fetcher,
      Function<? super P, ? extends List<T>> items) {
    return offsetLimit(startOffset, pageSize, fetcher, items, PageEnd.never());
  }

  /**
   * Creates a pager over an offset/limit operation.
   *
   * @param startOffset offset of the first page, at least 0
   * @param pageSize the {@code limit} asked for, at least 1
   * @param fetcher calls the operation
   * @param items extracts the items from a page; a null list counts as empty
   * @param end tells from a page that it is the last
   * @param <P> the page (response) type
   * @param <T> the item type
   * @return a lazy pager; nothing is fetched yet
   */
  public static <P, T> AutoPager<T> offsetLimit(
      int startOffset,
      int pageSize,
      PageFetcher<P> fetcher,
      Function<? super P, ? extends List<T>> items,
      PageEnd<? super P> end) {
    PageArguments.check("startOffset", startOffset, 0);
    PageArguments.check("pageSize", pageSize, 1);
    PageArguments.present(fetcher, items, end);
    PageWalk<Integer, P, T> walk = PageWalk.offsets(startOffset, items, end);
    return new AutoPager<>(() -> walk.pages(offset -> fetcher.fetch(offset, pageSize)));
  }

  /**
   * Creates a pager over a page-number/page-size operation. Page numbers go up by one whatever the
   * number of items received.
   *
   * @param firstPage number of the first page fetched
   * @param pageSize the page size asked for, at least 1
   * @param fetcher calls the operation with a page number and the page size
   * @param items extracts the items from a page; a null list counts as empty
   * @param end tells from a page that it is the last
   * @param <P> the page (response) type
   * @param <T> the item type
   * @return a lazy pager; nothing is fetched yet
   */
  public static <P, T> AutoPager<T> pageNumber(
      int firstPage,
      int pageSize,
      PageFetcher<P> fetcher,
      Function<? super P, ? extends List<T>> items,
      PageEnd<? super P> end) {
    PageArguments.check("pageSize", pageSize, 1);
    PageArguments.present(fetcher, items, end);
    PageWalk<Integer, P, T> walk = PageWalk.pageNumbers(firstPage, items, end);
    return new AutoPager<>(() -> walk.pages(page -> fetcher.fetch(page, pageSize)));
  }

  /**
   * Creates a pager over a cursor operation: each page names the cursor of the next one, and a
   * missing (null or empty) next cursor ends the listing.
   *
   * @param firstCursor the cursor of the first page; null to start at the beginning
   * @param fetcher calls the operation with a cursor
   * @param items extracts the items from a page; a null list counts as empty
   * @param nextCursor reads the next page's cursor from a page
   * @param end tells from a page that it is the last
   * @param <P> the page (response) type
   * @param <T> the item type
   * @return a lazy pager; nothing is fetched yet
   */
  public static <P, T> AutoPager<T> cursor(
      String firstCursor,
      CursorFetcher<P> fetcher,
      Function<? super P, ? extends List<T>> items,
      Function<? super P, String> nextCursor,
      PageEnd<? super P> end) {
    PageArguments.present(fetcher, items, end);
    Objects.requireNonNull(nextCursor, "nextCursor");
    PageWalk<String, P, T> walk = PageWalk.cursors(firstCursor, items, nextCursor, end);
    return new AutoPager<>(() -> walk.pages(fetcher::fetch));
  }

  /**
   * Creates a pager that follows {@code Link: <url>; rel="next"} response headers (RFC 8288). The
   * first page is {@code first}; each next page is a GET of the linked URL, with the first
   * request's headers, options and credentials. A link to another origin (scheme, host, port) is
   * not followed: it fails with a {@link DecodeException}, since credentials would go with it.
   *
   * @param transport sends the requests
   * @param first the request for the first page
   * @param responseType decodes a page
   * @param items extracts the items from a page; a null list counts as empty
   * @param end tells from a page that it is the last
   * @param <P> the page (response) type
   * @param <T> the item type
   * @return a lazy pager; nothing is fetched yet
   */
  public static <P, T> AutoPager<T> linkHeader(
      ApiTransport transport,
      ApiRequest first,
      ResponseType<P> responseType,
      Function<? super P, ? extends List<T>> items,
      PageEnd<? super P> end) {
    PageArguments.present(transport, items, end);
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(responseType, "responseType");
    PageWalk<URI, LinkedPage<P>, T> walk = PageWalk.links(items, end);
    return new AutoPager<>(
        () -> walk.pages(link -> transport.sendLinked(first, link, responseType)));
  }

  /**
   * Iterates over all items, fetching pages as the iteration reaches them.
   *
   * @return a new iterator, starting at the first page
   */
  @Override
  public Iterator<T> iterator() {
    return new ItemIterator(pages.get());
  }

  /**
   * Streams all items lazily; short-circuiting operations such as {@code limit} fetch no more pages
   * than they need.
   *
   * @return a sequential stream
   */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
  }

  /**
   * Streams the non-empty pages lazily.
   *
   * @return a sequential stream of item lists
   */
  public Stream<List<T>> pages() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(pages.get(), Spliterator.ORDERED), false);
  }

  /** Flattens the pages, holding one page at a time. */
  private final class ItemIterator implements Iterator<T> {

    private final Iterator<List<T>> pages;
    private Iterator<T> current = List.<T>of().iterator();

    ItemIterator(Iterator<List<T>> pages) {
      this.pages = pages;
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext()) {
        if (!pages.hasNext()) {
          return false;
        }
        current = pages.next().iterator();
      }
      return true;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return current.next();
    }
  }
}
