package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the processor reports problems beyond one case per file: many at once, warnings, files. */
class SchemaProblemsTest {

  @Test
  void missingFileSaysWhereItLooked() {
    Compilation compilation = SchemaCompiler.compile("invalid/no-such-schema.json");

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[TW-SCHEMA-MISSING] invalid/no-such-schema.json: ");
    assertThat(compilation).hadErrorContaining("CLASS_PATH");
    assertThat(compilation).hadErrorContaining("SOURCE_PATH");
    // Gradle leaves src/main/resources off javac's class path: the fix names the source path.
    assertThat(compilation).hadErrorContaining("options.sourcepath");
  }

  /** Found by hand: javac refuses a directory with an unchecked exception, once a TW-BUG. */
  @Test
  void directoryIsUnreadableNotABug() {
    Compilation compilation = SchemaCompiler.compile("invalid");

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[TW-SCHEMA-UNREADABLE] invalid: ");
    assertEquals(0, InvalidSchemaTest.count(compilation, Diagnostic.Kind.ERROR, "[TW-BUG]"));
  }

  @Test
  void oneCompilationReportsEveryProblem() {
    Compilation compilation = SchemaCompiler.compile("degraded/three-problems.json");

    String file = "degraded/three-problems.json";
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "[TW-TYPE] " + file + ":18:27 at #/components/schemas/Chat/properties/id/type: ");
    assertThat(compilation)
        .hadWarningContaining(
            "[TW-REF-DANGLING] "
                + file
                + ":19:30 at #/components/schemas/Chat/properties/owner/$ref: ");
    assertThat(compilation)
        .hadWarningContaining(
            "[TW-PARAMETER-IN] "
                + file
                + ":8:49 at #/paths/~1chats~1{chat_id}/get/parameters/0/in: ");
    assertThat(compilation)
        .hadWarningContaining(
            "[TW-PATH-PARAMETER] " + file + ":6:14 at #/paths/~1chats~1{chat_id}/get: ");
  }

  @Test
  void oneCompilationReportsEveryErrorWithTheWarnings() {
    Compilation compilation = SchemaCompiler.compile("invalid/errors-and-warnings.json");

    String file = "invalid/errors-and-warnings.json";
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[TW-REF-CYCLE] " + file + ":9:16 at #/components/schemas/Chat/properties/a: ");
    assertThat(compilation)
        .hadErrorContaining(
            "[TW-REF-CYCLE] " + file + ":10:16 at #/components/schemas/Chat/properties/b: ");
    assertThat(compilation)
        .hadWarningContaining(
            "[TW-TYPE] " + file + ":11:27 at #/components/schemas/Chat/properties/id/type: ");
  }

  /** A path-level parameter is read for each operation of its path; its problem is one warning. */
  @Test
  void aPathLevelProblemIsReportedOnce() {
    Compilation compilation = SchemaCompiler.compile("degraded/path-level-nameless.yaml");

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "[TW-PARAMETER] degraded/path-level-nameless.yaml:6:9 at #/paths/~1chats/parameters/0:"
                + " a parameter needs a name");
    assertEquals(1, compilation.warnings().size(), compilation.diagnostics()::toString);
  }

  @Test
  void yamlProblemsGiveLineAndColumnInTheYaml() {
    Compilation compilation = SchemaCompiler.compile("degraded/dangling-ref.yaml");

    // "$ref: '#/components/schemas/User'" is on line 14; its value starts in column 17.
    assertThat(compilation)
        .hadWarningContaining(
            "[TW-REF-DANGLING] degraded/dangling-ref.yaml:14:17"
                + " at #/components/schemas/Chat/properties/owner/$ref: ");
  }

  @Test
  void warningsStillGenerateCodeThatCompiles() {
    Compilation compilation = SchemaCompiler.compile("warnings.yaml");

    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile(SchemaCompiler.PKG + ".Chat");
    for (String expected : expectedWarnings()) {
      assertThat(compilation).hadWarningContaining(expected);
    }
    assertEquals(0, compilation.errors().size(), compilation.diagnostics()::toString);
  }

  @Test
  void warningsAsErrorsFailsOnTheSameWarnings() {
    Compilation compilation =
        SchemaCompiler.compile("warnings.yaml", "-Atypewire.warningsAsErrors=true");

    assertThat(compilation).failed();
    for (String expected : expectedWarnings()) {
      assertThat(compilation).hadErrorContaining(expected);
    }
  }

  private static List<String> expectedWarnings() {
    String chat = "#/components/schemas/Chat";
    return List.of(
        "[TW-IGNORED-KEYWORD] warnings.yaml:32:22 at " + chat + "/discriminator: ",
        "[TW-FORMAT] warnings.yaml:35:39 at " + chat + "/properties/phone/format: ",
        "[TW-IGNORED-KEYWORD] warnings.yaml:44:30 at "
            + chat
            + "/properties/meta/patternProperties: ",
        "[TW-IGNORED-KEYWORD] warnings.yaml:46:16 at " + chat + "/properties/other/not: ",
        "[TW-PARAMETER-STYLE] warnings.yaml:12:45 at #/paths/~1chats/get/parameters/0/style: ",
        "[TW-MEDIA-TYPE] warnings.yaml:26:13 at #/paths/~1export/get/responses/200/content: ",
        "[TW-SERVER-VARIABLES] warnings.yaml:6:15 at #/servers/0/variables/region: ");
  }

  /**
   * Legal on their own, but thousands of levels deep through $refs: the parser's depth limit does
   * not see them, and the reader must stop with an error instead of overflowing the stack.
   */
  @Test
  void refChainsThousandsDeepAreAnErrorNotAStackOverflow(@TempDir Path sources) throws IOException {
    int length = 3000;
    StringBuilder schemas = new StringBuilder();
    for (int i = 0; i < length; i++) {
      String next = "#/components/schemas/" + (i + 1 < length ? "List" + (i + 1) : "Leaf");
      String part = "#/components/schemas/" + (i + 1 < length ? "Part" + (i + 1) : "Leaf");
      schemas
          .append(
              "\"List%d\": {\"type\": \"array\", \"items\": {\"$ref\": \"%s\"}},"
                  .formatted(i, next))
          .append(
              "\"Part%d\": {\"allOf\": [{\"$ref\": \"%s\"}], \"properties\": {\"p%d\": {}}},"
                  .formatted(i, part, i));
    }
    schemas.append("\"Leaf\": {\"type\": \"object\", \"properties\": {\"id\": {}}}");
    String schema =
        """
        {"openapi": "3.1.0", "info": {"title": "Deep", "version": "1"},
         "paths": {"/lists": {"get": {"operationId": "lists", "responses": {"200": {
           "description": "ok", "content": {"application/json": {"schema":
             {"$ref": "#/components/schemas/List0"}}}}}}}},
         "components": {"schemas": {%s}}}
        """
            .formatted(schemas);
    Files.writeString(sources.resolve("deep-refs.json"), schema, StandardCharsets.UTF_8);

    Compilation compilation =
        SchemaCompiler.compile("deep-refs.json", "-sourcepath", sources.toString());

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[TW-DEPTH] deep-refs.json:");
    assertThat(compilation).hadErrorContaining("at #/components/schemas/List");
    assertThat(compilation).hadErrorContaining("at #/components/schemas/Part");
    assertEquals(0, InvalidSchemaTest.count(compilation, Diagnostic.Kind.ERROR, "[TW-BUG]"));
    assertTrue(compilation.errors().size() < 100, "one error per chain, not one per link");
  }
}
