package dev.typewire.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A {@code oneOf}/{@code anyOf} beside properties or in an {@code allOf} part has no place in the
 * record generated from the properties (issue #12): it is named in a warning, not dropped.
 */
class UnionBesidePropertiesTest {

  @Test
  void theIgnoredUnionIsNamedWithItsPointer() {
    Compilation compilation = SchemaCompiler.compile("openapi/union-beside-properties.yaml");
    new GeneratedClasses(compilation).load(SchemaCompiler.PKG + ".Mapping");
    List<String> ignored =
        compilation.warnings().stream()
            .map(warning -> warning.getMessage(Locale.ROOT))
            .filter(message -> message.startsWith("[TW-IGNORED-KEYWORD]"))
            .map(message -> message.substring(message.indexOf(" at ") + 4, message.indexOf(": ")))
            .sorted()
            .toList();
    assertEquals(
        List.of("#/components/schemas/Mapping/oneOf", "#/components/schemas/Merged/allOf/1/anyOf"),
        ignored,
        compilation.diagnostics()::toString);
  }
}
