package dev.typewire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ParameterChecksTest {

  @Test
  void range() {
    assertEquals(1, ParameterChecks.range("limit", 1, 1, 2000));
    assertEquals(2000, ParameterChecks.range("limit", 2000, 1, 2000));
    assertNull(ParameterChecks.range("limit", (Integer) null, 1, 2000));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ParameterChecks.range("limit", 10000, 1, 2000));
    assertEquals("limit must be between 1 and 2000, was 10000", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ParameterChecks.range("ratio", 1.5, 0, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> ParameterChecks.range("big", 9007199254740993L, 0, 9007199254740992L));
    assertEquals(new BigDecimal("0.5"), ParameterChecks.range("d", new BigDecimal("0.5"), 0, 1));
  }

  @Test
  void minimumAndMaximum() {
    assertEquals(0, ParameterChecks.minimum("offset", 0, 0));
    assertThrows(IllegalArgumentException.class, () -> ParameterChecks.minimum("offset", -1, 0));
    assertEquals(10, ParameterChecks.maximum("x", 10, 10));
    assertThrows(IllegalArgumentException.class, () -> ParameterChecks.maximum("x", 11, 10));
  }

  @Test
  void length() {
    assertEquals("ab", ParameterChecks.length("name", "ab", 1, 2));
    assertEquals("\uD83D\uDE00", ParameterChecks.length("name", "\uD83D\uDE00", 1, 1));
    assertEquals("abc", ParameterChecks.length("name", "abc", -1, -1));
    assertThrows(IllegalArgumentException.class, () -> ParameterChecks.length("name", "", 1, -1));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ParameterChecks.length("name", "abc", -1, 2));
    assertEquals("name length must be at most 2, was 3", e.getMessage());
  }

  @Test
  void sizeAndPattern() {
    assertEquals(List.of(1), ParameterChecks.size("ids", List.of(1), 1, 5));
    assertThrows(
        IllegalArgumentException.class, () -> ParameterChecks.size("ids", List.of(), 1, 5));
    Pattern phone = Pattern.compile("^\\d+$");
    assertEquals("919876543210", ParameterChecks.pattern("x-phone", "919876543210", phone));
    assertThrows(
        IllegalArgumentException.class, () -> ParameterChecks.pattern("x-phone", "+91 98", phone));
  }

  @Test
  void required() {
    assertEquals("g", ParameterChecks.required("group_name", "g"));
    NullPointerException e =
        assertThrows(
            NullPointerException.class, () -> ParameterChecks.required("group_name", null));
    assertTrue(e.getMessage().contains("group_name"));
  }
}
