package dev.typewire.processor.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewire.processor.diag.Diagnostics;
import dev.typewire.processor.diag.JsonPointer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The class names of component schemas, chosen before any is declared so refs resolve regardless of
 * order. Only components that become a type of their own get one.
 */
final class ComponentNames {

  private final RefResolver refs;
  private final SchemaNormalizer normalizer;
  private final Diagnostics diagnostics;
  private final ClassNames classNames;
  private final NameMappings mappings;
  private final Map<String, String> names = new LinkedHashMap<>();

  ComponentNames(
      RefResolver refs,
      SchemaNormalizer normalizer,
      Diagnostics diagnostics,
      ClassNames classNames,
      NameMappings mappings) {
    this.refs = refs;
    this.normalizer = normalizer;
    this.diagnostics = diagnostics;
    this.classNames = classNames;
    this.mappings = mappings;
  }

  static String pointer(String key) {
    return JsonPointer.child("#/components/schemas", key);
  }

  /** Whether {@code pointer} is a component schema's own, not one inside it. */
  static boolean isComponent(String pointer) {
    String components = pointer("");
    return pointer != null
        && pointer.startsWith(components)
        && pointer.indexOf('/', components.length()) < 0;
  }

  /** The class of component {@code key}, or null when it is no type of its own. */
  String get(String key) {
    return names.get(key);
  }

  boolean contains(String key) {
    return names.containsKey(key);
  }

  /**
   * Names every component schema that declares a type. Names pinned by the user come first; then
   * the components whose name already is the class name ({@code ChatType}), then the others
   * alphabetically: one that clashes ({@code chat_type}) takes its own spelling ({@code Chat_type})
   * if free, else a suffix from its name's hash.
   */
  void name(JsonNode schemas) {
    if (schemas == null) {
      return;
    }
    List<String> automatic = new ArrayList<>();
    for (Map.Entry<String, JsonNode> component : schemas.properties()) {
      String key = component.getKey();
      String pointer = pointer(key);
      diagnostics.workingAt(pointer);
      if (!normalizer.normalize(component.getValue()).declaresType()
          || wrapsScalar(component.getValue())) {
        continue;
      }
      NameMappings.Pin pin = mappings.at(pointer);
      if (pin != null
          && classNames.pin(
              pin.name(),
              "component '" + key + "'",
              pointer,
              "names entry \"" + pin.entry() + "\"")) {
        names.put(key, pin.name());
      } else {
        automatic.add(key);
      }
    }
    automatic.sort(
        Comparator.comparing((String key) -> !JavaNames.upperCamel(key).equals(key))
            .thenComparing(Comparator.naturalOrder()));
    for (String key : automatic) {
      String javaName = JavaNames.upperCamel(key);
      String spelled =
          key.isEmpty() ? javaName : Character.toUpperCase(key.charAt(0)) + key.substring(1);
      names.put(
          key,
          classNames.claim(
              javaName,
              List.of(spelled),
              key,
              "the class of component '" + key + "'",
              pointer(key)));
    }
  }

  /**
   * An allOf that wraps a reference to a scalar, to describe or narrow it ({@code allOf: [{$ref:
   * city}, {type: string, maxLength: 200}]}): the value is that scalar, not a type of its own.
   */
  private boolean wrapsScalar(JsonNode schema) {
    JsonNode current = schema;
    // A chain of such wrappers ends at a scalar or an enum; the bound stops a cycle of them.
    for (int hop = 0; hop < 16; hop++) {
      NormalizedSchema wrapper = normalizer.normalize(current);
      if (wrapper.wrappedPart() < 0) {
        return false;
      }
      JsonNode node = refs.peek(current.get("allOf").get(wrapper.wrappedPart()));
      if (node == null) {
        return false;
      }
      NormalizedSchema target = normalizer.normalize(node);
      boolean union = target.unionKeyword() != null && !target.constUnion();
      if (target.types().contains("object") || node.has("properties") || union) {
        return false;
      }
      if (node.has("enum") || target.constUnion() || !target.declaresType()) {
        return true;
      }
      current = node;
    }
    return false;
  }
}
