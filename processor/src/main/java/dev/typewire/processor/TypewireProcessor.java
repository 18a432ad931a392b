package dev.typewire.processor;

import com.google.auto.service.AutoService;
import dev.typewire.processor.diag.Diagnostics;
import dev.typewire.processor.diag.Guard;
import dev.typewire.processor.diag.Problem;
import dev.typewire.processor.emit.EmitContext;
import dev.typewire.processor.emit.GeneratedSource;
import dev.typewire.processor.emit.SourceEmitter;
import dev.typewire.processor.model.ApiModel;
import dev.typewire.processor.read.ExternalRefs;
import dev.typewire.processor.read.ModelReader;
import dev.typewire.processor.read.NameMappings;
import dev.typewire.processor.read.SchemaDocument;
import dev.typewire.processor.read.SchemaParser;
import dev.typewire.processor.validate.ModelValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
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
import javax.tools.JavaFileObject;

/**
 * Generates a typed client for each package annotated with {@code @dev.typewire.GenerateClient}.
 *
 * <p>The flow, one direction only: locate the schema, parse it (keeping line and column), read it
 * into a model, validate the model, then emit records, enums, params, API classes and the client.
 * Every problem is collected with its JSON pointer; nothing is written if any is an error. A
 * warning means the reader skipped or defaulted a part and said so; errors are kept for what no
 * correct client survives, so the model the emitters get may lack what the warnings name.
 *
 * <p>Options: {@code -Atypewire.warningsAsErrors=true} turns schema warnings into errors; {@code
 * -Atypewire.breakingChanges=error|warning|ignore} says how the breaking changes from the {@code
 * previous} description are reported (warnings by default); {@code -Atypewire.timings=true} prints
 * a NOTE with the wall time of each stage and the processor's total ({@link StageTimings}).
 *
 * <p>For Gradle it is registered as an <em>aggregating</em> incremental processor ({@code
 * META-INF/gradle/incremental.annotation.processors}): its output depends on a resource, the
 * schema, not only on the annotated element, so Gradle must reprocess when anything changes rather
 * than track one originating element per file.
 */
@AutoService(Processor.class)
public final class TypewireProcessor extends AbstractProcessor {

  static final String ANNOTATION = "dev.typewire.GenerateClient";
  static final String WARNINGS_AS_ERRORS = "typewire.warningsAsErrors";

  private FakeRequests fakes;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(ANNOTATION, FakeRequests.ANNOTATION);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(WARNINGS_AS_ERRORS, PreviousComparison.OPTION, StageTimings.OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    fakes = new FakeRequests(processingEnv);
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    fakes.process(annotations, round);
    for (TypeElement annotation : annotations) {
      if (!annotation.getQualifiedName().contentEquals(ANNOTATION)) {
        continue;
      }
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        AnnotationMirror mirror = mirror(element);
        StageTimings timings =
            new StageTimings(
                Boolean.parseBoolean(processingEnv.getOptions().get(StageTimings.OPTION)));
        try {
          generate(element, mirror, timings);
          timings.report(processingEnv.getMessager(), element, mirror);
        } catch (RuntimeException | StackOverflowError e) {
          // Stages that know the schema report their own failures with a pointer (Guard); this
          // is the last resort for the rest, since an exception reaching javac prints a stack
          // trace instead of a diagnostic.
          processingEnv
              .getMessager()
              .printMessage(
                  Diagnostic.Kind.ERROR,
                  "[" + Guard.BUG + "] " + Guard.describe("processing this annotation", e),
                  element,
                  mirror);
        }
      }
    }
    // Claiming would hide @GenerateClient from any other processor that also looks at it.
    return false;
  }

  private void generate(Element element, AnnotationMirror mirror, StageTimings timings) {
    String schema = stringValue(mirror, "schema");
    String clientName = stringValue(mirror, "clientName");
    boolean strict = Boolean.parseBoolean(processingEnv.getOptions().get(WARNINGS_AS_ERRORS));
    Reporter reporter = new Reporter(processingEnv.getMessager(), element, mirror, schema, strict);
    if (schema == null || schema.isBlank()) {
      reporter.fileError(
          "TW-SCHEMA-PATH",
          "@GenerateClient needs a schema path, such as schema = \"petstore/openapi.yaml\"");
      return;
    }
    SchemaLocator locator = new SchemaLocator(processingEnv.getFiler());
    String text;
    try {
      text = locator.find(schema).text();
      timings.lap("locate");
    } catch (SchemaLocator.NotFoundException e) {
      reporter.fileError("TW-SCHEMA-MISSING", e.getMessage());
      return;
    } catch (SchemaLocator.UnreadableException e) {
      reporter.fileError("TW-SCHEMA-UNREADABLE", e.getMessage());
      return;
    }
    SchemaDocument document;
    try {
      document = SchemaParser.parse(schema, text);
      timings.lap("parse");
    } catch (SchemaParser.ParseException e) {
      reporter.report(
          new Problem(Problem.Severity.ERROR, e.id(), e.pointer(), e.getMessage()), e.position());
      return;
    }
    Diagnostics diagnostics = new Diagnostics();
    String client = clientName == null ? "" : clientName;
    NameMappings mappings = NameMappings.parse(stringValues(mirror, "names"), diagnostics);
    Map<String, ExternalRefs.Failure> unfollowed =
        Guard.run(
            diagnostics,
            "bundling relative-file refs",
            () -> ExternalRefs.bundle(document, path -> locator.find(path).text(), diagnostics));
    timings.lap("bundle refs");
    ApiModel model =
        diagnostics.hasErrors() || unfollowed == null
            ? null
            : Guard.run(
                diagnostics,
                "reading the schema",
                () -> ModelReader.read(document, client, mappings, unfollowed, diagnostics));
    timings.lap("read model");
    if (model != null) {
      Guard.run(
          diagnostics,
          "validating the schema",
          () -> {
            ModelValidator.validate(model, diagnostics);
            return Boolean.TRUE;
          });
    }
    timings.lap("validate");
    List<Problem> problems = diagnostics.problems();
    Map<String, String> positions =
        document.positionsOf(
            problems.stream().map(Problem::pointer).filter(Objects::nonNull).distinct().toList());
    problems.forEach(problem -> reporter.report(problem, positions.get(problem.pointer())));
    timings.lap("report problems");
    boolean failed = diagnostics.hasErrors() || (strict && !problems.isEmpty()) || model == null;
    if (failed) {
      return;
    }
    String previous = stringValue(mirror, "previous");
    if (previous != null && !previous.isBlank()) {
      new PreviousComparison(
              processingEnv.getFiler(), processingEnv.getMessager(), element, mirror, reporter)
          .run(
              previous,
              locator,
              document,
              model,
              client,
              mappings,
              ((PackageElement) element).getQualifiedName().toString(),
              processingEnv.getOptions().get(PreviousComparison.OPTION));
      timings.lap("compare previous");
    }
    emit(element, model, reporter, timings);
  }

  private void emit(Element element, ApiModel model, Reporter reporter, StageTimings timings) {
    String packageName = ((PackageElement) element).getQualifiedName().toString();
    boolean jspecify =
        processingEnv.getElementUtils().getTypeElement("org.jspecify.annotations.NullMarked")
            != null;
    EmitContext context = new EmitContext(packageName, model, version(), element, jspecify);
    List<GeneratedSource> files;
    try {
      files = SourceEmitter.emit(context);
      timings.lap("emit " + files.size() + " sources");
    } catch (RuntimeException | StackOverflowError e) {
      // Emitters track no pointer: the schema was read and validated without error by now.
      reporter.fileError(Guard.BUG, Guard.describe("generating code", e));
      return;
    }
    for (GeneratedSource file : files) {
      try {
        JavaFileObject out =
            processingEnv.getFiler().createSourceFile(file.qualifiedName(), element);
        try (Writer writer = out.openWriter()) {
          writer.write(file.text());
        }
      } catch (IOException e) {
        reporter.fileError("TW-WRITE", "could not write " + file.qualifiedName() + ": " + e);
      }
    }
    timings.lap("write (Filer)");
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

  private static List<String> stringValues(AnnotationMirror mirror, String name) {
    if (mirror == null) {
      return List.of();
    }
    for (var entry : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)
          && entry.getValue().getValue() instanceof List<?> values) {
        return values.stream()
            .map(value -> String.valueOf(((AnnotationValue) value).getValue()))
            .toList();
      }
    }
    return List.of();
  }

  static String version() {
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
