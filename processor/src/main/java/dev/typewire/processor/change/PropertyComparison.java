package dev.typewire.processor.change;

import dev.typewire.processor.change.Change.OperationRef;
import dev.typewire.processor.change.TypeComparison.Direction;
import dev.typewire.processor.model.Property;

/** Compares one property both descriptions declare, by its JSON key, in one direction. */
final class PropertyComparison {

  private final TypeComparison types;
  private final ChangeLog log;
  private final OperationRef operation;
  private final Direction direction;
  private final String previousPointer;
  private final String currentPointer;

  PropertyComparison(
      TypeComparison types,
      ChangeLog log,
      OperationRef operation,
      Direction direction,
      String previousPointer,
      String currentPointer) {
    this.types = types;
    this.log = log;
    this.operation = operation;
    this.direction = direction;
    this.previousPointer = previousPointer;
    this.currentPointer = currentPointer;
  }

  void compare(String owner, Property old, Property now) {
    String name = "property '" + old.wireName() + "' of " + owner;
    if (!old.javaName().equals(now.javaName())) {
      log.breaking(
          "ACCESSOR-RENAMED",
          ChangeLog.SOURCE,
          operation,
          previousPointer,
          currentPointer,
          "accessor " + owner + "." + old.javaName() + "() is now " + now.javaName() + "()");
    }
    if (!types.sameShape(old.type(), now.type())) {
      log.breaking(
          "PROPERTY-TYPE",
          ChangeLog.BOTH,
          operation,
          previousPointer,
          currentPointer,
          name
              + " changed type from "
              + TypeComparison.describe(old.type())
              + " to "
              + TypeComparison.describe(now.type()));
      return;
    }
    if (direction == Direction.RESPONSE) {
      response(name, old, now);
    } else {
      request(name, old, now);
    }
    types.descend(old.type(), now.type(), direction, operation);
  }

  /**
   * Only a property the previous client could count on (required and never null) breaks when it may
   * now be null or missing; an optional one was already null in Java whenever absent.
   */
  private void response(String name, Property old, Property now) {
    if (old.nullable() || !now.nullable() || now.writeOnly()) {
      if (!old.admitsNull() && now.admitsNull()) {
        log.info(
            operation,
            "PROPERTY-NULLABLE",
            previousPointer,
            currentPointer,
            name + " may now be null (it was optional already)");
      }
      return;
    }
    log.breaking(
        "PROPERTY-NULLABLE",
        ChangeLog.WIRE,
        operation,
        previousPointer,
        currentPointer,
        name
            + (now.admitsNull()
                ? " may now be null"
                : " is no longer required, so it may be missing"));
  }

  private void request(String name, Property old, Property now) {
    if (!old.required() && now.required() && !now.readOnly()) {
      log.breaking(
          "PROPERTY-NOW-REQUIRED",
          ChangeLog.WIRE,
          operation,
          previousPointer,
          currentPointer,
          name + " is now required");
    }
    if (old.admitsNull() && !now.admitsNull()) {
      log.breaking(
          "PROPERTY-NOT-NULLABLE",
          ChangeLog.WIRE,
          operation,
          previousPointer,
          currentPointer,
          name + " no longer admits null");
    }
    for (Bounds.Difference difference : Bounds.compare(old.constraints(), now.constraints())) {
      if (difference.tightened()) {
        log.breaking(
            "BOUND-TIGHTENED",
            ChangeLog.WIRE,
            operation,
            previousPointer,
            currentPointer,
            name + ": " + difference.describe());
      } else {
        log.info(
            operation,
            "BOUND-RELAXED",
            previousPointer,
            currentPointer,
            name + ": " + difference.describe());
      }
    }
  }
}
