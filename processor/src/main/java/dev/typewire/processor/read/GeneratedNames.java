package dev.typewire.processor.read;

import dev.typewire.processor.model.Operation;
import dev.typewire.processor.model.Parameter;

/**
 * The names wanted for the generated classes that do not come from a schema; {@link ClassNames}
 * gives them another when a schema's class has them already.
 */
public final class GeneratedNames {

  private GeneratedNames() {}

  /** The API class that groups the operations of one tag. */
  public static String apiClass(String group) {
    return JavaNames.upperCamel(group) + "Api";
  }

  /** Whether an operation has a params record: it has query, header or cookie parameters. */
  public static boolean hasParams(Operation operation) {
    return !operation.parameters(Parameter.Location.QUERY).isEmpty()
        || !operation.parameters(Parameter.Location.HEADER).isEmpty()
        || !operation.parameters(Parameter.Location.COOKIE).isEmpty();
  }

  /** The params record of an operation. */
  public static String paramsClass(Operation operation) {
    String name = operation.javaName();
    return Character.toUpperCase(name.charAt(0)) + name.substring(1) + "Params";
  }
}
