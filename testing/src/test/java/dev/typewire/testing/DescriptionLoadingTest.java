package dev.typewire.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What the fake refuses to start from, by name rather than with a half-working server. */
class DescriptionLoadingTest {

  @Test
  void aMissingResourceIsNamed() {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> FakeServer.start("fake/absent.yaml"));
    assertTrue(refused.getMessage().contains("fake/absent.yaml"), refused.getMessage());
  }

  @Test
  void refsToOtherFilesAreRefusedWithWhereTheyAre() {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> FakeServer.start("fake/external.yaml"));
    assertTrue(
        refused.getMessage().contains("common.yaml#/components/schemas/Thing at #/paths/~1things"),
        refused.getMessage());
  }
}
