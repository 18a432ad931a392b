package dev.typewire.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Conformance corpus: every OpenAPI 3.0 and 3.1 JSON document of npm {@code @readme/oas-examples}
 * (vendored under {@code oas-examples/}, see its NOTICE.md) goes through the processor once. Each
 * either generates code that compiles, or fails only with Typewire's own {@code [TW-...]} errors
 * (never {@code [TW-BUG]}, never javac errors in generated code), and the expected outcome of a
 * failing document is listed in {@link #REFUSED} so that any change in behaviour is noticed.
 * Generated code must also compile without javac warnings under {@code -Xlint:all} (Typewire's own
 * schema warnings are expected: the corpus exercises much that is ignored with a warning).
 */
class OasExamplesCorpusTest {

  private static final String ROOT = "oas-examples";

  /** Documents Typewire refuses on purpose: file -> the id of the (first) error it gives. */
  private static final Map<String, String> REFUSED = Map.of();

  /** Documents not run at all, with the reason. None: the whole corpus is run. */
  private static final Map<String, String> EXCLUDED = Map.of();

  static Stream<String> documents() throws IOException, URISyntaxException {
    URL root = Objects.requireNonNull(OasExamplesCorpusTest.class.getResource("/" + ROOT));
    Path dir = Paths.get(root.toURI());
    try (Stream<Path> files = Files.walk(dir)) {
      List<String> all =
          files
              .filter(p -> p.toString().endsWith(".json"))
              .map(p -> dir.relativize(p).toString().replace('\\', '/'))
              .sorted()
              .collect(Collectors.toList());
      return all.stream().filter(f -> !EXCLUDED.containsKey(f));
    }
  }

  @Test
  void everyListedDocumentExists() throws Exception {
    Set<String> present = documents().collect(Collectors.toCollection(TreeSet::new));
    for (String file : REFUSED.keySet()) {
      assertTrue(present.contains(file), "listed but missing: " + file);
    }
    assertTrue(present.size() > 50, "corpus has " + present.size() + " documents");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void compilesOrIsRefusedCleanly(String file) {
    Compilation compilation = SchemaCompiler.compile(ROOT + "/" + file, "-Xlint:all,-processing");
    List<String> errors =
        compilation.diagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
            .map(d -> d.getMessage(null))
            .collect(Collectors.toList());
    for (String error : errors) {
      if (!error.startsWith("[TW-") || error.startsWith("[TW-BUG]")) {
        fail(file + ": not a clean Typewire error: " + error + "\n" + compilation.diagnostics());
      }
    }
    for (Diagnostic<?> diagnostic : compilation.diagnostics()) {
      boolean warning =
          diagnostic.getKind() == Diagnostic.Kind.WARNING
              || diagnostic.getKind() == Diagnostic.Kind.MANDATORY_WARNING;
      if (warning && !diagnostic.getMessage(null).startsWith("[TW-")) {
        fail(file + ": javac warns about generated code: " + diagnostic);
      }
    }
    String expected = REFUSED.get(file);
    if (expected == null) {
      assertEquals(Compilation.Status.SUCCESS, compilation.status(), () -> file + ": " + errors);
    } else {
      assertEquals(Compilation.Status.FAILURE, compilation.status(), file + " now compiles");
      assertTrue(
          errors.get(0).startsWith("[" + expected + "]"),
          () -> file + ": expected [" + expected + "], got " + errors);
    }
  }
}
