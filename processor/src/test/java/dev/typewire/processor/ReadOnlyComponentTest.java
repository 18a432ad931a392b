package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.typewire.runtime.JsonCodec;
import org.junit.jupiter.api.Test;

/**
 * {@code readOnly} written on a component applies where a property refers to it: a request builder
 * does not demand the server-assigned id.
 */
class ReadOnlyComponentTest {

  @Test
  void aReadOnlyComponentIsNotDemandedByBuilders() throws Exception {
    Compilation compilation =
        SchemaCompiler.compile(
            "openapi/readonly-component.yaml", "-Xlint:all,-processing", "-Werror");
    assertThat(compilation).succeededWithoutWarnings();
    Class<?> pet = new GeneratedClasses(compilation).load(SchemaCompiler.PKG + ".Pet");
    Object builder = pet.getMethod("builder").invoke(null);
    builder.getClass().getMethod("name", String.class).invoke(builder, "Rex");

    Object built = builder.getClass().getMethod("build").invoke(builder);

    assertEquals("{\"name\":\"Rex\"}", JsonCodec.newObjectMapper().writeValueAsString(built));
  }
}
