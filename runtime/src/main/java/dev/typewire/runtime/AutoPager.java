package dev.typewire.runtime;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Walks an offset/limit paged list operation lazily: a page is fetched only when its first item is
 * needed, and only the current page is held. Paging stops at the first page shorter than the page
 * size (or empty), whatever totals the server reports, since counts are often wrong.
 *
 * <pre>{@code
 * AutoPager<Chat> chats = AutoPager.offsetLimit(0, 500,
 *     (offset, limit) -> api.listAllChats(query.toBuilder().offset(offset).limit(limit).build()),
 *     ListChatsResponse::chats);
 * chats.stream().filter(Chat::isGroup).limit(10).toList();
 * }</pre>
 *
 * <p>Each {@link #iterator()}, {@link #stream()} or {@link #pages()} starts again from the first
 * page. Exceptions from fetching (such as {@link ApiException}) surface from the iteration.
 *
 * @param <T> the item type
 */
public final class AutoPager<T> implements Iterable<T> {

  /**
   * Fetches one page.
   *
   * @param <P> the page (response) type
   */
  @FunctionalInterface
  public interface PageFetcher<P> {

    /**
     * Fetches the page starting at {@code offset}.
     *
     * @param offset index of the first item wanted
     * @param limit most items wanted
     * @return the page; may be null, meaning empty
     */
    P fetch(int offset, int limit);
  }

  private final int startOffset;
  private final int pageSize;
  private final PageFetcher<?> fetcher;
  private final Function<Object, List<T>> items;

  private <P> AutoPager(
      int startOffset, int pageSize, PageFetcher<P> fetcher, Function<? super P, List<T>> items) {
    this.startOffset = startOffset;
    this.pageSize = pageSize;
    this.fetcher = fetcher;
    // The page type matters only between fetcher and extractor, which agree by construction.
    @SuppressWarnings("unchecked")
    Function<Object, List<T>> extractor = page -> items.apply((P) page);
    this.items = extractor;
  }

  /**
   * Creates a pager over an offset/limit operation.
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
    if (startOffset < 0) {
      throw new IllegalArgumentException("startOffset must not be negative: " + startOffset);
    }
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be at least 1: " + pageSize);
    }
    Objects.requireNonNull(fetcher, "fetcher");
    Objects.requireNonNull(items, "items");
    Function<? super P, List<T>> widened = page -> items.apply(page);
    return new AutoPager<>(startOffset, pageSize, fetcher, widened);
  }

  /**
   * Iterates over all items, fetching pages as the iteration reaches them.
   *
   * @return a new iterator, starting at the first page
   */
  @Override
  public Iterator<T> iterator() {
    return new ItemIterator();
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
        Spliterators.spliteratorUnknownSize(new PageIterator(), Spliterator.ORDERED), false);
  }

  /** Yields non-empty pages until a short one. */
  private final class PageIterator implements Iterator<List<T>> {

    private int nextOffset = startOffset;
    private boolean exhausted;
    private List<T> fetched;
    private T previousFirst;
    private T previousLast;

    @Override
    public boolean hasNext() {
      if (fetched == null && !exhausted) {
        Object response = fetcher.fetch(nextOffset, pageSize);
        List<T> page = response == null ? null : items.apply(response);
        page = page == null ? List.of() : page;
        if (!page.isEmpty()
            && previousFirst != null
            && previousFirst.equals(page.get(0))
            && previousLast.equals(page.get(page.size() - 1))) {
          // A server that ignores the offset answers the same full page forever; stop, loudly.
          // Its first and last items tell, without hashing every item or holding a second page.
          throw new IllegalStateException(
              "the page at offset "
                  + nextOffset
                  + " is the same as the page before it; the server seems to ignore the offset"
                  + " parameter");
        }
        previousFirst = page.isEmpty() ? null : page.get(0);
        previousLast = page.isEmpty() ? null : page.get(page.size() - 1);
        // Advance by what arrived, not what was asked, in case a server returns more.
        nextOffset += page.size();
        exhausted = page.size() < pageSize;
        fetched = page.isEmpty() ? null : page;
      }
      return fetched != null;
    }

    @Override
    public List<T> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      List<T> page = fetched;
      fetched = null;
      return page;
    }
  }

  /** Flattens {@link PageIterator}, holding one page at a time. */
  private final class ItemIterator implements Iterator<T> {

    private final PageIterator pages = new PageIterator();
    private Iterator<T> current = List.<T>of().iterator();

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
