package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * Walks a description that uses each construct once: what the client carries out is generated, and
 * everything else is named, with its pointer, in a warning of its own kind.
 */
class UngeneratedConstructsTest {

  private static final Compilation COMPILATION =
      SchemaCompiler.compile("openapi/constructs.yaml", "-Xlint:all,-processing");

  @Test
  void whatIsNotGeneratedIsNamedWithItsPointer() {
    assertThat(COMPILATION).succeeded();
    Map<String, String> expected =
        Map.of(
            "TW-WEBHOOK-UNSIGNED", "#",
            "TW-CALLBACKS", "#/paths/~1pets~1{id}/put/callbacks/onAdopted",
            "TW-RESPONSE-HEADERS", "#/paths/~1pets~1{id}/get/responses/200/headers",
            "TW-LINKS", "#/paths/~1pets~1{id}/get/responses/200/links",
            "TW-RESPONSE-ALTERNATIVES", "#/paths/~1pets~1{id}/get/responses/203",
            "TW-ERROR-BODIES", "#/paths/~1pets~1{id}/get/responses/500");
    List<String> warnings =
        COMPILATION.warnings().stream().map(w -> w.getMessage(Locale.ROOT)).toList();
    expected.forEach(
        (id, pointer) ->
            assertTrue(
                warnings.stream().anyMatch(w -> w.contains("[" + id + "]") && w.contains(pointer)),
                id + " at " + pointer + " in " + warnings));
    assertEquals(expected.size(), warnings.size(), warnings.toString());
    assertTrue(
        COMPILATION.diagnostics().stream().noneMatch(d -> d.getKind() == Diagnostic.Kind.ERROR),
        "no errors");
  }

  @Test
  void aWarningListsItsPointersInTheOrderOperationsAreGenerated() {
    Compilation compilation = SchemaCompiler.compile("openapi/constructs-order.yaml");
    assertThat(compilation).succeeded();
    String warning =
        compilation.warnings().stream()
            .map(w -> w.getMessage(Locale.ROOT))
            .filter(w -> w.contains("[TW-RESPONSE-HEADERS]"))
            .findFirst()
            .orElseThrow();
    String path = "#/paths/~1things/";
    assertTrue(
        warning.contains(
            String.join(
                ", ",
                path + "get/responses/204/headers",
                path + "put/responses/204/headers",
                path + "post/responses/204/headers",
                path + "delete/responses/204/headers",
                path + "patch/responses/204/headers")),
        warning);
  }

  @Test
  void everyOperationAndParameterIsGenerated() throws Exception {
    GeneratedClasses classes = new GeneratedClasses(COMPILATION);
    Class<?> api = classes.load(SchemaCompiler.PKG + ".PetsApi");
    List<String> methods = Arrays.stream(api.getMethods()).map(Method::getName).toList();
    assertTrue(methods.containsAll(List.of("getPet", "putPet")), methods.toString());
    Class<?> params = classes.load(SchemaCompiler.PKG + ".GetPetParams");
    List<String> components =
        Arrays.stream(params.getRecordComponents()).map(c -> c.getName()).toList();
    assertEquals(List.of("fields", "traceTag", "session"), components);
  }
}
