package dev.typewire.processor.read;

import dev.typewire.processor.diag.Diagnostics;
import dev.typewire.processor.diag.JsonPointer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names the user pinned with {@code @GenerateClient(names = {"key=JavaName", ...})}, so that
 * code written against a vendor's description keeps compiling when the vendor renames or adds
 * things. A key is one of:
 *
 * <ul>
 *   <li>a JSON pointer to a component schema, a property, an operation or a parameter ({@code
 *       #/components/schemas/Chat/properties/chat_id}, {@code #/paths/~1chats/get}, {@code
 *       #/paths/~1chats/get/parameters/0}, {@code #/components/parameters/Limit});
 *   <li>a bare component schema name ({@code Chat});
 *   <li>an operationId followed by {@code ()} for the operation ({@code listChats()}), or by the
 *       wire name of one of its parameters in parentheses ({@code listChats(limit)}).
 * </ul>
 *
 * <p>Each mapping remembers whether it named something: the unused ones are warnings, since they
 * usually mean the description changed under them.
 */
public final class NameMappings {

  private final Map<String, String> entries = new LinkedHashMap<>();
  private final Map<String, String> javaNames = new LinkedHashMap<>();
  private final Set<String> used = new HashSet<>();

  private NameMappings() {}

  /** No mappings. */
  public static NameMappings none() {
    return new NameMappings();
  }

  /** Reads the annotation's entries, reporting malformed ones and names Java cannot take. */
  public static NameMappings parse(List<String> entries, Diagnostics diagnostics) {
    NameMappings mappings = new NameMappings();
    for (String entry : entries) {
      int equals = entry.lastIndexOf('=');
      String key = equals < 0 ? "" : normalize(entry.substring(0, equals).strip());
      String javaName = equals < 0 ? "" : entry.substring(equals + 1).strip();
      if (key.isEmpty() || javaName.isEmpty()) {
        diagnostics.error(
            "TW-NAMES-INVALID",
            null,
            "names entry \""
                + entry
                + "\" is not of the form \"key=JavaName\", the key being a JSON pointer, a"
                + " component name, operationId() or operationId(parameter)");
      } else if (!JavaNames.isLegal(javaName)) {
        diagnostics.error(
            "TW-NAMES-INVALID",
            null,
            "names entry \"" + entry + "\" maps to '" + javaName + "', not a legal Java name");
      } else if (mappings.entries.putIfAbsent(key, entry) != null) {
        diagnostics.error(
            "TW-NAMES-INVALID",
            null,
            "names entry \""
                + entry
                + "\" renames what \""
                + mappings.entries.get(key)
                + "\" already renames");
      } else {
        mappings.javaNames.put(key, javaName);
      }
    }
    return mappings;
  }

  /** A bare component name stands for its pointer; the other forms are kept as they are. */
  private static String normalize(String key) {
    if (key.startsWith("#") || key.endsWith(")")) {
      return key;
    }
    return JsonPointer.child("#/components/schemas", key);
  }

  /**
   * A name the user pinned.
   *
   * @param entry the annotation entry as written, for messages
   */
  record Pin(String name, String entry) {}

  /** The pinned name of the component schema or property at {@code pointer}, or null. */
  Pin at(String pointer) {
    return take(pointer);
  }

  /** The pinned name of an operation, by its pointer or its operationId; or null. */
  Pin operation(String pointer, String operationId) {
    Pin byPointer = take(pointer);
    Pin byId = operationId == null ? null : take(operationId + "()");
    return byPointer != null ? byPointer : byId;
  }

  /**
   * The pinned name of a parameter: by the pointer where the operation lists it, {@code
   * operationId(name)}, or the pointer of its declaration (a shared parameter under {@code
   * components}); the most specific first. Null when none.
   */
  Pin parameter(String usePointer, String declaredAt, String operationId, String wireName) {
    Pin byUse = take(usePointer);
    Pin byId = operationId == null ? null : take(operationId + "(" + wireName + ")");
    Pin byDeclaration = declaredAt.equals(usePointer) ? null : take(declaredAt);
    return byUse != null ? byUse : byId != null ? byId : byDeclaration;
  }

  /**
   * The pinned member names of one type, by wire name, keeping only those that fit: a pinned name
   * the generated code of the type already uses, or that another pinned member takes, is an error
   * naming the entry.
   *
   * @param reserved the names the type's generated code uses itself
   */
  static Map<String, String> members(
      Map<String, Pin> pins, Set<String> reserved, String owner, Diagnostics diagnostics) {
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, String> entryByName = new HashMap<>();
    pins.forEach(
        (wire, pin) -> {
          String name = pin.name();
          String clash =
              reserved.contains(name)
                      || JavaNames.isObjectMethod(name)
                      || JavaNames.PACKAGE_ROOTS.contains(name)
                  ? "a name the generated code of " + owner + " uses itself"
                  : entryByName.containsKey(name)
                      ? "also the name names entry \"" + entryByName.get(name) + "\" gives"
                      : null;
          if (clash != null) {
            diagnostics.error(
                "TW-NAMES-CLASH",
                null,
                "names entry \"" + pin.entry() + "\" maps to '" + name + "', " + clash);
          } else {
            entryByName.put(name, pin.entry());
            names.put(wire, name);
          }
        });
    return names;
  }

  private Pin take(String key) {
    String name = javaNames.get(key);
    if (name == null) {
      return null;
    }
    used.add(key);
    return new Pin(name, entries.get(key));
  }

  /** Warns about every mapping that named nothing in the description. */
  void reportUnused(Diagnostics diagnostics) {
    entries.forEach(
        (key, entry) -> {
          if (javaNames.containsKey(key) && !used.contains(key)) {
            diagnostics.warning(
                "TW-NAMES-UNUSED",
                null,
                "names entry \""
                    + entry
                    + "\" names nothing Typewire generates from this description (a component"
                    + " schema, property, operation or parameter); was it renamed?");
          }
        });
  }
}
