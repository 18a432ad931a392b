package dev.typewire.runtime;

import java.util.Objects;
import java.util.function.Function;

/**
 * Tells a pager that a page is the last one, from what the page itself says: a declared total or a
 * "has more" flag. A page shorter than the size asked for is never taken as the end, because many
 * servers cap the page size below what was asked; without a signal here, paging ends at the first
 * empty page (or when the style's own signal, such as a missing next cursor, says so).
 *
 * @param <P> the page (response) type
 */
@FunctionalInterface
public interface PageEnd<P> {

  /**
   * Tells whether {@code page} is the last page.
   *
   * @param page the page just fetched, never null
   * @param itemsSoFar items up to and including this page, counted from the first item of the
   *     listing (an offset the listing started at counts too)
   * @return true to stop after this page
   */
  boolean isLast(P page, long itemsSoFar);

  /**
   * Returns a rule that stops when this one or {@code other} says so.
   *
   * @param other the second rule
   * @return the combined rule
   */
  default PageEnd<P> or(PageEnd<? super P> other) {
    Objects.requireNonNull(other, "other");
    return (page, itemsSoFar) -> isLast(page, itemsSoFar) || other.isLast(page, itemsSoFar);
  }

  /**
   * Returns the rule that never stops early: paging ends at an empty page.
   *
   * @param <P> the page type
   * @return a rule that always answers false
   */
  static <P> PageEnd<P> never() {
    return (page, itemsSoFar) -> false;
  }

  /**
   * Stops when a "has more" flag of the page is false. A missing (null) flag says nothing.
   *
   * @param hasMore reads the flag
   * @param <P> the page type
   * @return the rule
   */
  static <P> PageEnd<P> hasMore(Function<? super P, Boolean> hasMore) {
    Objects.requireNonNull(hasMore, "hasMore");
    return (page, itemsSoFar) -> Boolean.FALSE.equals(hasMore.apply(page));
  }

  /**
   * Stops once the items received reach a total the page declares. A missing (null) total says
   * nothing.
   *
   * @param total reads the total number of items of the listing
   * @param <P> the page type
   * @return the rule
   */
  static <P> PageEnd<P> total(Function<? super P, ? extends Number> total) {
    Objects.requireNonNull(total, "total");
    return (page, itemsSoFar) -> {
      Number declared = total.apply(page);
      return declared != null && itemsSoFar >= declared.longValue();
    };
  }
}
