package dev.typewire.runtime;

import java.util.Objects;

/** Argument checks shared by the {@link AutoPager} and {@link AsyncPage} factories. */
final class PageArguments {

  private PageArguments() {}

  static void check(String name, int value, int least) {
    if (value < least) {
      throw new IllegalArgumentException(
          name
              + (least == 0 ? " must not be negative: " : " must be at least " + least + ": ")
              + value);
    }
  }

  static void present(Object fetcher, Object items, Object end) {
    Objects.requireNonNull(fetcher, "fetcher");
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(end, "end");
  }
}
