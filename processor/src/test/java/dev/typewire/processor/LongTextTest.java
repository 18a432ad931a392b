package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Java string constant holds at most 65535 bytes of modified UTF-8. Text that becomes one must
 * fail with a TW- error naming the schema node, not with javac's "constant string too long" in
 * generated code; text that only becomes a comment has no such limit.
 */
class LongTextTest {

  private static String description(String path, String enumValue, String comment) {
    return """
        {"openapi": "3.0.3", "info": {"title": "Long", "version": "1"},
         "paths": {"%s": {"get": {"operationId": "get", "description": "%s",
           "responses": {"200": {"description": "ok", "content": {"application/json":
             {"schema": {"$ref": "#/components/schemas/Kind"}}}}}}}},
         "components": {"schemas": {"Kind": {"type": "string", "enum": ["%s", "b"]}}}}
        """
        .formatted(path, comment, enumValue);
  }

  private static Compilation compile(Path dir, String text) throws IOException {
    Files.writeString(dir.resolve("long.json"), text, StandardCharsets.UTF_8);
    return SchemaCompiler.compile("long.json", "-sourcepath", dir.toString());
  }

  @Test
  void literalsUpToTheLimitAndCommentsOfAnyLengthCompile(@TempDir Path dir) throws IOException {
    // Jackson refuses names over 50,000 characters; three-byte characters reach the limit first.
    String path = "/" + "\u20ac".repeat(21_000);
    String comment = "*/ \\\\u002a/ ".repeat(30_000);

    Compilation compilation = compile(dir, description(path, "a", comment));

    assertThat(compilation).succeeded();
  }

  @Test
  void literalsBeyondTheLimitAreATypewireError(@TempDir Path dir) throws IOException {
    // 22,000 characters, but three bytes each in modified UTF-8: 66,000 bytes.
    String path = "/" + "\u20ac".repeat(22_000);
    String enumValue = "v".repeat(70_000);

    Compilation compilation = compile(dir, description(path, enumValue, "fine"));

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[TW-TEXT-TOO-LONG] long.json:5:64 at #/components/schemas/Kind/enum:");
    assertThat(compilation).hadErrorContaining("a path of 22001 characters is too long");
    assertEquals(
        2,
        compilation.errors().size(),
        () -> "only the two TW errors, no javac error: " + compilation.errors());
    assertEquals(0, InvalidSchemaTest.count(compilation, Diagnostic.Kind.ERROR, "[TW-BUG]"));
  }
}
