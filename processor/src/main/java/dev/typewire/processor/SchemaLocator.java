package dev.typewire.processor;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
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

  /** Thrown when a location has the schema but it cannot be read, such as a directory. */
  static final class UnreadableException extends Exception {
    private static final long serialVersionUID = 1L;

    UnreadableException(String message) {
      super(message);
    }
  }

  Found find(String path) throws NotFoundException, UnreadableException {
    String relative = path.startsWith("/") ? path.substring(1) : path;
    int slash = relative.lastIndexOf('/');
    String pkg = slash < 0 ? "" : relative.substring(0, slash).replace('/', '.');
    String name = relative.substring(slash + 1);
    if (!isPackageName(pkg)) {
      // Directories such as "3.0" or "oas-examples" are no package names, which the Filer
      // refuses; a relative name with slashes in the unnamed package reaches them instead.
      pkg = "";
      name = relative;
    }
    List<String> tried = new ArrayList<>();
    for (StandardLocation location : LOCATIONS) {
      FileObject file;
      try {
        file = filer.getResource(location, pkg, name);
      } catch (IOException | IllegalArgumentException e) {
        // Not there, or the location is not configured: try the next one.
        tried.add(location.getName() + " (" + describe(e) + ")");
        continue;
      } catch (RuntimeException e) {
        // javac wraps its refusal of a directory in a ClientCodeException.
        throw new UnreadableException(
            "schema '" + path + "' cannot be opened on " + location.getName() + ": " + cause(e));
      }
      try {
        return new Found(text(file), file.toUri().toString());
      } catch (FileNotFoundException | NoSuchFileException e) {
        // javac hands out file objects for missing resources and fails on reading them.
        tried.add(location.getName() + " (" + describe(e) + ")");
      } catch (IOException | RuntimeException e) {
        throw new UnreadableException(
            "schema '"
                + path
                + "' was found at "
                + file.toUri()
                + " but cannot be read: "
                + cause(e));
      }
    }
    throw new NotFoundException(
        "schema '"
            + path
            + "' not found; looked on "
            + String.join(" and ", tried)
            + ". Put it in src/main/resources (Gradle: also set compileJava's options.sourcepath to"
            + " that directory), or add the jar that holds it as a dependency.");
  }

  /**
   * The file's text. The Eclipse compiler's Filer answers getCharContent with null for a resource
   * in a jar, so read the bytes then (schemas are UTF-8, as JSON requires).
   */
  private static String text(FileObject file) throws IOException {
    CharSequence content = file.getCharContent(true);
    if (content != null) {
      return content.toString();
    }
    try (InputStream in = file.openInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static boolean isPackageName(String pkg) {
    if (pkg.isEmpty()) {
      return true;
    }
    for (String part : pkg.split("\\.", -1)) {
      if (!javax.lang.model.SourceVersion.isIdentifier(part)
          || javax.lang.model.SourceVersion.isKeyword(part)) {
        return false;
      }
    }
    return true;
  }

  private static Throwable cause(Exception e) {
    return e.getCause() == null ? e : e.getCause();
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }
}
