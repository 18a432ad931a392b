package dev.typewire.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The runtime's own version, from a resource Maven fills in at build time. */
final class TypewireVersion {

  static final String VALUE = load();

  private TypewireVersion() {}

  private static String load() {
    try (InputStream in = TypewireVersion.class.getResourceAsStream("typewire.properties")) {
      if (in == null) {
        return "dev";
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "dev").trim();
      // Unfiltered (an IDE build that skipped Maven's resource step): no real version to report.
      return version.isEmpty() || version.startsWith("${") ? "dev" : version;
    } catch (IOException unreadable) {
      // A broken jar must not make every request fail; the version is informational.
      return "dev";
    }
  }
}
