package dev.typewire.processor.change;

import dev.typewire.processor.change.Change.OperationRef;
import dev.typewire.processor.change.TypeComparison.Direction;
import dev.typewire.processor.diag.JsonPointer;
import dev.typewire.processor.model.ApiModel;
import dev.typewire.processor.model.Operation;
import dev.typewire.processor.model.Parameter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Compares one operation both descriptions have at the same method and path. */
final class OperationComparison {

  private final ApiModel previousModel;
  private final ApiModel currentModel;
  private final TypeComparison types;
  private final ChangeLog log;
  private final Operation old;
  private final Operation now;
  private final OperationRef ref;

  OperationComparison(
      ApiModel previousModel,
      ApiModel currentModel,
      TypeComparison types,
      ChangeLog log,
      Operation old,
      Operation now) {
    this.previousModel = previousModel;
    this.currentModel = currentModel;
    this.types = types;
    this.log = log;
    this.old = old;
    this.now = now;
    this.ref = ChangeDetector.ref(now);
  }

  void compare() {
    javaApi();
    if (!old.docs().deprecated() && now.docs().deprecated()) {
      log.warning(
          ref,
          "OPERATION-DEPRECATED",
          old.pointer(),
          now.pointer(),
          "operation " + ref.label() + " is now deprecated");
    }
    parameters();
    requestBody();
    response();
    security();
  }

  private void javaApi() {
    if (!old.javaName().equals(now.javaName())) {
      log.breaking(
          "METHOD-RENAMED",
          ChangeLog.SOURCE,
          ref,
          old.pointer(),
          now.pointer(),
          "method " + old.javaName() + "() is now " + now.javaName() + "()");
    }
    String oldClass = previousModel.apiClass(old.group());
    String newClass = currentModel.apiClass(now.group());
    if (!Objects.equals(oldClass, newClass)) {
      log.breaking(
          "METHOD-MOVED",
          ChangeLog.SOURCE,
          ref,
          old.pointer(),
          now.pointer(),
          "method " + now.javaName() + "() moved from " + oldClass + " to " + newClass);
    }
  }

  private void parameters() {
    Map<String, Parameter> current = byWireName(now.parameters());
    Set<String> seen = new HashSet<>();
    String oldPointer = JsonPointer.child(old.pointer(), "parameters");
    String newPointer = JsonPointer.child(now.pointer(), "parameters");
    for (Parameter parameter : old.parameters()) {
      String key = key(parameter);
      seen.add(key);
      Parameter match = current.get(key);
      String name =
          parameter.location().name().toLowerCase(java.util.Locale.ROOT)
              + " parameter '"
              + parameter.wireName()
              + "'";
      if (match == null) {
        log.breaking(
            "PARAMETER-REMOVED",
            ChangeLog.SOURCE,
            ref,
            oldPointer,
            null,
            name + " was removed (builder method " + parameter.javaName() + ")");
        continue;
      }
      if (!parameter.javaName().equals(match.javaName())) {
        log.breaking(
            "PARAMETER-RENAMED",
            ChangeLog.SOURCE,
            ref,
            oldPointer,
            newPointer,
            name + ": Java name " + parameter.javaName() + " is now " + match.javaName());
      }
      if (!parameter.required() && match.required()) {
        log.breaking(
            "PARAMETER-NOW-REQUIRED",
            ChangeLog.WIRE,
            ref,
            oldPointer,
            newPointer,
            name + " is now required");
      }
      if (!types.sameShape(parameter.type(), match.type())) {
        log.breaking(
            "PARAMETER-TYPE",
            ChangeLog.BOTH,
            ref,
            oldPointer,
            newPointer,
            name
                + " changed type from "
                + TypeComparison.describe(parameter.type())
                + " to "
                + TypeComparison.describe(match.type()));
        continue;
      }
      types.descend(parameter.type(), match.type(), Direction.REQUEST, ref);
      for (Bounds.Difference difference :
          Bounds.compare(parameter.constraints(), match.constraints())) {
        if (difference.tightened()) {
          log.breaking(
              "BOUND-TIGHTENED",
              ChangeLog.WIRE,
              ref,
              oldPointer,
              newPointer,
              name + ": " + difference.describe());
        } else {
          log.info(
              ref, "BOUND-RELAXED", oldPointer, newPointer, name + ": " + difference.describe());
        }
      }
    }
    for (Parameter added : now.parameters()) {
      if (seen.contains(key(added))) {
        continue;
      }
      String name =
          added.location().name().toLowerCase(java.util.Locale.ROOT)
              + " parameter '"
              + added.wireName()
              + "'";
      if (added.required()) {
        log.breaking(
            "REQUIRED-PARAMETER-ADDED",
            ChangeLog.WIRE,
            ref,
            null,
            newPointer,
            name + " is new and required");
      } else {
        log.info(ref, "PARAMETER-ADDED", null, newPointer, name + " is new and optional");
      }
    }
  }

  private static Map<String, Parameter> byWireName(List<Parameter> parameters) {
    Map<String, Parameter> map = new LinkedHashMap<>();
    parameters.forEach(parameter -> map.putIfAbsent(key(parameter), parameter));
    return map;
  }

  /** Path parameters by position would be truer, but names match in practice; others by name. */
  private static String key(Parameter parameter) {
    return parameter.location() + " " + parameter.wireName();
  }

  private void requestBody() {
    String oldPointer = JsonPointer.child(old.pointer(), "requestBody");
    String newPointer = JsonPointer.child(now.pointer(), "requestBody");
    if (old.requestBody() == null && now.requestBody() == null) {
      return;
    }
    if (old.requestBody() == null) {
      if (now.requestBodyRequired()) {
        log.breaking(
            "REQUEST-BODY-ADDED",
            ChangeLog.BOTH,
            ref,
            null,
            newPointer,
            "a request body of type "
                + TypeComparison.describe(now.requestBody())
                + " is now required");
      } else {
        log.info(ref, "REQUEST-BODY-ADDED", null, newPointer, "an optional request body is new");
      }
      return;
    }
    if (now.requestBody() == null || !types.sameShape(old.requestBody(), now.requestBody())) {
      log.breaking(
          "REQUEST-BODY-TYPE",
          ChangeLog.BOTH,
          ref,
          oldPointer,
          now.requestBody() == null ? null : newPointer,
          "request body changed from "
              + TypeComparison.describe(old.requestBody())
              + " to "
              + TypeComparison.describe(now.requestBody()));
      return;
    }
    if (!old.requestBodyRequired() && now.requestBodyRequired()) {
      log.breaking(
          "REQUEST-BODY-NOW-REQUIRED",
          ChangeLog.WIRE,
          ref,
          oldPointer,
          newPointer,
          "the request body is now required");
    }
    types.descend(old.requestBody(), now.requestBody(), Direction.REQUEST, ref);
  }

  private void response() {
    String oldPointer = JsonPointer.child(old.pointer(), "responses");
    String newPointer = JsonPointer.child(now.pointer(), "responses");
    if (old.response() == null) {
      if (now.response() != null) {
        log.breaking(
            "RESPONSE-TYPE",
            ChangeLog.SOURCE,
            ref,
            oldPointer,
            newPointer,
            "the method now returns "
                + TypeComparison.describe(now.response())
                + " instead of nothing");
      }
      return;
    }
    if (now.response() == null || !types.sameShape(old.response(), now.response())) {
      log.breaking(
          "RESPONSE-TYPE",
          ChangeLog.BOTH,
          ref,
          oldPointer,
          newPointer,
          "response body changed from "
              + TypeComparison.describe(old.response())
              + " to "
              + TypeComparison.describe(now.response()));
      return;
    }
    types.descend(old.response(), now.response(), Direction.RESPONSE, ref);
  }

  private void security() {
    Set<Set<String>> before = alternatives(old.security());
    Set<Set<String>> after = alternatives(now.security());
    String oldPointer = JsonPointer.child(old.pointer(), "security");
    String newPointer = JsonPointer.child(now.pointer(), "security");
    if (after.contains(Set.of()) || after.containsAll(before)) {
      if (!before.equals(after)) {
        log.info(
            ref,
            "SECURITY-ADDED",
            oldPointer,
            newPointer,
            "security now accepts " + after + " (was " + before + ")");
      }
      return;
    }
    log.breaking(
        "SECURITY-CHANGED",
        ChangeLog.WIRE,
        ref,
        oldPointer,
        newPointer,
        "security now accepts " + after + " (was " + before + ")");
  }

  /** No security declared means no credentials needed: the one empty alternative. */
  private static Set<Set<String>> alternatives(List<List<String>> security) {
    Set<Set<String>> alternatives =
        new java.util.TreeSet<>(java.util.Comparator.comparing(Object::toString));
    if (security == null) {
      alternatives.add(Set.of());
      return alternatives;
    }
    security.forEach(alternative -> alternatives.add(new java.util.TreeSet<>(alternative)));
    return alternatives;
  }
}
