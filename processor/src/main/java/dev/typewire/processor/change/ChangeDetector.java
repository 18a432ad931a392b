package dev.typewire.processor.change;

import dev.typewire.processor.change.Change.OperationRef;
import dev.typewire.processor.model.ApiModel;
import dev.typewire.processor.model.Operation;
import dev.typewire.processor.model.TypeDecl;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Compares two descriptions, read into models by the same reader and naming code the emitters use,
 * so that it sees both the wire (operations by method and path, their parameters and bodies) and
 * the generated Java API (class, method, builder method, accessor and constant names).
 */
public final class ChangeDetector {

  private ChangeDetector() {}

  /** Every difference, breaking ones first. */
  public static List<Change> compare(ApiModel previous, ApiModel current) {
    ChangeLog log = new ChangeLog();
    TypeComparison types = new TypeComparison(previous, current, log);
    if (!previous.clientName().equals(current.clientName())) {
      log.breaking(
          "CLIENT-RENAMED",
          ChangeLog.SOURCE,
          null,
          "#/info/title",
          "#/info/title",
          "the client class " + previous.clientName() + " is now " + current.clientName());
    }
    Map<String, Operation> now = byWireIdentity(current.operations());
    Set<String> matched = new HashSet<>();
    for (Operation old : previous.operations()) {
      Operation operation = now.get(wireIdentity(old));
      if (operation == null) {
        log.breaking(
            "OPERATION-REMOVED",
            ChangeLog.BOTH,
            ref(old),
            old.pointer(),
            null,
            "operation " + ref(old).label() + " was removed (method " + old.javaName() + "())");
        continue;
      }
      matched.add(wireIdentity(old));
      new OperationComparison(previous, current, types, log, old, operation).compare();
    }
    for (Operation added : current.operations()) {
      if (!matched.contains(wireIdentity(added))) {
        log.info(
            ref(added),
            "OPERATION-ADDED",
            null,
            added.pointer(),
            "operation " + ref(added).label() + " is new (method " + added.javaName() + "())");
      }
    }
    removedClasses(previous, current, types.renamedFrom(), log);
    return log.changes();
  }

  private static void removedClasses(
      ApiModel previous, ApiModel current, Set<String> renamed, ChangeLog log) {
    Set<String> names = new HashSet<>();
    current.types().forEach(type -> names.add(type.javaName()));
    for (TypeDecl type : previous.types()) {
      if (!names.contains(type.javaName()) && !renamed.contains(type.javaName())) {
        log.breaking(
            "CLASS-REMOVED",
            ChangeLog.SOURCE,
            null,
            type.pointer(),
            null,
            "generated type " + type.javaName() + " is gone");
      }
    }
  }

  static OperationRef ref(Operation operation) {
    return new OperationRef(
        operation.operationId(), operation.method().toUpperCase(Locale.ROOT), operation.wirePath());
  }

  private static Map<String, Operation> byWireIdentity(List<Operation> operations) {
    Map<String, Operation> map = new LinkedHashMap<>();
    operations.forEach(operation -> map.putIfAbsent(wireIdentity(operation), operation));
    return map;
  }

  /**
   * Method and path, with path parameter names left out: {@code /pets/{id}} and {@code
   * /pets/{petId}} are one resource on the wire.
   */
  private static String wireIdentity(Operation operation) {
    return operation.method().toUpperCase(Locale.ROOT)
        + " "
        + operation.wirePath().replaceAll("\\{[^}]*\\}", "{}");
  }
}
