package dev.typewire.processor.read;

import dev.typewire.processor.diag.Diagnostics;
import dev.typewire.processor.model.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names the parameters of one operation, all at once so the result does not depend on their order.
 * Path parameters become arguments of the operation's methods, the others components of its params
 * record: each must avoid the names the generated code around it uses, and all must differ.
 *
 * <p>The rule: pinned names first; then names whose wire spelling is already the Java name (path
 * before query, header and cookie); then the others (exact spellings first, then by place and wire
 * name), each taking the first free of: its camel-case name; its wire spelling when that is a legal
 * lower-case identifier; the camel-case name followed by where it travels when another parameter
 * has the name ({@code idsHeader} beside {@code ids}), or by {@code _} when generated code has it
 * ({@code options_}); the camel-case name with the smallest free number.
 */
final class ParameterNames {

  /** Arguments and locals of the operation's methods, which a path parameter sits beside. */
  static final Set<String> BESIDE_PATH_PARAMETERS =
      Set.of(
          "params",
          "body",
          "options",
          "request",
          "transport",
          "start",
          "pageSize",
          "offset",
          "limit");

  /** Members of a params record and locals of its {@code applyTo}. */
  static final Set<String> BESIDE_PARAMS_COMPONENTS =
      Set.of("builder", "toBuilder", "applyTo", "request", "cookies");

  private ParameterNames() {}

  /**
   * @param pins names pinned by the user, by {@link #key}
   */
  static List<Parameter> assign(
      List<Parameter> parameters, Map<String, NameMappings.Pin> pins, Diagnostics diagnostics) {
    Map<String, String> names = new HashMap<>();
    Set<String> used = new HashSet<>();
    for (Parameter parameter : parameters) {
      NameMappings.Pin pin = pins.get(key(parameter));
      if (pin == null) {
        continue;
      }
      if (reserved(parameter).contains(pin.name())
          || JavaNames.isObjectMethod(pin.name())
          || !used.add(pin.name())) {
        diagnostics.error(
            "TW-NAMES-CLASH",
            null,
            "names entry \""
                + pin.entry()
                + "\" maps to '"
                + pin.name()
                + "', which the generated code of the operation already uses for another"
                + " parameter or for itself");
      } else {
        names.put(key(parameter), pin.name());
      }
    }
    // By place, then wire name: path id keeps the name before query id, in any order.
    Comparator<Parameter> byPlace =
        Comparator.comparing(Parameter::location).thenComparing(Parameter::wireName);
    List<Parameter> sorted = new ArrayList<>(parameters);
    sorted.sort(byPlace);
    for (Parameter parameter : sorted) {
      String name = parameter.javaName();
      if (!names.containsKey(key(parameter))
          && name.equals(parameter.wireName())
          && !reserved(parameter).contains(name)
          && used.add(name)) {
        names.put(key(parameter), name);
      }
    }
    List<Parameter> rest = new ArrayList<>(parameters);
    rest.removeIf(parameter -> names.containsKey(key(parameter)));
    rest.sort(
        Comparator.comparing((Parameter p) -> !p.javaName().equals(p.wireName()))
            .thenComparing((Parameter p) -> JavaNames.isLegal(p.wireName()))
            .thenComparing(byPlace));
    for (Parameter parameter : rest) {
      Set<String> unavailable = new HashSet<>(used);
      unavailable.addAll(reserved(parameter));
      String camel = parameter.javaName();
      String wire = parameter.wireName();
      String spelled = JavaNames.isMemberSpelling(wire) ? wire : camel;
      String located =
          camel + JavaNames.upperCamel(parameter.location().name().toLowerCase(Locale.ROOT));
      // Beside another parameter of that name, say where this one travels; beside generated
      // code, an underscore is enough.
      String name =
          used.contains(camel)
              ? JavaNames.firstFree(unavailable, camel, spelled, located, camel + "_")
              : JavaNames.firstFree(unavailable, camel, spelled, camel + "_", located);
      used.add(name);
      names.put(key(parameter), name);
    }
    return parameters.stream().map(p -> p.withJavaName(names.get(key(p)))).toList();
  }

  /** Names the parameter must not take, besides those of the other parameters. */
  private static Set<String> reserved(Parameter parameter) {
    Set<String> reserved =
        new HashSet<>(
            parameter.location() == Parameter.Location.PATH
                ? BESIDE_PATH_PARAMETERS
                : BESIDE_PARAMS_COMPONENTS);
    reserved.addAll(JavaNames.PACKAGE_ROOTS);
    if (JavaNames.isObjectMethod(parameter.javaName())) {
      reserved.add(parameter.javaName());
    }
    return reserved;
  }

  static String key(Parameter parameter) {
    return parameter.location() + " " + parameter.wireName();
  }
}
