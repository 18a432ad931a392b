package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every operation method OpenAPI 3.0/3.1 defines is generated; anything else is a warning. */
class HttpMethodsTest {

  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

  @Test
  void everyMethodIsGeneratedAndSent() throws Exception {
    Compilation compilation =
        SchemaCompiler.compile("openapi/http-methods.yaml", "-Xlint:all,-processing");
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[TW-PATH-ITEM-FIELD]");
    assertThat(compilation).hadWarningContaining("#/paths/~1probe/query");
    assertThat(compilation).hadWarningCount(1);

    List<String> seen;
    try (LoopbackServer server = LoopbackServer.noContent()) {
      GeneratedClasses classes = new GeneratedClasses(compilation);
      Object client = classes.client(SchemaCompiler.PKG + ".MethodsClient", server.baseUrl());
      Object api = client.getClass().getMethod("probe").invoke(client);
      for (String method : METHODS) {
        api.getClass().getMethod(method + "Probe").invoke(api);
      }
      seen = server.requests().stream().map(LoopbackServer.Request::method).toList();
    }
    assertEquals(METHODS.stream().map(m -> m.toUpperCase(Locale.ROOT)).toList(), seen);
  }

  @Test
  void aFragmentInThePathKeyIsNotSent() throws Exception {
    Compilation compilation =
        SchemaCompiler.compile("openapi/path-fragment.yaml", "-Xlint:all,-processing", "-Werror");
    assertThat(compilation).succeededWithoutWarnings();
    GeneratedClasses classes = new GeneratedClasses(compilation);
    Class<?> paramsType = classes.load(SchemaCompiler.PKG + ".GetSharedLinkParams");
    Object paramsBuilder = paramsType.getMethod("builder").invoke(null);
    paramsBuilder.getClass().getMethod("fields", String.class).invoke(paramsBuilder, "name");
    Object params = paramsBuilder.getClass().getMethod("build").invoke(paramsBuilder);

    LoopbackServer.Request request;
    try (LoopbackServer server = LoopbackServer.noContent()) {
      Object client = classes.client(SchemaCompiler.PKG + ".FragmentsClient", server.baseUrl());
      Object api = client.getClass().getMethod("files").invoke(client);
      api.getClass().getMethod("getSharedLink", String.class, paramsType).invoke(api, "7", params);
      request = server.requests().get(0);
    }
    assertEquals("/files/7", request.rawPath());
    assertEquals("fields=name", request.rawQuery());
  }
}
