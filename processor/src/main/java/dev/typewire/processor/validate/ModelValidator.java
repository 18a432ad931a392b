package dev.typewire.processor.validate;

import dev.typewire.processor.diag.Diagnostics;
import dev.typewire.processor.diag.JsonPointer;
import dev.typewire.processor.model.ApiModel;
import dev.typewire.processor.model.Operation;
import dev.typewire.processor.model.Parameter;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the rules that span several parts of a document: things each part can be right about alone
 * and still be wrong together.
 */
public final class ModelValidator {

  private static final Pattern TEMPLATE = Pattern.compile("\\{([^}/]+)}");

  private ModelValidator() {}

  public static void validate(ApiModel model, Diagnostics diagnostics) {
    Map<String, Operation> byId = new HashMap<>();
    for (Operation operation : model.operations()) {
      Operation previous = byId.putIfAbsent(operation.operationId(), operation);
      if (previous != null) {
        diagnostics.error(
            "TW-DUPLICATE-OPERATION-ID",
            JsonPointer.child(operation.pointer(), "operationId"),
            "operationId '"
                + operation.operationId()
                + "' is already used at "
                + previous.pointer());
      }
      checkPathParameters(operation, diagnostics);
    }
  }

  private static void checkPathParameters(Operation operation, Diagnostics diagnostics) {
    Set<String> inTemplate = new LinkedHashSet<>();
    Matcher matcher = TEMPLATE.matcher(operation.path());
    while (matcher.find()) {
      inTemplate.add(matcher.group(1));
    }
    Set<String> declared = new LinkedHashSet<>();
    for (Parameter parameter : operation.parameters(Parameter.Location.PATH)) {
      declared.add(parameter.wireName());
    }
    for (String name : inTemplate) {
      if (!declared.contains(name)) {
        diagnostics.error(
            "TW-PATH-PARAMETER",
            operation.pointer(),
            "path template parameter '{" + name + "}' is not declared as an 'in: path' parameter");
      }
    }
    for (String name : declared) {
      if (!inTemplate.contains(name)) {
        diagnostics.error(
            "TW-PATH-PARAMETER",
            JsonPointer.child(operation.pointer(), "parameters"),
            "path parameter '" + name + "' does not appear in the path '" + operation.path() + "'");
      }
    }
  }
}
