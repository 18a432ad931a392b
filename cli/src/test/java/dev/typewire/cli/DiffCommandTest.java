package dev.typewire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.typewire.processor.TypewireProcessor;
import dev.typewire.runtime.ApiTransport;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DiffCommandTest {

  /** The processor module's version-pair corpus. */
  private static final Path CORPUS = Path.of("../processor/src/test/resources/changes");

  private record Run(int exit, String out, String err) {}

  private static Run diff(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        DiffCommand.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static String file(String pair, String name) {
    return CORPUS.resolve(pair).resolve(name).toString();
  }

  private static Run diffPair(String pair, String... options) {
    List<String> args =
        new ArrayList<>(List.of("diff", file(pair, "previous.yaml"), file(pair, "current.yaml")));
    args.addAll(List.of(options));
    return diff(args.toArray(String[]::new));
  }

  @Test
  void textNamesEachChangeOnOneLine() {
    Run run = diffPair("16-operation-id-renamed");
    assertEquals(0, run.exit(), run.err());
    assertEquals(
        "breaking TW-BREAK-METHOD-RENAMED [source] GET /pets/{petId}: method getPet() is now"
            + " showPetById()\n1 breaking, 0 warnings, 0 other changes\n",
        run.out());
  }

  @Test
  void failOnBreakingExitsOneOnlyWhenSomethingBreaks() {
    assertEquals(1, diffPair("01-operation-removed", "--fail-on", "breaking").exit());
    assertEquals(0, diffPair("19-additive-optional-parameter", "--fail-on", "breaking").exit());
    assertEquals(0, diffPair("19-additive-optional-parameter", "--fail-on", "warning").exit());
  }

  @Test
  void usageAndReadErrorsExitTwo() {
    assertEquals(2, diff("diff", file("01-operation-removed", "previous.yaml")).exit());
    assertEquals(2, diffPair("01-operation-removed", "--format", "xml").exit());
    assertEquals(2, diffPair("01-operation-removed", "--fail-on").exit());
    Run missing = diff("diff", "nowhere.yaml", file("01-operation-removed", "current.yaml"));
    assertEquals(2, missing.exit());
    assertTrue(missing.err().contains("nowhere.yaml"), missing.err());
  }

  static Stream<String> pairs() throws Exception {
    try (Stream<Path> entries = Files.list(CORPUS)) {
      return entries
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  /** The processor, run by javac on the same pair, writes what {@code diff} prints. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void diffAgreesWithTheProcessor(String pair, @TempDir Path out) throws Exception {
    Path source = out.resolve("src/com/example/diff/package-info.java");
    Files.createDirectories(source.getParent());
    Files.writeString(
        source,
        "@dev.typewire.GenerateClient(schema = \""
            + pair
            + "/current.yaml\", previous = \""
            + pair
            + "/previous.yaml\")\npackage com.example.diff;\n");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      List<File> classPath = new ArrayList<>();
      for (Class<?> type :
          List.of(ApiTransport.class, ObjectMapper.class, JsonParser.class, JsonProperty.class)) {
        classPath.add(new File(type.getProtectionDomain().getCodeSource().getLocation().toURI()));
      }
      classPath.add(CORPUS.toFile());
      files.setLocation(StandardLocation.CLASS_PATH, classPath);
      Path classes = Files.createDirectories(out.resolve("classes"));
      files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classes.toFile()));
      files.setLocation(StandardLocation.SOURCE_OUTPUT, List.of(classes.toFile()));
      JavaCompiler.CompilationTask task =
          javac.getTask(
              null, files, null, List.of("-proc:full"), null, files.getJavaFileObjects(source));
      task.setProcessors(List.of(new TypewireProcessor()));
      assertTrue(task.call(), pair + " did not compile");
      Path written = classes.resolve("com/example/diff");
      String previous = file(pair, "previous.yaml");
      String current = file(pair, "current.yaml");
      ObjectMapper mapper = new ObjectMapper();
      ObjectNode fromProcessor =
          (ObjectNode) mapper.readTree(written.resolve("typewire-changes.json").toFile());
      fromProcessor.put("previous", previous).put("current", current);
      assertEquals(fromProcessor, mapper.readTree(diffPair(pair, "--format", "json").out()));
      String markdown =
          Files.readString(written.resolve("typewire-changes.md"))
              .replace("`" + pair + "/previous.yaml`", "`" + previous + "`")
              .replace("`" + pair + "/current.yaml`", "`" + current + "`");
      assertEquals(markdown, diffPair(pair, "--format", "markdown").out());
    }
  }
}
