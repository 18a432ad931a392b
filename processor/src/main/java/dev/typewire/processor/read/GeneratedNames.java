package dev.typewire.processor.read;

import dev.typewire.processor.model.Operation;
import dev.typewire.processor.model.Parameter;

/**
 * The simple names of the generated classes that do not come from a schema: one place for the
 * emitters that write them and the validator that checks they clash with nothing.
 */
public final class GeneratedNames {

  private GeneratedNames() {}

  /** The API class that groups the operations of one tag. */
  public static String apiClass(String group) {
    return JavaNames.upperCamel(group) + "Api";
  }

  /** The params class of an operation, or null when it has no query, header or cookie parameter. */
  public static String paramsClass(Operation operation) {
    if (operation.parameters(Parameter.Location.QUERY).isEmpty()
        && operation.parameters(Parameter.Location.HEADER).isEmpty()
        && operation.parameters(Parameter.Location.COOKIE).isEmpty()) {
      return null;
    }
    String name = operation.javaName();
    return Character.toUpperCase(name.charAt(0)) + name.substring(1) + "Params";
  }
}
