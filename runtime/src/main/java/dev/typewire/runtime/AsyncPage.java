package dev.typewire.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One page of a listing fetched asynchronously: its items, and the future of the page after it.
 * Nothing is fetched until {@link #next()} is called, so a consumer sets its own pace, and no
 * thread waits between pages. The rules for the end of a listing are those of {@link AutoPager}.
 *
 * <pre>{@code
 * api.listAllChatsAutoPagingAsync(params, RequestOptions.none())
 *     .thenCompose(first -> first.forEachRemaining(chat -> System.out.println(chat.chatId())));
 * }</pre>
 *
 * <p>A failed page fails the future of that page (or of {@link #forEachRemaining}) with the {@link
 * ApiException} the call raised. Cancelling a returned future cancels the call in flight.
 *
 * @param <T> the item type
 */
public final class AsyncPage<T> {

  private final List<T> items;
  private final Supplier<CompletableFuture<AsyncPage<T>>> next;

  AsyncPage(List<T> items, Supplier<CompletableFuture<AsyncPage<T>>> next) {
    // Not List.copyOf: a JSON array may hold nulls.
    this.items = Collections.unmodifiableList(new ArrayList<>(items));
    this.next = next;
  }

  /**
   * Fetches one page by position and size without blocking.
   *
   * @param <P> the page (response) type
   */
  @FunctionalInterface
  public interface PageFetcher<P> {

    /**
     * Starts fetching the page at {@code offset}.
     *
     * @param offset index of the first item wanted (or the page number)
     * @param limit most items wanted (or the page size)
     * @return the page's future; the page may be null, meaning empty
     */
    CompletableFuture<P> fetch(int offset, int limit);
  }

  /**
   * Fetches one page by cursor without blocking.
   *
   * @param <P> the page (response) type
   */
  @FunctionalInterface
  public interface CursorFetcher<P> {

    /**
     * Starts fetching the page at {@code cursor}.
     *
     * @param cursor a previous page's next cursor; null (or the caller's own) for the first page
     * @return the page's future; the page may be null, meaning empty
     */
    CompletableFuture<P> fetch(String cursor);
  }

  /**
   * Fetches the first page of an offset/limit listing; see {@link AutoPager#offsetLimit(int, int,
   * AutoPager.PageFetcher, Function, PageEnd)}.
   *
   * @param startOffset offset of the first page, at least 0
   * @param pageSize the {@code limit} asked for, at least 1
   * @param fetcher starts the operation's call
   * @param items extracts the items from a page; a null list counts as empty
   * @param end tells from a page that it is the last
   * @param <P> the page (response) type
   * @param <T> the item type
   * @return the first page's future
   */
  public static <P, T> CompletableFuture<AsyncPage<T>> offsetLimit(
      int startOffset,
      int pageSize,
      PageFetcher<P> fetcher,
      Function<? super P, ? extends List<T>> items,
      PageEnd<? super P> end) {
    PageArguments.check("startOffset", startOffset, 0);
    PageArguments.check("pageSize", pageSize, 1);
    PageArguments.present(fetcher, items, end);
    return PageWalk.offsets(startOffset, items, end)
        .first(offset -> fetcher.fetch(offset, pageSize));
  }

  /**
   * Fetches the first page of a page-number/page-size listing; see {@link AutoPager#pageNumber}.
   *
   * @param firstPage number of the first page fetched
   * @param pageSize the page size asked for, at least 1
   * @param fetcher starts the operation's call with a page number and the page size
   * @param items extracts the items from a page; a null list counts as empty
   * @param end tells from a page that it is the last
   * @param <P> the page (response) type
   * @param <T> the item type
   * @return the first page's future
   */
  public static <P, T> CompletableFuture<AsyncPage<T>> pageNumber(
      int firstPage,
      int pageSize,
      PageFetcher<P> fetcher,
      Function<? super P, ? extends List<T>> items,
      PageEnd<? super P> end) {
    PageArguments.check("pageSize", pageSize, 1);
    PageArguments.present(fetcher, items, end);
    return PageWalk.pageNumbers(firstPage, items, end).first(page -> fetcher.fetch(page, pageSize));
  }

  /**
   * Fetches the first page of a cursor listing; see {@link AutoPager#cursor}.
   *
   * @param firstCursor the cursor of the first page; null to start at the beginning
   * @param fetcher starts the operation's call with a cursor
   * @param items extracts the items from a page; a null list counts as empty
   * @param nextCursor reads the next page's cursor from a page
   * @param end tells from a page that it is the last
   * @param <P> the page (response) type
   * @param <T> the item type
   * @return the first page's future
   */
  public static <P, T> CompletableFuture<AsyncPage<T>> cursor(
      String firstCursor,
      CursorFetcher<P> fetcher,
      Function<? super P, ? extends List<T>> items,
      Function<? super P, String> nextCursor,
      PageEnd<? super P> end) {
    PageArguments.present(fetcher, items, end);
    Objects.requireNonNull(nextCursor, "nextCursor");
    return PageWalk.cursors(firstCursor, items, nextCursor, end).first(fetcher::fetch);
  }

  /**
   * Fetches the first page of a listing linked by {@code Link: rel="next"} headers; see {@link
   * AutoPager#linkHeader}.
   *
   * @param transport sends the requests
   * @param first the request for the first page
   * @param responseType decodes a page
   * @param items extracts the items from a page; a null list counts as empty
   * @param end tells from a page that it is the last
   * @param <P> the page (response) type
   * @param <T> the item type
   * @return the first page's future
   */
  public static <P, T> CompletableFuture<AsyncPage<T>> linkHeader(
      ApiTransport transport,
      ApiRequest first,
      ResponseType<P> responseType,
      Function<? super P, ? extends List<T>> items,
      PageEnd<? super P> end) {
    PageArguments.present(transport, items, end);
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(responseType, "responseType");
    return PageWalk.<P, T>links(items, end)
        .first(link -> transport.sendLinkedAsync(first, link, responseType));
  }

  /**
   * Returns this page's items.
   *
   * @return an unmodifiable list; empty only for the last page of a listing
   */
  public List<T> items() {
    return items;
  }

  /**
   * Tells whether the listing may continue after this page. The next page may still turn out empty,
   * which ends the listing.
   *
   * @return true when {@link #next()} fetches another page
   */
  public boolean hasNext() {
    return next != null;
  }

  /**
   * Fetches the page after this one. Each call fetches it again.
   *
   * @return the next page's future
   * @throws NoSuchElementException if {@link #hasNext()} is false
   */
  public CompletableFuture<AsyncPage<T>> next() {
    if (next == null) {
      throw new NoSuchElementException("this is the last page");
    }
    return next.get();
  }

  /**
   * Hands every item of this page and all later pages to {@code action}, fetching one page at a
   * time.
   *
   * @param action called for each item, on the thread that completed the page's call
   * @return completes when the listing is done, or exceptionally with the first failure
   */
  public CompletableFuture<Void> forEachRemaining(Consumer<? super T> action) {
    Objects.requireNonNull(action, "action");
    items.forEach(action);
    return hasNext()
        ? next().thenCompose(page -> page.forEachRemaining(action))
        : CompletableFuture.completedFuture(null);
  }
}
