package dev.typewire.processor.change;

import dev.typewire.processor.model.Constraints;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Compares the rules on a value a request sends: a rule that is new or stricter rejects values the
 * previous description accepted.
 */
final class Bounds {

  private Bounds() {}

  /** A rule that differs; {@code tightened} when the current one admits less. */
  record Difference(String keyword, Object previous, Object current, boolean tightened) {
    String describe() {
      return keyword
          + " "
          + (previous == null ? "(none)" : previous)
          + " -> "
          + (current == null ? "(none)" : current);
    }
  }

  static List<Difference> compare(Constraints previous, Constraints current) {
    Constraints before = previous == null ? Constraints.NONE : previous;
    Constraints after = current == null ? Constraints.NONE : current;
    List<Difference> differences = new ArrayList<>();
    upper(differences, "maximum", before.maximum(), after.maximum());
    upper(differences, "exclusiveMaximum", before.exclusiveMaximum(), after.exclusiveMaximum());
    lower(differences, "minimum", before.minimum(), after.minimum());
    lower(differences, "exclusiveMinimum", before.exclusiveMinimum(), after.exclusiveMinimum());
    upper(differences, "maxLength", decimal(before.maxLength()), decimal(after.maxLength()));
    lower(differences, "minLength", decimal(before.minLength()), decimal(after.minLength()));
    upper(differences, "maxItems", decimal(before.maxItems()), decimal(after.maxItems()));
    lower(differences, "minItems", decimal(before.minItems()), decimal(after.minItems()));
    if (!Objects.equals(before.pattern(), after.pattern())) {
      differences.add(
          new Difference("pattern", before.pattern(), after.pattern(), after.pattern() != null));
    }
    if (differs(before.multipleOf(), after.multipleOf())) {
      differences.add(
          new Difference(
              "multipleOf", before.multipleOf(), after.multipleOf(), after.multipleOf() != null));
    }
    if (before.uniqueItems() != after.uniqueItems()) {
      differences.add(
          new Difference(
              "uniqueItems", before.uniqueItems(), after.uniqueItems(), after.uniqueItems()));
    }
    return differences;
  }

  private static BigDecimal decimal(Integer value) {
    return value == null ? null : BigDecimal.valueOf(value);
  }

  private static void upper(
      List<Difference> differences, String keyword, BigDecimal before, BigDecimal after) {
    bound(differences, keyword, before, after, -1);
  }

  private static void lower(
      List<Difference> differences, String keyword, BigDecimal before, BigDecimal after) {
    bound(differences, keyword, before, after, 1);
  }

  /**
   * Records a changed bound; it tightens when it appears or moves in the direction {@code
   * tighterSign} gives ({@code -1}: a lower maximum, {@code 1}: a higher minimum).
   */
  private static void bound(
      List<Difference> differences,
      String keyword,
      BigDecimal before,
      BigDecimal after,
      int tighterSign) {
    if (differs(before, after)) {
      boolean tightened =
          after != null && (before == null || after.compareTo(before) == tighterSign);
      differences.add(new Difference(keyword, before, after, tightened));
    }
  }

  private static boolean differs(BigDecimal before, BigDecimal after) {
    return before == null ? after != null : after == null || before.compareTo(after) != 0;
  }
}
