package dev.typewire.processor.change;

import dev.typewire.processor.change.Change.OperationRef;
import dev.typewire.processor.diag.JsonPointer;
import dev.typewire.processor.model.ApiModel;
import dev.typewire.processor.model.EnumType;
import dev.typewire.processor.model.ObjectType;
import dev.typewire.processor.model.Property;
import dev.typewire.processor.model.TypeDecl;
import dev.typewire.processor.model.TypeRef;
import dev.typewire.processor.model.UnionType;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares the types two descriptions give one place of the wire (a body, a parameter), walking
 * into records, enums and unions. Which changes break depends on the direction: a client sends
 * requests, so anything the server now demands breaks them; it reads responses, so anything it can
 * no longer count on breaks them.
 */
final class TypeComparison {

  /** Which way values of a type travel. */
  enum Direction {
    REQUEST,
    RESPONSE
  }

  private final Map<String, TypeDecl> previousTypes;
  private final Map<String, TypeDecl> currentTypes;
  private final ChangeLog log;
  private final Set<String> visited = new HashSet<>();
  private final Set<String> renamedFrom = new HashSet<>();

  TypeComparison(ApiModel previous, ApiModel current, ChangeLog log) {
    this.previousTypes = byName(previous.types());
    this.currentTypes = byName(current.types());
    this.log = log;
  }

  private static Map<String, TypeDecl> byName(List<TypeDecl> types) {
    return types.stream()
        .collect(Collectors.toMap(TypeDecl::javaName, Function.identity(), (a, b) -> a));
  }

  /** The generated names of the previous description that live on under another name. */
  Set<String> renamedFrom() {
    return renamedFrom;
  }

  /**
   * Whether values of both types look alike on the wire and in Java, not looking inside records.
   */
  boolean sameShape(TypeRef previous, TypeRef current) {
    if (previous instanceof TypeRef.Primitive p && current instanceof TypeRef.Primitive c) {
      return p.scalar() == c.scalar();
    }
    if (previous instanceof TypeRef.ListOf p && current instanceof TypeRef.ListOf c) {
      return sameShape(p.items(), c.items());
    }
    if (previous instanceof TypeRef.MapOf p && current instanceof TypeRef.MapOf c) {
      return sameShape(p.values(), c.values());
    }
    if (previous instanceof TypeRef.Named p && current instanceof TypeRef.Named c) {
      TypeDecl before = previousTypes.get(p.javaName());
      TypeDecl after = currentTypes.get(c.javaName());
      return before != null && after != null && before.getClass() == after.getClass();
    }
    return previous instanceof TypeRef.AnyJson && current instanceof TypeRef.AnyJson;
  }

  /** How a type reads in a message: its Java form. */
  static String describe(TypeRef type) {
    if (type == null) {
      return "no body";
    }
    if (type instanceof TypeRef.Primitive p) {
      return p.scalar().name().toLowerCase(java.util.Locale.ROOT);
    }
    if (type instanceof TypeRef.Named n) {
      return n.javaName();
    }
    if (type instanceof TypeRef.ListOf l) {
      return "List<" + describe(l.items()) + ">";
    }
    if (type instanceof TypeRef.MapOf m) {
      return "Map<String, " + describe(m.values()) + ">";
    }
    return "JsonNode";
  }

  /** Compares what lies inside two types of the same shape. */
  void descend(TypeRef previous, TypeRef current, Direction direction, OperationRef operation) {
    if (previous instanceof TypeRef.ListOf p && current instanceof TypeRef.ListOf c) {
      descend(p.items(), c.items(), direction, operation);
    } else if (previous instanceof TypeRef.MapOf p && current instanceof TypeRef.MapOf c) {
      descend(p.values(), c.values(), direction, operation);
    } else if (previous instanceof TypeRef.Named p && current instanceof TypeRef.Named c) {
      TypeDecl before = previousTypes.get(p.javaName());
      TypeDecl after = currentTypes.get(c.javaName());
      if (before == null || after == null) {
        return;
      }
      if (!before.javaName().equals(after.javaName())) {
        renamedFrom.add(before.javaName());
        log.breaking(
            "TYPE-RENAMED",
            ChangeLog.SOURCE,
            operation,
            before.pointer(),
            after.pointer(),
            "generated type " + before.javaName() + " is now named " + after.javaName());
      }
      if (!visited.add(before.javaName() + '\0' + after.javaName() + '\0' + direction)) {
        return;
      }
      if (before instanceof ObjectType b && after instanceof ObjectType a) {
        objects(b, a, direction, operation);
      } else if (before instanceof EnumType b && after instanceof EnumType a) {
        enums(b, a, direction, operation);
      } else if (before instanceof UnionType b && after instanceof UnionType a) {
        unions(b, a, direction, operation);
      }
    }
  }

  private void objects(
      ObjectType before, ObjectType after, Direction direction, OperationRef operation) {
    Map<String, Property> current =
        after.properties().stream()
            .collect(Collectors.toMap(Property::wireName, Function.identity(), (a, b) -> a));
    Set<String> previousNames = new HashSet<>();
    for (Property old : before.properties()) {
      previousNames.add(old.wireName());
      String oldPointer =
          JsonPointer.child(JsonPointer.child(before.pointer(), "properties"), old.wireName());
      Property now = current.get(old.wireName());
      if (now == null) {
        log.breaking(
            "PROPERTY-REMOVED",
            direction == Direction.RESPONSE ? ChangeLog.BOTH : ChangeLog.SOURCE,
            operation,
            oldPointer,
            null,
            "property '" + old.wireName() + "' of " + before.javaName() + " was removed");
        continue;
      }
      String newPointer =
          JsonPointer.child(JsonPointer.child(after.pointer(), "properties"), now.wireName());
      new PropertyComparison(this, log, operation, direction, oldPointer, newPointer)
          .compare(before.javaName(), old, now);
    }
    for (Property added : after.properties()) {
      if (previousNames.contains(added.wireName())) {
        continue;
      }
      String pointer =
          JsonPointer.child(JsonPointer.child(after.pointer(), "properties"), added.wireName());
      if (direction == Direction.REQUEST && added.required() && !added.readOnly()) {
        log.breaking(
            "REQUIRED-PROPERTY-ADDED",
            ChangeLog.WIRE,
            operation,
            null,
            pointer,
            "request property '"
                + added.wireName()
                + "' of "
                + after.javaName()
                + " is new and required");
      } else {
        log.info(
            operation,
            "PROPERTY-ADDED",
            null,
            pointer,
            "property '" + added.wireName() + "' of " + after.javaName() + " is new");
      }
    }
  }

  private void enums(EnumType before, EnumType after, Direction direction, OperationRef operation) {
    Map<String, EnumType.EnumConstant> current =
        after.constants().stream()
            .collect(
                Collectors.toMap(
                    EnumType.EnumConstant::wireValue, constant -> constant, (a, b) -> a));
    Set<String> previousValues = new HashSet<>();
    for (EnumType.EnumConstant constant : before.constants()) {
      previousValues.add(constant.wireValue());
      EnumType.EnumConstant now = current.get(constant.wireValue());
      if (now == null) {
        // A response value no longer sent breaks no client on the wire, but the constant is gone.
        log.breaking(
            "ENUM-VALUE-REMOVED",
            direction == Direction.REQUEST ? ChangeLog.BOTH : ChangeLog.SOURCE,
            operation,
            constant.pointer(),
            after.pointer(),
            "value '" + constant.wireValue() + "' of " + before.javaName() + " was removed");
      } else if (!now.javaName().equals(constant.javaName())) {
        log.breaking(
            "ENUM-CONSTANT-RENAMED",
            ChangeLog.SOURCE,
            operation,
            constant.pointer(),
            now.pointer(),
            "constant "
                + before.javaName()
                + "."
                + constant.javaName()
                + " is now "
                + now.javaName());
      }
    }
    for (EnumType.EnumConstant constant : after.constants()) {
      if (!previousValues.contains(constant.wireValue())) {
        log.info(
            operation,
            "ENUM-VALUE-ADDED",
            before.pointer(),
            constant.pointer(),
            "value '"
                + constant.wireValue()
                + "' of "
                + after.javaName()
                + " is new"
                + (direction == Direction.RESPONSE
                    ? " (the previous client decodes it as unknown)"
                    : ""));
      }
    }
  }

  private void unions(
      UnionType before, UnionType after, Direction direction, OperationRef operation) {
    Map<String, UnionType.Variant> current =
        after.variants().stream()
            .collect(
                Collectors.toMap(UnionType.Variant::wrapperName, Function.identity(), (a, b) -> a));
    for (UnionType.Variant variant : before.variants()) {
      UnionType.Variant now = current.get(variant.wrapperName());
      if (now == null) {
        log.breaking(
            "UNION-VARIANT-REMOVED",
            direction == Direction.REQUEST ? ChangeLog.BOTH : ChangeLog.SOURCE,
            operation,
            before.pointer(),
            after.pointer(),
            "variant " + variant.wrapperName() + " of " + before.javaName() + " was removed");
      } else if (sameShape(variant.type(), now.type())) {
        descend(variant.type(), now.type(), direction, operation);
      }
    }
  }
}
