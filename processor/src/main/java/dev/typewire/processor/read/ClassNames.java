package dev.typewire.processor.read;

import dev.typewire.processor.diag.Diagnostics;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every top-level class generated into the package, by name. Names are compared ignoring case: the
 * class files of two names that differ only in case overwrite each other on macOS and Windows.
 *
 * <p>Whoever claims a name first keeps it, so the order of claims is the clash rule: names the user
 * pinned, then component schemas (exact spellings first, then alphabetically), then the client,
 * inline schemas, params classes and API classes. A later claimant falls back to names derived from
 * itself, never to a counter that would depend on the order of the document.
 */
final class ClassNames {

  /** What claimed a name: a description for messages and the JSON pointer it comes from. */
  private record Claim(String what, String pointer) {}

  private final Map<String, Claim> claimed = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private final Diagnostics diagnostics;

  ClassNames(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  boolean isFree(String name) {
    return !claimed.containsKey(name);
  }

  /**
   * Claims a name the user chose (a names entry, or the clientName): it cannot move, so a clash
   * with another chosen name is an error.
   *
   * @param entry how the user chose it, for the message
   * @return whether the name was free
   */
  boolean pin(String name, String what, String pointer, String entry) {
    Claim previous = claimed.putIfAbsent(name, new Claim(what, pointer));
    if (previous != null) {
      diagnostics.error(
          "TW-NAMES-CLASH",
          pointer,
          entry
              + " names "
              + what
              + " "
              + name
              + ", which is already the name of "
              + previous.what()
              + at(previous)
              + " (class names are compared ignoring case); choose another name");
      return false;
    }
    return true;
  }

  /**
   * Claims {@code candidate}, or when it is taken the first free of {@code fallbacks}, or else the
   * candidate with a suffix from the hash of {@code stableKey} (a wire name or pointer, so the
   * suffix does not change when the rest of the document does). Taking anything but the candidate
   * is a {@code TW-NAME-CLASH} warning naming both sides.
   */
  String claim(
      String candidate, List<String> fallbacks, String stableKey, String what, String pointer) {
    Claim claim = new Claim(what, pointer);
    Claim previous = claimed.putIfAbsent(candidate, claim);
    if (previous == null) {
      return candidate;
    }
    String chosen = null;
    for (String fallback : fallbacks) {
      if (JavaNames.isLegal(fallback) && claimed.putIfAbsent(fallback, claim) == null) {
        chosen = fallback;
        break;
      }
    }
    if (chosen == null) {
      chosen = quietly(candidate + "_" + Integer.toHexString(stableKey.hashCode()), what, pointer);
    }
    diagnostics.warning(
        "TW-NAME-CLASH",
        pointer,
        what
            + " would be class "
            + candidate
            + ", which is already "
            + previous.what()
            + at(previous)
            + " (class names are compared ignoring case); it is generated as "
            + chosen
            + ". Pin a name of your choice with @GenerateClient(names = ...)");
    return chosen;
  }

  /** Claims {@code candidate}, or it with the smallest free numeric suffix, without a warning. */
  String quietly(String candidate, String what, String pointer) {
    String name = candidate;
    for (int i = 2; claimed.containsKey(name); i++) {
      name = candidate + i;
    }
    claimed.put(name, new Claim(what, pointer));
    return name;
  }

  private static String at(Claim claim) {
    return claim.pointer() == null ? "" : " (" + claim.pointer() + ")";
  }
}
