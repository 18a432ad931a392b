package dev.typewire.testing;

import java.util.List;
import java.util.function.Function;

/**
 * The {@link TypedStub} of an operation with {@code x-typewire-pagination}: it also serves a
 * listing page by page, its items typed like the generated client's pages, so a listing of the
 * wrong item type does not compile.
 *
 * @param <P> the operation's parameters, as the generated fake presents them
 * @param <R> the operation's success body type (one page)
 * @param <E> the type of one item of the listing
 */
public final class PagedStub<P, R, E> extends TypedStub<P, R> {

  /**
   * Wraps a paged operation's stub.
   *
   * @param stub the untyped stub, from {@link FakeServer#operation(String)}
   * @param parameters turns a recorded call's decoded parameters into {@code P}
   */
  public PagedStub(Stub stub, Function<RecordedCall, P> parameters) {
    super(stub, parameters);
  }

  /**
   * Serves these items page by page, as {@link Stub#items(List)}.
   *
   * @param items every item of the listing
   * @return this stub
   */
  public PagedStub<P, R, E> items(List<? extends E> items) {
    untyped().items(items);
    return this;
  }

  /**
   * Caps each page, as {@link Stub#maxPageSize(int)}.
   *
   * @param max the most items one page holds
   * @return this stub
   */
  public PagedStub<P, R, E> maxPageSize(int max) {
    untyped().maxPageSize(max);
    return this;
  }
}
