package dev.typewire.processor.validate;

import dev.typewire.processor.diag.Diagnostics;
import dev.typewire.processor.diag.Guard;
import dev.typewire.processor.model.ApiModel;
import dev.typewire.processor.model.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks the rules that span several parts of a document: things each part can be right about alone
 * and still be wrong together.
 *
 * <p>Names are chosen by the reader so that they cannot clash; this checks that promise, since a
 * broken one would otherwise surface as javac errors in generated code.
 */
public final class ModelValidator {

  private ModelValidator() {}

  public static void validate(ApiModel model, Diagnostics diagnostics) {
    List<String> classes = new ArrayList<>();
    classes.add(model.clientName());
    model.types().forEach(type -> classes.add(type.javaName()));
    classes.addAll(model.apiClasses().values());
    classes.addAll(model.paramsClasses().values());
    List<String> methods = model.operations().stream().map(Operation::javaName).toList();
    checkDistinct(classes, "class", diagnostics);
    checkDistinct(methods, "operation method", diagnostics);
    ConstantLengths.check(model, diagnostics);
  }

  private static void checkDistinct(List<String> names, String what, Diagnostics diagnostics) {
    // Ignoring case: two class files whose names differ only in case overwrite each other on
    // macOS and Windows.
    Set<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    for (String name : names) {
      if (!seen.add(name)) {
        diagnostics.error(
            Guard.BUG, null, "Typewire chose the " + what + " name " + name + " twice");
      }
    }
  }
}
