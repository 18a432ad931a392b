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
import dev.typewire.testing.internal.ApiDescription;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The description being checked: its text bundled into one tree (relative-file refs copied in, as
 * the processor does), and the model the processor reads from it, which names the generated methods
 * and parameters. The tree, not the model, is what requests and responses are validated against (by
 * the validating server of {@code typewire-testing}, which the fake shares).
 */
record Description(Path file, ApiDescription tree, ApiModel model, List<Problem> problems) {

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
    return new Description(
        file, new ApiDescription(document.root()), model, diagnostics.problems());
  }

  JsonNode root() {
    return tree.root();
  }

  /** Follows {@code $ref}s (local after bundling) until a node that is not one. */
  JsonNode resolve(JsonNode node) {
    return tree.resolve(node);
  }

  /** Escapes one JSON pointer token. */
  static String token(String name) {
    return ApiDescription.token(name);
  }
}
