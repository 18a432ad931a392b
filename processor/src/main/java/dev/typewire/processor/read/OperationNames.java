package dev.typewire.processor.read;

import dev.typewire.processor.diag.Diagnostics;
import dev.typewire.processor.diag.JsonPointer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Chooses the Java method name of every operation at once, so that a clash is resolved the same way
 * whatever the order of the paths. Names pinned by the user come first; then operations whose
 * operationId already is the method name, then the others, each group by pointer. An operation
 * whose name is taken (or is a method of {@code Object}) gets its name followed by its method and
 * path ({@code listChatsGetGroups}), which does not change when the rest of the document does, and
 * a warning.
 *
 * <p>Names are compared ignoring case (each operation's params class is named after it) and with
 * the methods generated beside each operation ({@code Async}, {@code Request}, {@code AutoPaging}).
 */
final class OperationNames {

  /** One operation, before it is read. */
  record Site(String pointer, String operationId, String method, String path) {

    String automaticName() {
      return operationId != null
          ? JavaNames.lowerCamel(operationId)
          : JavaNames.lowerCamel(method + " " + path.replaceAll("[{}]", " "));
    }

    boolean exactSpelling() {
      return operationId != null && operationId.equals(automaticName());
    }
  }

  private static final List<String> SIBLINGS =
      List.of("", "Async", "Request", "AutoPaging", "AutoPagingAsync");

  /** Every method name generated so far, with what claimed it. */
  private final Map<String, Site> taken = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

  private final Diagnostics diagnostics;

  private OperationNames(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * Each operation's method name. By site, not pointer: paths that {@code $ref} one path item share
   * its operations' pointers.
   */
  static Map<Site, String> choose(
      List<Site> sites, NameMappings mappings, Diagnostics diagnostics) {
    OperationNames names = new OperationNames(diagnostics);
    Map<Site, String> chosen = new HashMap<>();
    List<Site> automatic = new ArrayList<>();
    for (Site site : sites) {
      NameMappings.Pin pin = mappings.operation(site.pointer(), site.operationId());
      if (pin == null) {
        automatic.add(site);
      } else if (names.pin(site, pin)) {
        chosen.put(site, pin.name());
      } else {
        chosen.put(site, names.fallback(site, site.automaticName()));
      }
    }
    automatic.sort(
        Comparator.comparing((Site site) -> !site.exactSpelling()).thenComparing(Site::pointer));
    for (Site site : automatic) {
      chosen.put(site, names.automatic(site));
    }
    return chosen;
  }

  private boolean pin(Site site, NameMappings.Pin pin) {
    Site previous = clash(pin.name());
    if (previous == null && !JavaNames.isObjectMethod(pin.name())) {
      claim(pin.name(), site);
      return true;
    }
    diagnostics.error(
        "TW-NAMES-CLASH",
        site.pointer(),
        "names entry \""
            + pin.entry()
            + "\" names the operation "
            + pin.name()
            + (previous == null
                ? ", a method of Object"
                : ", which clashes with the operation at " + previous.pointer()));
    return false;
  }

  private String automatic(Site site) {
    String name = site.automaticName();
    Site previous = clash(name);
    if (previous == null && !JavaNames.isObjectMethod(name)) {
      claim(name, site);
      return name;
    }
    String chosen = fallback(site, name);
    String operationIdPointer = JsonPointer.child(site.pointer(), "operationId");
    if (previous != null
        && site.operationId() != null
        && site.operationId().equals(previous.operationId())) {
      diagnostics.warning(
          "TW-DUPLICATE-OPERATION-ID",
          operationIdPointer,
          "operationId '"
              + site.operationId()
              + "' is already used at "
              + previous.pointer()
              + "; operationIds should be unique. This operation's method is named "
              + chosen);
      return chosen;
    }
    diagnostics.warning(
        "TW-NAME-CLASH",
        site.operationId() == null ? site.pointer() : operationIdPointer,
        (site.operationId() == null ? "the operation" : "operationId '" + site.operationId() + "'")
            + " gives the Java method name "
            + name
            + (previous == null
                ? ", a method of Object"
                : ", which clashes with the operation at "
                    + previous.pointer()
                    + (previous.operationId() == null
                        ? ""
                        : " (operationId '" + previous.operationId() + "')")
                    + " (compared ignoring case, with the Async, Request, AutoPaging and AutoPagingAsync methods)")
            + "; it is generated as "
            + chosen
            + ". Pin a name of your choice with @GenerateClient(names = ...)");
    return chosen;
  }

  /** The name followed by the operation's method and path, or failing that a number. */
  private String fallback(Site site, String name) {
    String candidate = name + JavaNames.upperCamel(site.method() + " " + site.path());
    String chosen = candidate;
    for (int i = 2; clash(chosen) != null || JavaNames.isObjectMethod(chosen); i++) {
      chosen = candidate + i;
    }
    claim(chosen, site);
    return chosen;
  }

  /** The operation already holding a name that {@code name} or its siblings would clash with. */
  private Site clash(String name) {
    for (String sibling : SIBLINGS) {
      Site holder = taken.get(name + sibling);
      if (holder != null) {
        return holder;
      }
    }
    return null;
  }

  private void claim(String name, Site site) {
    for (String sibling : SIBLINGS) {
      taken.put(name + sibling, site);
    }
  }
}
