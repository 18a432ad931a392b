package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.testing.compile.Compilation;
import java.util.List;
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
    String json =
        "{\"id\":\"c1\",\"owner\":{\"name\":\"Ada\",\"chats\":[{\"id\":\"c2\"}],"
            + "\"friend\":{\"since\":\"2020\",\"best\":{\"name\":\"Bob\"}}},"
            + "\"tag\":{\"label\":\"x\"}}";
    classes.roundTrip("Chat", json);
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
  void refsThatCannotBeFollowedAreWarningsAtTheRef() throws ReflectiveOperationException {
    Compilation compilation = SchemaCompiler.compile("multi/broken.yaml");
    assertThat(compilation).succeeded();
    String at = "multi/broken.yaml:";
    String instead = "; the value is generated as a JsonNode";
    assertThat(compilation)
        .hadWarningContaining(
            "[TW-REF-EXTERNAL] " + at + "9:20 at #/components/schemas/A/properties/up/$ref");
    assertThat(compilation)
        .hadWarningContaining(
            "[TW-REF-EXTERNAL] " + at + "10:24 at #/components/schemas/A/properties/remote/$ref");
    assertThat(compilation)
        .hadWarningContaining(
            "[TW-REF-DANGLING] " + at + "11:25 at #/components/schemas/A/properties/missing/$ref");
    assertThat(compilation)
        .hadWarningContaining("points to nothing in multi/common/people.yaml" + instead);
    assertEquals(3, compilation.warnings().size(), compilation.diagnostics()::toString);
    Class<?> a = new GeneratedClasses(compilation).load(PKG + ".A");
    for (String property : List.of("up", "remote", "missing")) {
      assertEquals(JsonNode.class, a.getMethod(property).getReturnType(), property);
    }
  }

  /**
   * {@code #/components/schemas/Chat} inside common/orphan.yaml means that file's Chat, which does
   * not exist; the main document's Chat must not stand in for it.
   */
  @Test
  void aRefLocalToAnotherFileThatDanglesIsNotReadAsALocalOne() throws ReflectiveOperationException {
    Compilation compilation = SchemaCompiler.compile("multi/local-in-other-file.yaml");
    assertThat(compilation).succeeded();
    // The imported part has no place in the main file: the position is its nearest ancestor's.
    assertThat(compilation)
        .hadWarningContaining(
            "[TW-REF-DANGLING] multi/local-in-other-file.yaml:6:5 at"
                + " #/components/schemas/Orphan/properties/owner/$ref: $ref"
                + " '#/components/schemas/Chat' points to nothing in multi/common/orphan.yaml;"
                + " the value is generated as a JsonNode");
    Class<?> orphan = new GeneratedClasses(compilation).load(PKG + ".Orphan");
    assertEquals(JsonNode.class, orphan.getMethod("owner").getReturnType());
  }
}
