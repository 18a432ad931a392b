package dev.typewire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewire.processor.diag.Diagnostics;
import dev.typewire.processor.diag.Problem;
import dev.typewire.processor.model.ApiModel;
import dev.typewire.processor.read.ExternalRefs;
import dev.typewire.processor.read.ModelReader;
import dev.typewire.processor.read.SchemaDocument;
import dev.typewire.processor.read.SchemaParser;
import dev.typewire.processor.validate.ModelValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The description being checked: its text bundled into one tree (relative-file refs copied in, as
 * the processor does), and the model the processor reads from it, which names the generated methods
 * and parameters. The tree, not the model, is what requests and responses are validated against.
 */
record Description(Path file, JsonNode root, ApiModel model, List<Problem> problems) {

  /** Thrown when the file cannot be read or parsed at all. */
  static final class UnreadableException extends Exception {
    private static final long serialVersionUID = 1L;

    UnreadableException(String message) {
      super(message);
    }
  }

  static Description load(Path file) throws UnreadableException {
    Path dir = file.toAbsolutePath().getParent();
    String name = file.getFileName().toString();
    SchemaDocument document;
    try {
      document = SchemaParser.parse(name, Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UnreadableException("cannot read " + file + ": " + e.getMessage());
    } catch (SchemaParser.ParseException e) {
      throw new UnreadableException(
          "["
              + e.id()
              + "] "
              + name
              + ":"
              + e.position()
              + " at "
              + e.pointer()
              + ": "
              + e.getMessage());
    }
    Diagnostics diagnostics = new Diagnostics();
    ExternalRefs.bundle(
        document,
        path -> Files.readString(dir.resolve(path).normalize(), StandardCharsets.UTF_8),
        diagnostics);
    ApiModel model = diagnostics.hasErrors() ? null : ModelReader.read(document, "", diagnostics);
    if (model != null) {
      ModelValidator.validate(model, diagnostics);
    }
    return new Description(file, document.root(), model, diagnostics.problems());
  }

  boolean isOpenApi31() {
    return root.path("openapi").asText("").startsWith("3.1");
  }

  /** The node a local pointer ({@code #/components/...}) names, or a missing node. */
  JsonNode at(String pointer) {
    String path = pointer.startsWith("#") ? pointer.substring(1) : pointer;
    return root.at(path);
  }

  /** Follows {@code $ref}s (local after bundling) until a node that is not one. */
  JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    for (int hops = 0; hops < 64 && current.has("$ref"); hops++) {
      current = at(current.get("$ref").asText());
    }
    return current;
  }

  /** Escapes one JSON pointer token. */
  static String token(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
