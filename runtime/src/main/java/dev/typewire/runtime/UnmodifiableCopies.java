package dev.typewire.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The copies generated records make of their lists and maps, so that a decoded (or built) record
 * cannot change under its holder. Unlike {@link List#copyOf}, they keep null elements and values,
 * which some descriptions allow, and keep the order (a map's insertion order) as decoded. Only the
 * outer collection is copied: a list of lists holds the inner lists as they were given.
 */
public final class UnmodifiableCopies {

  private UnmodifiableCopies() {}

  /**
   * Returns an unmodifiable copy of {@code list}.
   *
   * @param list the list, or null
   * @param <T> the element type
   * @return the copy, or null when {@code list} is null
   */
  public static <T> List<T> list(List<T> list) {
    if (list instanceof DecodedList<T>) {
      return list;
    }
    return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
  }

  /**
   * Returns an unmodifiable copy of {@code map}, in its iteration order.
   *
   * @param map the map, or null
   * @param <K> the key type
   * @param <V> the value type
   * @return the copy, or null when {@code map} is null
   */
  public static <K, V> Map<K, V> map(Map<K, V> map) {
    if (map instanceof DecodedMap<K, V>) {
      return map;
    }
    return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
