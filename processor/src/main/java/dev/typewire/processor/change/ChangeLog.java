package dev.typewire.processor.change;

import dev.typewire.processor.change.Change.Affects;
import dev.typewire.processor.change.Change.Level;
import dev.typewire.processor.change.Change.OperationRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the changes the comparisons find. A type reached from several operations or both
 * directions is compared more than once; the first finding of a change is the one kept.
 */
final class ChangeLog {

  static final Set<Affects> WIRE = Set.of(Affects.WIRE);
  static final Set<Affects> SOURCE = Set.of(Affects.SOURCE);
  static final Set<Affects> BOTH = Set.of(Affects.WIRE, Affects.SOURCE);

  private final List<Change> changes = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();

  void breaking(
      String rule,
      Set<Affects> affects,
      OperationRef operation,
      String previous,
      String current,
      String message) {
    add(
        new Change(
            "TW-BREAK-" + rule, Level.BREAKING, affects, operation, previous, current, message));
  }

  void warning(
      OperationRef operation, String rule, String previous, String current, String message) {
    add(
        new Change(
            "TW-CHANGE-" + rule, Level.WARNING, Set.of(), operation, previous, current, message));
  }

  void info(OperationRef operation, String rule, String previous, String current, String message) {
    add(
        new Change(
            "TW-CHANGE-" + rule, Level.INFO, Set.of(), operation, previous, current, message));
  }

  private void add(Change change) {
    if (seen.add(
        change.rule()
            + '\0'
            + change.previousPointer()
            + '\0'
            + change.currentPointer()
            + '\0'
            + change.message())) {
      changes.add(change);
    }
  }

  /** Breaking changes first, then warnings, then the rest; in the order found within a level. */
  List<Change> changes() {
    return changes.stream().sorted(Comparator.comparing(Change::level)).toList();
  }
}
