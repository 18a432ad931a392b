package dev.typewire.runtime;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An unmodifiable list over one a generated codec has just filled and no one else holds, so that
 * the record's defensive copy ({@link UnmodifiableCopies#list}) can keep it as it is: a page of
 * thousands of records would otherwise copy every list it decoded once more.
 */
final class DecodedList<T> extends AbstractList<T> implements RandomAccess {

  private final List<T> owned;

  DecodedList(List<T> owned) {
    this.owned = owned;
  }

  @Override
  public T get(int index) {
    return owned.get(index);
  }

  @Override
  public int size() {
    return owned.size();
  }
}
