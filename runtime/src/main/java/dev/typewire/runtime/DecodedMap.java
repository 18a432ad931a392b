package dev.typewire.runtime;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.Map;
import java.util.Set;

/**
 * An unmodifiable map over one a generated codec has just filled and no one else holds, so that the
 * record's defensive copy ({@link UnmodifiableCopies#map}) can keep it as it is; see {@link
 * DecodedList}.
 */
final class DecodedMap<K, V> extends AbstractMap<K, V> {

  private final Map<K, V> view;

  DecodedMap(Map<K, V> owned) {
    this.view = Collections.unmodifiableMap(owned);
  }

  @Override
  public Set<Map.Entry<K, V>> entrySet() {
    return view.entrySet();
  }

  @Override
  public V get(Object key) {
    return view.get(key);
  }

  @Override
  public boolean containsKey(Object key) {
    return view.containsKey(key);
  }

  @Override
  public int size() {
    return view.size();
  }
}
