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
  void exclusiveBoundsAndMultipleOf() {
    assertEquals(1, ParameterChecks.exclusiveMinimum("n", 1, 0));
    IllegalArgumentException low =
        assertThrows(
            IllegalArgumentException.class, () -> ParameterChecks.exclusiveMinimum("n", 0, 0));
    assertEquals("n must be greater than 0, was 0", low.getMessage());
    assertEquals(9.5, ParameterChecks.exclusiveMaximum("n", 9.5, 10));
    IllegalArgumentException high =
        assertThrows(
            IllegalArgumentException.class, () -> ParameterChecks.exclusiveMaximum("n", 10, 10));
    assertEquals("n must be less than 10, was 10", high.getMessage());
    assertEquals(0.3, ParameterChecks.multipleOf("price", 0.3, 0.1));
    assertEquals(10L, ParameterChecks.multipleOf("n", 10L, 5L));
    IllegalArgumentException odd =
        assertThrows(IllegalArgumentException.class, () -> ParameterChecks.multipleOf("n", 7, 5L));
    assertEquals("n must be a multiple of 5, was 7", odd.getMessage());
    assertNull(ParameterChecks.multipleOf("n", (Integer) null, 5L));
  }

  @Test
  void uniqueItemsAndPatternMessage() {
    assertEquals(List.of("a", "b"), ParameterChecks.uniqueItems("tags", List.of("a", "b")));
    IllegalArgumentException repeated =
        assertThrows(
            IllegalArgumentException.class,
            () -> ParameterChecks.uniqueItems("tags", List.of("a", "b", "a")));
    assertEquals("tags items must be unique, item 2 repeats an earlier one", repeated.getMessage());
    // Not anchored, as in JSON Schema; the message leaves out the (possibly secret) value.
    assertEquals("xx42", ParameterChecks.pattern("code", "xx42", Pattern.compile("\\d+")));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ParameterChecks.pattern("token", "secret", Pattern.compile("^\\d+$")));
    assertEquals("token must match the pattern ^\\d+$", e.getMessage());
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
