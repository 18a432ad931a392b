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
   * Lower-case names generated code uses as package roots ({@code java.math.BigDecimal}): a member
   * or parameter with such a name would obscure the package in expressions.
   */
  public static final Set<String> PACKAGE_ROOTS = Set.of("java", "javax", "com", "org", "dev");

  /**
   * Names the members of one type, wire name to Java name, as {@link #memberNames(Collection, Set,
   * Map)} with nothing reserved beyond {@code Object}'s methods and nothing pinned.
   */
  public static Map<String, String> memberNames(Collection<String> wireNames) {
    return memberNames(wireNames, Set.of(), Map.of());
  }

  /**
   * Names the members of one type, wire name to Java name, so that names that clash after
   * conversion stay distinct and say what they are. The rule, which does not depend on the order of
   * the wire names:
   *
   * <ol>
   *   <li>a name the user pinned ({@code pinned}, wire name to Java name) is taken as is;
   *   <li>a wire name that already is the camel-case name keeps it ({@code fromMe});
   *   <li>the others (exact spellings kept out by a reserved name first, then names with no legal
   *       spelling, then alphabetically) take the first free of: their camel-case name; their wire
   *       spelling ({@code from_me}) when it is a legal identifier not starting with an upper-case
   *       letter (which could obscure a type such as {@code Objects}); the camel-case name and
   *       {@code _} ({@code builder_}); that with the smallest free number.
   * </ol>
   *
   * @param reserved names the generated code of the type already uses (its methods, its locals)
   */
  public static Map<String, String> memberNames(
      Collection<String> wireNames, Set<String> reserved, Map<String, String> pinned) {
    Set<String> used = new HashSet<>(reserved);
    used.addAll(OBJECT_METHODS);
    used.addAll(PACKAGE_ROOTS);
    Map<String, String> names = new HashMap<>();
    for (String wire : wireNames) {
      String name = pinned.get(wire);
      if (name != null) {
        used.add(name);
        names.put(wire, name);
      }
    }
    // Each camel-case name once: computed in every comparison of the sort below, it took a tenth of
    // the samples of reading GitHub's description.
    Map<String, String> camels = new HashMap<>();
    for (String wire : wireNames) {
      String camel = camels.computeIfAbsent(wire, JavaNames::lowerCamel);
      if (!names.containsKey(wire) && camel.equals(wire) && used.add(wire)) {
        names.put(wire, wire);
      }
    }
    // Exact spellings (kept out only by a reserved name) choose first, then names with no legal
    // spelling of their own; the others can fall back to their wire spelling.
    List<String> rest = new ArrayList<>(wireNames);
    rest.removeAll(names.keySet());
    rest.sort(
        Comparator.comparing((String wire) -> !camels.get(wire).equals(wire))
            .thenComparing(JavaNames::isIdentifier)
            .thenComparing(Comparator.naturalOrder()));
    for (String wire : rest) {
      String camel = camels.get(wire);
      String name = firstFree(used, camel, isMemberSpelling(wire) ? wire : camel, camel + "_");
      used.add(name);
      names.put(wire, name);
    }
    return names;
  }

  /** A wire name usable as a member name as it is; upper-case ones could obscure a type. */
  static boolean isMemberSpelling(String wire) {
    return isIdentifier(wire) && !Character.isUpperCase(wire.charAt(0));
  }

  /** The first candidate not in {@code used}, else the first with the smallest free number. */
  static String firstFree(Set<String> used, String... candidates) {
    for (String candidate : candidates) {
      if (!used.contains(candidate)) {
        return candidate;
      }
    }
    String name = candidates[0];
    for (int i = 2; used.contains(name); i++) {
      name = candidates[0] + i;
    }
    return name;
  }

  private static boolean isIdentifier(String name) {
    return isLegal(name) && !OBJECT_METHODS.contains(name);
  }

  /** Whether {@code name} can be a Java identifier as written: legal, ASCII and not a keyword. */
  public static boolean isLegal(String name) {
    return !name.isEmpty()
        && Character.isJavaIdentifierStart(name.charAt(0))
        && !KEYWORDS.contains(name)
        && name.chars().allMatch(c -> c < 128 && Character.isJavaIdentifierPart(c));
  }

  /** Whether {@code name} is a method of {@code Object}, which no member may shadow. */
  public static boolean isObjectMethod(String name) {
    return OBJECT_METHODS.contains(name);
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
    // Most names are ASCII already, and NFKD leaves ASCII as it is: skipping it spares loading the
    // JDK's normalization tables (about 35 classes) and a regex compiled per name.
    String ascii =
        isAscii(name)
            ? name
            : Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
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

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
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
