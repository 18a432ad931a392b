package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.typewire.processor.change.ChangeCorpus;
import dev.typewire.processor.change.ChangeDetector;
import dev.typewire.processor.change.ChangeReport;
import dev.typewire.processor.change.DescriptionReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code @GenerateClient(previous = ...)}: warnings on the annotation and the report files. */
class PreviousComparisonTest {

  private static final String PKG = "com.example.changes";

  private static Compilation compile(String schema, String previous, String... options) {
    return Compiler.javac()
        .withProcessors(new TypewireProcessor())
        .withOptions(List.of(options))
        .compile(
            JavaFileObjects.forSourceLines(
                PKG + ".package-info",
                "@dev.typewire.GenerateClient(schema = \""
                    + schema
                    + "\", previous = \""
                    + previous
                    + "\")",
                "package " + PKG + ";"));
  }

  private static Compilation pair(String name, String... options) {
    return compile(
        "changes/" + name + "/current.yaml", "changes/" + name + "/previous.yaml", options);
  }

  private static Optional<String> report(Compilation compilation, String file) throws IOException {
    Optional<JavaFileObject> written =
        compilation.generatedFile(StandardLocation.CLASS_OUTPUT, PKG, file);
    return written.isPresent()
        ? Optional.of(written.get().getCharContent(true).toString())
        : Optional.empty();
  }

  @Test
  void aBreakingChangeIsAWarningOnTheAnnotationWithItsPointer() {
    Compilation compilation = pair("16-operation-id-renamed");
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            "[TW-BREAK-METHOD-RENAMED] changes/16-operation-id-renamed/current.yaml:");
    assertThat(compilation)
        .hadWarningContaining(
            "at #/paths/~1pets~1{petId}/get: GET /pets/{petId}: method getPet() is now showPetById()");
  }

  @Test
  void somethingGoneIsReportedAtItsPlaceInThePreviousDescription() {
    Compilation compilation = pair("13-response-property-removed");
    assertThat(compilation)
        .hadWarningContaining(
            "[TW-BREAK-PROPERTY-REMOVED] changes/13-response-property-removed/previous.yaml:");
  }

  @Test
  void errorOptionFailsTheBuild() {
    Compilation compilation = pair("01-operation-removed", "-Atypewire.breakingChanges=error");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[TW-BREAK-OPERATION-REMOVED]");
  }

  @Test
  void ignoreOptionSilencesButStillWritesTheReport() throws IOException {
    Compilation compilation = pair("01-operation-removed", "-Atypewire.breakingChanges=ignore");
    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(
        report(compilation, ChangeReport.JSON_FILE).orElseThrow().contains("OPERATION-REMOVED"));
  }

  @Test
  void anUnknownOptionValueIsAnError() {
    Compilation compilation = pair("01-operation-removed", "-Atypewire.breakingChanges=loud");
    assertThat(compilation).hadErrorContaining("[TW-BREAKING-CHANGES-OPTION]");
  }

  @Test
  void additiveChangesCompileWithoutWarnings() throws IOException {
    Compilation compilation = pair("18-additive-new-operation");
    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(
        report(compilation, ChangeReport.MARKDOWN_FILE).orElseThrow().contains("## Other changes"));
  }

  @Test
  void aMissingPreviousIsAnErrorNamingIt() {
    Compilation compilation =
        compile("changes/31-unchanged/current.yaml", "changes/nowhere/previous.yaml");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[TW-PREVIOUS-UNREADABLE]");
    assertThat(compilation).hadErrorContaining("changes/nowhere/previous.yaml");
  }

  @Test
  void anUnparsablePreviousIsAnErrorNamingIt() {
    Compilation compilation = compile("changes/31-unchanged/current.yaml", "changes-broken.yaml");
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[TW-PREVIOUS-UNREADABLE] changes/31-unchanged/current.yaml: the previous description changes-broken.yaml cannot be compared");
  }

  @Test
  void noPreviousWritesNoReport() throws IOException {
    Compilation compilation = SchemaCompiler.compile("changes/31-unchanged/current.yaml");
    assertThat(compilation).succeeded();
    assertFalse(report(compilation, ChangeReport.JSON_FILE).isPresent());
  }

  static List<Path> pairs() {
    return ChangeCorpus.pairs();
  }

  /** What the processor writes is what the engine (and so {@code typewire diff}) computes. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void processorReportIsTheEngineReport(Path pair) throws Exception {
    String name = pair.getFileName().toString();
    Compilation compilation = pair(name);
    assertThat(compilation).succeeded();
    String previous = "changes/" + name + "/previous.yaml";
    String current = "changes/" + name + "/current.yaml";
    ChangeReport expected =
        new ChangeReport(
            previous,
            current,
            ChangeDetector.compare(
                DescriptionReader.read(previous, ChangeCorpus.read(pair.resolve("previous.yaml"))),
                DescriptionReader.read(current, ChangeCorpus.read(pair.resolve("current.yaml")))));
    assertEquals(expected.json(), report(compilation, ChangeReport.JSON_FILE).orElseThrow());
    assertEquals(
        expected.markdown(), report(compilation, ChangeReport.MARKDOWN_FILE).orElseThrow());
    assertEquals(
        expected.count(dev.typewire.processor.change.Change.Level.BREAKING),
        compilation.warnings().stream()
            .filter(w -> w.getMessage(null).contains("[TW-BREAK-"))
            .count());
  }
}
