package dev.typewire.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.typewire.processor.diag.Diagnostics;
import dev.typewire.processor.diag.Problem;
import dev.typewire.processor.emit.EmitContext;
import dev.typewire.processor.emit.SourceEmitter;
import dev.typewire.processor.model.ApiModel;
import dev.typewire.processor.read.ModelReader;
import dev.typewire.processor.read.SchemaDocument;
import dev.typewire.processor.read.SchemaParser;
import dev.typewire.processor.validate.ModelValidator;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Generates a typed client for each package annotated with {@code @dev.typewire.GenerateClient}.
 *
 * <p>The flow, one direction only: locate the schema, parse it (keeping line and column), read it
 * into a model, validate the model, then emit records, enums, params, API classes and the client.
 * Every problem is collected with its JSON pointer; nothing is written if any is an error.
 *
 * <p>Options: {@code -Atypewire.warningsAsErrors=true} turns schema warnings into errors.
 */
@AutoService(Processor.class)
public final class TypewireProcessor extends AbstractProcessor {

  static final String ANNOTATION = "dev.typewire.GenerateClient";
  static final String WARNINGS_AS_ERRORS = "typewire.warningsAsErrors";

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(ANNOTATION);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(WARNINGS_AS_ERRORS);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        AnnotationMirror mirror = mirror(element);
        try {
          generate(element, mirror);
        } catch (RuntimeException | StackOverflowError e) {
          // No exception may reach javac: it would print a stack trace instead of a diagnostic.
          processingEnv
              .getMessager()
              .printMessage(
                  Diagnostic.Kind.ERROR,
                  "[TW-BUG] Typewire failed unexpectedly; this is a Typewire bug, please report it"
                      + " with the schema: "
                      + e,
                  element,
                  mirror);
        }
      }
    }
    return true;
  }

  private void generate(Element element, AnnotationMirror mirror) {
    String schema = stringValue(mirror, "schema");
    String clientName = stringValue(mirror, "clientName");
    Reporter reporter = new Reporter(processingEnv.getMessager(), element, mirror, schema);
    if (schema == null || schema.isBlank()) {
      reporter.error("[TW-SCHEMA-PATH] @GenerateClient needs a schema path");
      return;
    }
    SchemaLocator.Found found;
    try {
      found = new SchemaLocator(processingEnv.getFiler()).find(schema);
    } catch (SchemaLocator.NotFoundException e) {
      reporter.error("[TW-SCHEMA-MISSING] " + e.getMessage());
      return;
    }
    SchemaDocument document;
    try {
      document = SchemaParser.parse(schema, found.text());
    } catch (SchemaParser.ParseException e) {
      reporter.error(
          "[TW-PARSE] "
              + schema
              + (e.position() == null ? "" : ":" + e.position())
              + ": not valid JSON or YAML: "
              + e.getMessage());
      return;
    }
    Diagnostics diagnostics = new Diagnostics();
    ApiModel model = ModelReader.read(document, clientName == null ? "" : clientName, diagnostics);
    if (model != null) {
      ModelValidator.validate(model, diagnostics);
    }
    boolean strict = Boolean.parseBoolean(processingEnv.getOptions().get(WARNINGS_AS_ERRORS));
    List<Problem> problems = diagnostics.problems();
    problems.forEach(problem -> reporter.report(problem, document, strict));
    boolean failed = diagnostics.hasErrors() || (strict && !problems.isEmpty()) || model == null;
    if (failed) {
      return;
    }
    String packageName = ((PackageElement) element).getQualifiedName().toString();
    EmitContext context = new EmitContext(packageName, model, version(), element);
    for (JavaFile file : SourceEmitter.emit(context)) {
      try {
        file.writeTo(processingEnv.getFiler());
      } catch (IOException e) {
        reporter.error(
            "[TW-WRITE] could not write "
                + file.packageName()
                + "."
                + file.typeSpec().name()
                + ": "
                + e);
      }
    }
  }

  private static AnnotationMirror mirror(Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (mirror.getAnnotationType().toString().equals(ANNOTATION)) {
        return mirror;
      }
    }
    return null;
  }

  private static String stringValue(AnnotationMirror mirror, String name) {
    if (mirror == null) {
      return null;
    }
    for (var entry : mirror.getElementValues().entrySet()) {
      ExecutableElement key = entry.getKey();
      AnnotationValue value = entry.getValue();
      if (key.getSimpleName().contentEquals(name)) {
        return String.valueOf(value.getValue());
      }
    }
    return null;
  }

  private static String version() {
    Properties properties = new Properties();
    try (InputStream in =
        TypewireProcessor.class.getResourceAsStream("/dev/typewire/processor/version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // The version only decorates @Generated; a missing file must not stop generation.
    }
    return properties.getProperty("version", "unknown");
  }
}
