package dev.typewire.processor;

import dev.typewire.processor.change.Change;
import dev.typewire.processor.change.ChangeDetector;
import dev.typewire.processor.change.ChangeReport;
import dev.typewire.processor.change.DescriptionReader;
import dev.typewire.processor.model.ApiModel;
import dev.typewire.processor.read.NameMappings;
import dev.typewire.processor.read.SchemaDocument;
import dev.typewire.processor.read.SchemaParser;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Compares the description with the one named by {@code previous}: reports each breaking change on
 * the annotation, as {@code -Atypewire.breakingChanges} says, and writes the whole report beside
 * the generated classes.
 */
final class PreviousComparison {

  static final String OPTION = "typewire.breakingChanges";

  private final Filer filer;
  private final Messager messager;
  private final Element element;
  private final AnnotationMirror mirror;
  private final Reporter reporter;

  PreviousComparison(
      Filer filer, Messager messager, Element element, AnnotationMirror mirror, Reporter reporter) {
    this.filer = filer;
    this.messager = messager;
    this.element = element;
    this.mirror = mirror;
    this.reporter = reporter;
  }

  /**
   * @param option the value of {@code -Atypewire.breakingChanges}, or null
   */
  void run(
      String previousPath,
      SchemaLocator locator,
      SchemaDocument current,
      ApiModel currentModel,
      String clientName,
      NameMappings mappings,
      String packageName,
      String option) {
    Diagnostic.Kind kind = kind(option);
    if (kind == null) {
      reporter.fileError(
          "TW-BREAKING-CHANGES-OPTION",
          "-A" + OPTION + " must be error, warning or ignore, not '" + option + "'");
      return;
    }
    SchemaDocument previous;
    ApiModel previousModel;
    try {
      previous = SchemaParser.parse(previousPath, locator.find(previousPath).text());
      previousModel = DescriptionReader.read(previous, clientName, mappings);
    } catch (SchemaLocator.NotFoundException
        | SchemaLocator.UnreadableException
        | SchemaParser.ParseException
        | DescriptionReader.UnreadableException e) {
      reporter.fileError(
          "TW-PREVIOUS-UNREADABLE",
          "the previous description " + previousPath + " cannot be compared: " + e.getMessage());
      return;
    }
    List<Change> changes = ChangeDetector.compare(previousModel, currentModel);
    if (kind != Diagnostic.Kind.OTHER) {
      report(changes, kind, previous, current);
    }
    ChangeReport report = new ChangeReport(previousPath, current.path(), changes);
    write(packageName, ChangeReport.JSON_FILE, report.json());
    write(packageName, ChangeReport.MARKDOWN_FILE, report.markdown());
  }

  /** The kind breaking changes are reported as; OTHER for none; null for an unknown value. */
  private static Diagnostic.Kind kind(String option) {
    if (option == null || option.equals("warning")) {
      return Diagnostic.Kind.WARNING;
    }
    return switch (option) {
      case "error" -> Diagnostic.Kind.ERROR;
      case "ignore" -> Diagnostic.Kind.OTHER;
      default -> null;
    };
  }

  /**
   * Each message points into the current description, or into the previous one for what is gone, in
   * the format of every other Typewire diagnostic.
   */
  private void report(
      List<Change> changes, Diagnostic.Kind kind, SchemaDocument previous, SchemaDocument current) {
    List<Change> breaking =
        changes.stream().filter(change -> change.level() == Change.Level.BREAKING).toList();
    Map<String, String> now =
        current.positionsOf(
            breaking.stream()
                .map(Change::currentPointer)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
    Map<String, String> before =
        previous.positionsOf(
            breaking.stream()
                .filter(change -> change.currentPointer() == null)
                .map(Change::previousPointer)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
    for (Change change : breaking) {
      boolean gone = change.currentPointer() == null;
      SchemaDocument document = gone ? previous : current;
      String pointer = gone ? change.previousPointer() : change.currentPointer();
      String position = (gone ? before : now).get(pointer);
      String text =
          Stream.of(
                  "[" + change.rule() + "] ",
                  document.path(),
                  position == null ? "" : ":" + position,
                  pointer == null ? "" : " at " + pointer,
                  ": ",
                  change.operation() == null ? "" : change.operation().label() + ": ",
                  change.message())
              .reduce("", String::concat);
      messager.printMessage(kind, text, element, mirror);
    }
  }

  private void write(String packageName, String name, String text) {
    try {
      FileObject file =
          filer.createResource(StandardLocation.CLASS_OUTPUT, packageName, name, element);
      try (Writer writer = file.openWriter()) {
        writer.write(text);
      }
    } catch (IOException e) {
      reporter.fileError("TW-WRITE", "could not write " + name + ": " + e);
    }
  }
}
