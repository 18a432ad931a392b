package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code content: {}} says there is no body, like no {@code content} at all: no warning. */
class EmptyContentTest {

  private static final String DESCRIPTION =
      """
      {"openapi": "3.1.0", "info": {"title": "Empty", "version": "1"},
       "paths": {"/health": {"get": {"operationId": "health", "tags": ["health"],
         "requestBody": {"content": {}},
         "responses": {"200": {"description": "up", "content": {}},
                       "401": {"description": "no", "content": {}}}}}}}
      """;

  @Test
  void emptyContentIsNoBody(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("empty.json"), DESCRIPTION);
    Compilation compilation =
        SchemaCompiler.compile(
            "empty.json", "-sourcepath", dir.toString(), "-Xlint:all,-processing", "-Werror");
    assertThat(compilation).succeededWithoutWarnings();
    Class<?> api = new GeneratedClasses(compilation).load(SchemaCompiler.PKG + ".HealthApi");
    assertEquals(void.class, api.getMethod("health").getReturnType());
  }
}
