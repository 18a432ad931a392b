package dev.typewire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The collections a codec hands a record are kept by its copy, and cannot be changed. */
class DecodedCollectionsTest {

  @Test
  void aDecodedListIsKeptUnmodifiableAndEqualToItsContent() {
    List<String> decoded = CodecReads.decodedList(new ArrayList<>(Arrays.asList("a", null)));
    assertSame(decoded, UnmodifiableCopies.list(decoded));
    assertEquals(Arrays.asList("a", null), decoded);
    assertEquals(Arrays.asList("a", null).hashCode(), decoded.hashCode());
    assertThrows(UnsupportedOperationException.class, () -> decoded.add("b"));
    assertThrows(UnsupportedOperationException.class, () -> decoded.set(0, "b"));
  }

  @Test
  void aDecodedMapIsKeptUnmodifiableInItsOrder() {
    LinkedHashMap<String, Integer> filled = new LinkedHashMap<>();
    filled.put("z", 1);
    filled.put("a", null);
    Map<String, Integer> decoded = CodecReads.decodedMap(filled);
    assertSame(decoded, UnmodifiableCopies.map(decoded));
    assertEquals(filled, decoded);
    assertEquals(List.of("z", "a"), new ArrayList<>(decoded.keySet()));
    assertThrows(UnsupportedOperationException.class, () -> decoded.put("b", 2));
    assertThrows(UnsupportedOperationException.class, () -> decoded.entrySet().clear());
  }

  @Test
  void anyOtherListIsStillCopied() {
    List<String> mine = new ArrayList<>(List.of("a"));
    List<String> copy = UnmodifiableCopies.list(mine);
    assertNotSame(mine, copy);
    mine.add("b");
    assertEquals(List.of("a"), copy);
  }
}
