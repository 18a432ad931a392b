package dev.typewire.runtime;

import java.net.URI;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The rules of one paging style, shared by the blocking {@link AutoPager} and the asynchronous
 * {@link AsyncPage}: where a listing starts, where the page after a given one starts, and when to
 * stop. A walk stops on an empty page, when {@link PageEnd} says so, or when the style has no next
 * position (no next cursor, no {@code Link: rel=next}); never because a page was short.
 *
 * @param <C> a position in the listing: an offset, a page number, a cursor, a URL
 * @param <P> the page (response) type
 * @param <T> the item type
 */
final class PageWalk<C, P, T> {

  /** The position after a page, or empty when the style says there is none. */
  @FunctionalInterface
  interface Advance<C, P> {
    Optional<C> after(C at, P page, int received);
  }

  private final String positionName;
  private final C start;
  private final long startCount;
  private final Function<? super P, ? extends List<T>> items;
  private final Advance<C, P> advance;
  private final PageEnd<? super P> end;

  /**
   * @param positionName what a position is, for messages: "offset", "page", "cursor", "link"
   * @param start the first position; may be null where the style's first request needs none
   * @param startCount items before the first position, for {@link PageEnd#total}
   */
  PageWalk(
      String positionName,
      C start,
      long startCount,
      Function<? super P, ? extends List<T>> items,
      Advance<C, P> advance,
      PageEnd<? super P> end) {
    this.positionName = positionName;
    this.start = start;
    this.startCount = startCount;
    this.items = items;
    this.advance = advance;
    this.end = end;
  }

  /** Pages fetched by blocking calls, lazily; empty pages are not yielded. */
  Iterator<List<T>> pages(Function<C, P> fetch) {
    return new Iterator<>() {
      private final Position position = new Position();
      private List<T> fetched;

      @Override
      public boolean hasNext() {
        while (fetched == null && !position.done) {
          C at = position.at;
          List<T> page = position.accept(at, fetch.apply(at));
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
    };
  }

  /** The first page, fetched by asynchronous calls; each page fetches its successor on demand. */
  CompletableFuture<AsyncPage<T>> first(Function<C, CompletableFuture<P>> fetch) {
    return fetchAsync(new Position(), fetch);
  }

  private CompletableFuture<AsyncPage<T>> fetchAsync(
      Position position, Function<C, CompletableFuture<P>> fetch) {
    C at = position.at;
    CompletableFuture<P> page;
    try {
      page = fetch.apply(at);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return page.thenApply(
        response -> {
          List<T> received = position.accept(at, response);
          return new AsyncPage<>(
              received, position.done ? null : () -> fetchAsync(position, fetch));
        });
  }

  /** Where one walk is, and the items of the previous page that detect a server going round. */
  private final class Position {
    private C at = start;
    private boolean done;
    private long count = startCount;
    private boolean hasPrevious;
    private T previousFirst;
    private T previousLast;

    /** Applies the rules to the page fetched at {@code from}; returns its items and moves on. */
    List<T> accept(C from, P response) {
      List<T> page = response == null ? null : items.apply(response);
      page = page == null ? List.of() : page;
      if (page.isEmpty()) {
        done = true;
        return page;
      }
      T first = page.get(0);
      T last = page.get(page.size() - 1);
      if (hasPrevious
          && Objects.equals(first, previousFirst)
          && Objects.equals(last, previousLast)) {
        // A server that ignores the offset (or cursor) answers the same page forever; stop,
        // loudly. Its first and last items tell, without hashing every item or holding two pages.
        done = true;
        throw new IllegalStateException(
            "the page at "
                + positionName
                + " "
                + from
                + " is the same as the page before it; the server seems to ignore the paging"
                + " parameter");
      }
      hasPrevious = true;
      previousFirst = first;
      previousLast = last;
      count += page.size();
      Optional<C> next =
          end.isLast(response, count)
              ? Optional.empty()
              : advance.after(from, response, page.size());
      done = next.isEmpty();
      at = next.orElse(null);
      return page;
    }
  }

  static <P, T> PageWalk<Integer, P, T> offsets(
      int start, Function<? super P, ? extends List<T>> items, PageEnd<? super P> end) {
    // Advance by what arrived, not what was asked: a server may cap the page, or send more.
    return new PageWalk<>(
        "offset", start, start, items, (at, page, received) -> Optional.of(at + received), end);
  }

  static <P, T> PageWalk<Integer, P, T> pageNumbers(
      int firstPage, Function<? super P, ? extends List<T>> items, PageEnd<? super P> end) {
    return new PageWalk<>(
        "page", firstPage, 0, items, (at, page, received) -> Optional.of(at + 1), end);
  }

  static <P, T> PageWalk<String, P, T> cursors(
      String firstCursor,
      Function<? super P, ? extends List<T>> items,
      Function<? super P, String> nextCursor,
      PageEnd<? super P> end) {
    return new PageWalk<>(
        "cursor",
        firstCursor,
        0,
        items,
        (at, page, received) ->
            Optional.ofNullable(nextCursor.apply(page)).filter(next -> !next.isEmpty()),
        end);
  }

  static <B, T> PageWalk<URI, LinkedPage<B>, T> links(
      Function<? super B, ? extends List<T>> items, PageEnd<? super B> end) {
    return new PageWalk<>(
        "link",
        null,
        0,
        page -> items.apply(page.body()),
        (at, page, received) -> page.next(),
        (page, itemsSoFar) -> end.isLast(page.body(), itemsSoFar));
  }
}
