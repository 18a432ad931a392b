package dev.typewire.processor;

import dev.typewire.processor.diag.Problem;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports on the annotated element and its annotation, so IDEs underline {@code schema = "..."};
 * the text names the schema file, line:column and JSON pointer, since javac cannot point into a
 * JSON or YAML file. Every message has the form {@code [ID] file:line:col at #/pointer: message},
 * with the parts the processor cannot know left out.
 */
final class Reporter {

  private final Messager messager;
  private final Element element;
  private final AnnotationMirror mirror;
  private final String schema;
  private final boolean warningsAsErrors;

  Reporter(
      Messager messager,
      Element element,
      AnnotationMirror mirror,
      String schema,
      boolean warningsAsErrors) {
    this.messager = messager;
    this.element = element;
    this.mirror = mirror;
    this.schema = schema;
    this.warningsAsErrors = warningsAsErrors;
  }

  /** A problem with the schema file as a whole: missing, unreadable, or no path given. */
  void fileError(String id, String message) {
    report(new Problem(Problem.Severity.ERROR, id, null, message), null);
  }

  /**
   * @param position "line:column" of the problem's node, or null when unknown
   */
  void report(Problem problem, String position) {
    String text =
        "["
            + problem.id()
            + "] "
            + (schema == null || schema.isBlank() ? "" : schema)
            + (position == null ? "" : ":" + position)
            + (problem.pointer() == null ? "" : " at " + problem.pointer())
            + ": "
            + problem.message();
    Diagnostic.Kind kind =
        problem.severity() == Problem.Severity.ERROR || warningsAsErrors
            ? Diagnostic.Kind.ERROR
            : Diagnostic.Kind.WARNING;
    messager.printMessage(kind, text, element, mirror);
  }
}
