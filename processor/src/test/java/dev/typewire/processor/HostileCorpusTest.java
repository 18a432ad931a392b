package dev.typewire.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.testing.compile.Compilation;
import dev.typewire.processor.read.SchemaParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Descriptions written to attack the generated code (under {@code src/test/resources/hostile/}),
 * each with code that sets the {@code typewire.pwned} system property if it ever runs. Every one
 * must compile, every generated class must initialize, the client must build, and the property must
 * stay unset; the texts that belong in string literals must come back exactly.
 *
 * <p>The first file is the reported vulnerability: two backslashes before {@code u002a} in an
 * operation description, which the old escaping turned into an escaped star-slash that ended the
 * Javadoc and let a static block run.
 */
class HostileCorpusTest {

  private static final String PKG = SchemaCompiler.PKG;
  private static final String PWNED = "typewire.pwned";
  static final List<String> FILES =
      List.of(
          "01-pwned-unicode-escape.json",
          "02-comment-end-everywhere.json",
          "03-unicode-escapes-any-count.json",
          "04-string-literal-breakout.json",
          "05-javadoc-tags-and-html.json",
          "06-line-terminators-controls-surrogates.json",
          "07-yaml-scalars.yaml",
          "08-webhook-events.json");

  static Stream<String> files() {
    return FILES.stream();
  }

  @AfterEach
  void clearProperty() {
    System.clearProperty(PWNED);
  }

  @ParameterizedTest
  @MethodSource("files")
  void nothingInTheDescriptionRuns(String file) throws Exception {
    Compilation compilation = SchemaCompiler.compile("hostile/" + file);
    GeneratedClasses classes = new GeneratedClasses(compilation);
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      for (String name : classes.names()) {
        // Initializing runs every static block and static field initializer.
        Class.forName(name, true, classes);
      }
      String client = clientClass(compilation);
      assertNotNull(classes.client(PKG + "." + client, "http://127.0.0.1:9/"));
    } finally {
      System.setOut(out);
    }
    assertNull(System.getProperty(PWNED), "injected code ran");
    assertFalse(printed.toString(StandardCharsets.UTF_8).contains("PWNED"), printed::toString);
    for (JavaFileObject source : compilation.generatedSourceFiles()) {
      String text = source.getCharContent(true).toString();
      assertTrue(text.chars().allMatch(c -> c < 0x80), () -> source.getName() + " is not ASCII");
    }
  }

  /** In the corpus built from one template, the texts of literal slots decode back exactly. */
  @ParameterizedTest
  @MethodSource("files")
  void literalTextsSurvive(String file) throws Exception {
    JsonNode description = read(file);
    if (!description.path("components").path("schemas").has("Kind")) {
      return;
    }
    String text = description.path("info").path("version").asText();
    GeneratedClasses classes = GeneratedClasses.compile("hostile/" + file);
    Class<?> client =
        classes.load(PKG + "." + clientClass(SchemaCompiler.compile("hostile/" + file)));
    assertEquals(
        description.path("servers").path(0).path("url").asText(),
        client.getField("DEFAULT_BASE_URL").get(null));
    Class<?> kind = classes.load(PKG + ".Kind");
    List<?> known = (List<?>) kind.getMethod("knownValues").invoke(null);
    assertEquals("e" + text, kind.getMethod("value").invoke(known.get(0)));
    RecordComponent property = classes.load(PKG + ".Item").getRecordComponents()[0];
    assertEquals("p" + text, property.getAccessor().getAnnotation(JsonProperty.class).value());
  }

  /** Read as the processor reads it: from text, where Jackson accepts lone surrogates. */
  private static JsonNode read(String file) throws Exception {
    try (InputStream in =
        HostileCorpusTest.class.getClassLoader().getResourceAsStream("hostile/" + file)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return SchemaParser.parse(file, text).root();
    }
  }

  /** The generated class with a static {@code builder()}: the client. */
  private static String clientClass(Compilation compilation) throws IOException {
    for (JavaFileObject source : compilation.generatedSourceFiles()) {
      String text = source.getCharContent(true).toString();
      if (text.contains("public static Builder builder()") && text.contains("ApiTransport")) {
        String name = source.getName();
        return name.substring(name.lastIndexOf('/') + 1, name.length() - ".java".length());
      }
    }
    throw new AssertionError("no client generated");
  }
}
