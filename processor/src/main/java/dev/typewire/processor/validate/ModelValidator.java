package dev.typewire.processor.validate;

import dev.typewire.processor.diag.Diagnostics;
import dev.typewire.processor.diag.JsonPointer;
import dev.typewire.processor.model.ApiModel;
import dev.typewire.processor.model.Operation;
import dev.typewire.processor.model.TypeDecl;
import dev.typewire.processor.read.GeneratedNames;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks the rules that span several parts of a document: things each part can be right about alone
 * and still be wrong together.
 */
public final class ModelValidator {

  private ModelValidator() {}

  public static void validate(ApiModel model, Diagnostics diagnostics) {
    Map<String, Operation> byId = new HashMap<>();
    for (Operation operation : model.operations()) {
      diagnostics.workingAt(operation.pointer());
      Operation previous = byId.putIfAbsent(operation.operationId(), operation);
      if (previous != null) {
        diagnostics.error(
            "TW-DUPLICATE-OPERATION-ID",
            JsonPointer.child(operation.pointer(), "operationId"),
            "operationId '"
                + operation.operationId()
                + "' is already used at "
                + previous.pointer()
                + "; operationIds must be unique");
      }
    }
    checkClassNames(model, diagnostics);
    ConstantLengths.check(model, diagnostics);
  }

  /** What claimed a generated class name, for the message naming both sides of a clash. */
  private record Origin(String description, String pointer) {}

  /**
   * Every generated class needs its own name, compared ignoring case since the class files of two
   * names that differ only in case overwrite each other on macOS and Windows. Schema types were
   * kept apart from each other and from the client by the reader; this adds the API and params
   * classes, which are named after tags and operations.
   */
  private static void checkClassNames(ApiModel model, Diagnostics diagnostics) {
    Map<String, Origin> claimed = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    claimed.put(model.clientName(), new Origin("the client class", "#/info/title"));
    Map<String, Operation> groups = new LinkedHashMap<>();
    for (Operation operation : model.operations()) {
      groups.putIfAbsent(operation.group(), operation);
    }
    groups.forEach(
        (group, first) ->
            claim(
                claimed,
                GeneratedNames.apiClass(group),
                new Origin("the API class of tag '" + group + "'", first.pointer()),
                diagnostics));
    for (Operation operation : model.operations()) {
      String params = GeneratedNames.paramsClass(operation);
      if (params != null) {
        claim(
            claimed,
            params,
            new Origin(
                "the params class of operation '" + operation.operationId() + "'",
                operation.pointer()),
            diagnostics);
      }
    }
    for (TypeDecl type : model.types()) {
      claim(
          claimed,
          type.javaName(),
          new Origin("the class of schema " + type.pointer(), type.pointer()),
          diagnostics);
    }
  }

  private static void claim(
      Map<String, Origin> claimed, String name, Origin origin, Diagnostics diagnostics) {
    diagnostics.workingAt(origin.pointer());
    Origin previous = claimed.putIfAbsent(name, origin);
    if (previous != null) {
      diagnostics.error(
          "TW-NAME-CLASH",
          origin.pointer(),
          origin.description()
              + " would be named "
              + name
              + ", which is already "
              + previous.description()
              + (previous.pointer().equals("#/info/title") ? "" : " (" + previous.pointer() + ")")
              + " (class names are compared ignoring case); rename one of them");
    }
  }
}
