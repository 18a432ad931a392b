package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import dev.typewire.runtime.JsonCodec;
import org.junit.jupiter.api.Test;

/**
 * Relative-file $refs, resolved like the schema itself and bundled into it: into a subdirectory and
 * back up, local refs inside the other file, whole-file refs, a component parameter, refs that
 * cycle through files; and the refs that cannot be followed reported at the ref.
 */
class ExternalRefTest {

  private static final String PKG = SchemaCompiler.PKG;

  @Test
  void refsIntoOtherFilesGenerateTheirTypes() throws Exception {
    Compilation compilation =
        SchemaCompiler.compile("multi/main.yaml", "-Xlint:all,-processing", "-Werror");
    assertThat(compilation).succeededWithoutWarnings();
    GeneratedClasses classes = new GeneratedClasses(compilation);
    ObjectMapper mapper = JsonCodec.newObjectMapper();
    String json =
        "{\"id\":\"c1\",\"owner\":{\"name\":\"Ada\",\"chats\":[{\"id\":\"c2\"}],"
            + "\"friend\":{\"since\":\"2020\",\"best\":{\"name\":\"Bob\"}}},"
            + "\"tag\":{\"label\":\"x\"}}";
    Object chat = mapper.readValue(json, classes.load(PKG + ".Chat"));
    assertEquals(mapper.readTree(json), mapper.valueToTree(chat));
    classes.load(PKG + ".ListChatsParams").getMethod("limit");
  }

  @Test
  void aRefCycleThroughFilesIsReported() {
    Compilation compilation = SchemaCompiler.compile("multi/cycle.yaml");
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[TW-REF-CYCLE] multi/cycle.yaml:10:15 at #/components/schemas/User/properties/loop");
  }

  @Test
  void refsThatCannotBeFollowedAreErrorsAtTheRef() {
    Compilation compilation = SchemaCompiler.compile("multi/broken.yaml");
    assertThat(compilation).failed();
    String at = "multi/broken.yaml:";
    assertThat(compilation)
        .hadErrorContaining(
            "[TW-REF-EXTERNAL] " + at + "9:20 at #/components/schemas/A/properties/up/$ref");
    assertThat(compilation)
        .hadErrorContaining(
            "[TW-REF-EXTERNAL] " + at + "10:24 at #/components/schemas/A/properties/remote/$ref");
    assertThat(compilation)
        .hadErrorContaining(
            "[TW-REF-DANGLING] " + at + "11:25 at #/components/schemas/A/properties/missing/$ref");
    assertEquals(3, compilation.errors().size(), compilation.diagnostics()::toString);
  }
}
