package dev.typewire.processor;

import dev.typewire.processor.diag.Problem;
import dev.typewire.processor.read.SchemaDocument;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports on the annotated element and its annotation, so IDEs underline {@code schema = "..."};
 * the text names the schema file, JSON pointer and line:column, since javac cannot point into a
 * JSON file.
 */
final class Reporter {

  private final Messager messager;
  private final Element element;
  private final AnnotationMirror mirror;
  private final String schema;

  Reporter(Messager messager, Element element, AnnotationMirror mirror, String schema) {
    this.messager = messager;
    this.element = element;
    this.mirror = mirror;
    this.schema = schema;
  }

  void error(String message) {
    messager.printMessage(Diagnostic.Kind.ERROR, message, element, mirror);
  }

  void report(Problem problem, SchemaDocument document, boolean warningsAsErrors) {
    String position = document.positionOf(problem.pointer());
    String text =
        "["
            + problem.id()
            + "] "
            + schema
            + (position == null ? "" : ":" + position)
            + " at "
            + problem.pointer()
            + ": "
            + problem.message();
    Diagnostic.Kind kind =
        problem.severity() == Problem.Severity.ERROR || warningsAsErrors
            ? Diagnostic.Kind.ERROR
            : Diagnostic.Kind.WARNING;
    messager.printMessage(kind, text, element, mirror);
  }
}
