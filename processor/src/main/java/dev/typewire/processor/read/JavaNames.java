package dev.typewire.processor.read;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns JSON names into legal Java identifiers. Pure functions: the same input always gives the
 * same name, so regenerating after a schema change does not rename untouched members.
 */
public final class JavaNames {

  private static final Set<String> KEYWORDS =
      Set.of(
          "abstract",
          "assert",
          "boolean",
          "break",
          "byte",
          "case",
          "catch",
          "char",
          "class",
          "const",
          "continue",
          "default",
          "do",
          "double",
          "else",
          "enum",
          "extends",
          "final",
          "finally",
          "float",
          "for",
          "goto",
          "if",
          "implements",
          "import",
          "instanceof",
          "int",
          "interface",
          "long",
          "native",
          "new",
          "package",
          "private",
          "protected",
          "public",
          "return",
          "short",
          "static",
          "strictfp",
          "super",
          "switch",
          "synchronized",
          "this",
          "throw",
          "throws",
          "transient",
          "try",
          "void",
          "volatile",
          "while",
          "true",
          "false",
          "null",
          "var",
          "yield",
          "record",
          "sealed",
          "permits",
          "non-sealed",
          "_");

  /** Names a record component or method cannot take because {@code Object} already has them. */
  private static final Set<String> OBJECT_METHODS =
      Set.of(
          "hashCode",
          "toString",
          "equals",
          "getClass",
          "notify",
          "notifyAll",
          "wait",
          "clone",
          "finalize");

  private static final int MAX_LENGTH = 80;

  private JavaNames() {}

  /** {@code chat_type} and {@code chat-type} give {@code chatType}. */
  public static String lowerCamel(String name) {
    String camel = camel(name, false);
    return safe(camel.isEmpty() ? "value" : camel);
  }

  /** {@code list-all chats} gives {@code ListAllChats}. */
  public static String upperCamel(String name) {
    String camel = camel(name, true);
    return safe(camel.isEmpty() ? "Unnamed" : camel);
  }

  /** {@code multi_vcard} gives {@code MULTI_VCARD}. */
  public static String constant(String value) {
    List<String> words = words(value);
    String joined = String.join("_", words).toUpperCase(Locale.ROOT);
    if (joined.isEmpty()) {
      joined = "EMPTY";
    }
    return safe(joined);
  }

  /**
   * Names the members of one type, wire name to Java name, so that names that clash after
   * conversion stay distinct and say what they are: a wire name that already is the camel-case name
   * keeps it ({@code fromMe}), another that converts to the same ({@code from_me}) keeps its wire
   * spelling when that is a legal identifier, and only otherwise gets a numeric suffix. The result
   * does not depend on the order of the wire names.
   */
  public static Map<String, String> memberNames(Collection<String> wireNames) {
    Set<String> used = new HashSet<>();
    Map<String, String> names = new HashMap<>();
    for (String wire : wireNames) {
      if (lowerCamel(wire).equals(wire) && !OBJECT_METHODS.contains(wire) && used.add(wire)) {
        names.put(wire, wire);
      }
    }
    // Names with no legal spelling of their own choose first; the others can fall back to it.
    List<String> rest = new ArrayList<>(wireNames);
    rest.removeAll(names.keySet());
    rest.sort(
        Comparator.comparing(JavaNames::isIdentifier).thenComparing(Comparator.naturalOrder()));
    for (String wire : rest) {
      String camel = lowerCamel(wire);
      String name;
      if (!used.contains(camel) && !OBJECT_METHODS.contains(camel)) {
        name = camel;
      } else if (isIdentifier(wire) && !used.contains(wire)) {
        name = wire;
      } else {
        name = distinct(camel, used);
      }
      used.add(name);
      names.put(wire, name);
    }
    return names;
  }

  private static boolean isIdentifier(String name) {
    if (name.isEmpty()
        || !Character.isJavaIdentifierStart(name.charAt(0))
        || KEYWORDS.contains(name)
        || OBJECT_METHODS.contains(name)
        || name.chars().anyMatch(c -> c > 127)) {
      return false;
    }
    return name.chars().allMatch(Character::isJavaIdentifierPart);
  }

  /** Returns {@code candidate}, or it with the smallest numeric suffix not in {@code used}. */
  public static String distinct(String candidate, Set<String> used) {
    String name = candidate;
    for (int i = 2; used.contains(name) || OBJECT_METHODS.contains(name); i++) {
      name = candidate + i;
    }
    used.add(name);
    return name;
  }

  private static String camel(String name, boolean upperFirst) {
    StringBuilder out = new StringBuilder();
    for (String word : words(name)) {
      boolean first = out.length() == 0;
      String lower = word.toLowerCase(Locale.ROOT);
      // Keep inner capitals of words that are already camel case ("fromMe" stays "fromMe").
      String body = word.equals(word.toUpperCase(Locale.ROOT)) ? lower : word;
      if (first && !upperFirst) {
        out.append(Character.toLowerCase(body.charAt(0))).append(body.substring(1));
      } else {
        out.append(Character.toUpperCase(body.charAt(0))).append(body.substring(1));
      }
    }
    return out.toString();
  }

  /** Splits on anything that cannot be part of an identifier, after folding accents to ASCII. */
  private static List<String> words(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < ascii.length(); i++) {
      char c = ascii.charAt(i);
      if (c < 128 && Character.isLetterOrDigit(c)) {
        word.append(c);
      } else if (Character.isLetterOrDigit(c)) {
        // Non-ASCII letters with no ASCII form stay distinct through their code point.
        word.append('u').append(Integer.toHexString(c));
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  private static String safe(String name) {
    String result = name;
    if (Character.isDigit(result.charAt(0))) {
      result = "_" + result;
    }
    if (result.length() > MAX_LENGTH) {
      // Long names keep a stable hash of the whole so two long names that share a prefix differ.
      String hash = Integer.toHexString(name.hashCode());
      result = result.substring(0, MAX_LENGTH - hash.length() - 1) + "_" + hash;
    }
    if (KEYWORDS.contains(result)) {
      result = result + "_";
    }
    return result;
  }
}
