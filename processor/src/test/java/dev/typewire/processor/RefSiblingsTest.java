package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/**
 * Keywords beside a {@code $ref} that would shape the value are named in a warning, not dropped
 * silently; annotations beside it ({@code description}) are honoured and not warned about.
 */
class RefSiblingsTest {

  @Test
  void shapingKeywordsBesideARefAreWarnedAbout() {
    Compilation compilation = SchemaCompiler.compile("openapi/ref-siblings.yaml");

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "[TW-REF-SIBLING] openapi/ref-siblings.yaml:19:19 at"
                + " #/paths/~1pets/get/responses/200/content/application~1json/schema/properties:"
                + " 'properties' beside $ref is not generated");
    assertEquals(
        1,
        compilation.warnings().stream().filter(w -> w.getMessage(null).contains("TW-")).count(),
        compilation.warnings()::toString);
  }
}
