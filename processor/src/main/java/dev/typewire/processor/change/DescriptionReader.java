package dev.typewire.processor.change;

import dev.typewire.processor.diag.Diagnostics;
import dev.typewire.processor.diag.Problem;
import dev.typewire.processor.model.ApiModel;
import dev.typewire.processor.read.ModelReader;
import dev.typewire.processor.read.NameMappings;
import dev.typewire.processor.read.SchemaDocument;
import dev.typewire.processor.read.SchemaParser;
import java.util.stream.Collectors;

/**
 * Reads a description into the model the emitters would get, for comparison: the same parser,
 * reader and naming, so the names compared are the names generated.
 */
public final class DescriptionReader {

  private DescriptionReader() {}

  /** Thrown when a description does not read into a model; the message names the file. */
  public static final class UnreadableException extends Exception {
    private static final long serialVersionUID = 1L;

    UnreadableException(String message) {
      super(message);
    }
  }

  /**
   * Reads one description into its model, or says why it cannot.
   *
   * @param path the file's name, for messages and to tell JSON from YAML
   * @param clientName the client name the annotation pins, or empty
   */
  public static ApiModel read(String path, String text, String clientName, NameMappings mappings)
      throws UnreadableException {
    SchemaDocument document;
    try {
      document = SchemaParser.parse(path, text);
    } catch (SchemaParser.ParseException e) {
      throw new UnreadableException(path + ": " + e.getMessage());
    }
    return read(document, clientName, mappings);
  }

  /** Reads a parsed description; see {@link #read(String, String, String, NameMappings)}. */
  public static ApiModel read(SchemaDocument document, String clientName, NameMappings mappings)
      throws UnreadableException {
    String path = document.path();
    Diagnostics diagnostics = new Diagnostics();
    ApiModel model;
    try {
      model = ModelReader.read(document, clientName, mappings, diagnostics);
    } catch (RuntimeException | StackOverflowError e) {
      throw new UnreadableException(path + ": could not be read (" + e + ")");
    }
    if (model == null || diagnostics.hasErrors()) {
      throw new UnreadableException(
          path
              + ": "
              + diagnostics.problems().stream()
                  .filter(problem -> problem.severity() == Problem.Severity.ERROR)
                  .map(
                      problem ->
                          "[" + problem.id() + "] " + problem.pointer() + ": " + problem.message())
                  .collect(Collectors.joining("; ")));
    }
    return model;
  }

  /** Reads with no names pinned. */
  public static ApiModel read(String path, String text) throws UnreadableException {
    return read(path, text, "", NameMappings.none());
  }
}
