package dev.typewire.processor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Finds the schema the annotation names: on the class path first (a schema jar, or the project's
 * own resources), then on the source path.
 */
final class SchemaLocator {

  private static final List<StandardLocation> LOCATIONS =
      List.of(StandardLocation.CLASS_PATH, StandardLocation.SOURCE_PATH);

  private final Filer filer;

  SchemaLocator(Filer filer) {
    this.filer = filer;
  }

  /** The schema's text and where it was found. */
  record Found(String text, String uri) {}

  /** Thrown when no location has the schema; the message says where it looked. */
  static final class NotFoundException extends Exception {
    private static final long serialVersionUID = 1L;

    NotFoundException(String message) {
      super(message);
    }
  }

  Found find(String path) throws NotFoundException {
    String relative = path.startsWith("/") ? path.substring(1) : path;
    int slash = relative.lastIndexOf('/');
    String pkg = slash < 0 ? "" : relative.substring(0, slash).replace('/', '.');
    String name = relative.substring(slash + 1);
    List<String> tried = new ArrayList<>();
    for (StandardLocation location : LOCATIONS) {
      try {
        FileObject file = filer.getResource(location, pkg, name);
        String text = file.getCharContent(true).toString();
        return new Found(text, file.toUri().toString());
      } catch (IOException | IllegalArgumentException e) {
        // Not there; javac reports missing resources this way. Try the next location.
        tried.add(location.getName() + " (" + describe(e) + ")");
      }
    }
    throw new NotFoundException(
        "schema '"
            + path
            + "' not found; looked on "
            + String.join(" and ", tried)
            + ". Put it in src/main/resources, or add the jar that holds it as a dependency.");
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }
}
