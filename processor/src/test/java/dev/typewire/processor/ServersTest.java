package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Server URLs never make the generated builder throw: variables take their defaults, a relative or
 * unusable URL gives no default (with a warning) and servers of single paths and operations are
 * named in warnings, not dropped silently.
 */
class ServersTest {

  private static final String PKG = SchemaCompiler.PKG;

  @Test
  void variablesTakeTheirDefaults() throws Exception {
    Compilation compilation = SchemaCompiler.compile("openapi/servers.yaml");
    assertThat(compilation).succeeded();
    Class<?> client = new GeneratedClasses(compilation).load(PKG + ".ServersClient");
    assertEquals("https://api.example.com:8443/v2", client.getField("DEFAULT_BASE_URL").get(null));
    // The default is usable: the builder builds without a base URL of the caller's.
    Object builder = client.getMethod("builder").invoke(null);
    builder.getClass().getMethod("build").invoke(builder);
  }

  @Test
  void serversOfOnePathOrOperationAreNamedInWarnings() {
    Compilation compilation = SchemaCompiler.compile("openapi/servers.yaml");
    assertThat(compilation).hadWarningCount(2);
    assertThat(compilation).hadWarningContaining("[TW-SERVERS-IGNORED]");
    assertThat(compilation).hadWarningContaining("at #/paths/~1uploads/servers: ");
    assertThat(compilation).hadWarningContaining("at #/paths/~1uploads/post/servers: ");
  }

  @Test
  void aRelativeServerGivesNoDefaultAndTheCallerSetsTheBaseUrl() throws Exception {
    Compilation compilation = SchemaCompiler.compile("openapi/relative-server.yaml");
    assertThat(compilation).hadWarningContaining("[TW-SERVER-URL]");
    assertThat(compilation).hadWarningContaining("'/api/v3'");
    GeneratedClasses classes = new GeneratedClasses(compilation);
    Class<?> client = classes.load(PKG + ".RelativeClient");
    Object unset = client.getMethod("builder").invoke(null);
    InvocationTargetException missing =
        assertThrows(
            InvocationTargetException.class,
            () -> unset.getClass().getMethod("build").invoke(unset));
    assertInstanceOf(IllegalStateException.class, missing.getCause());

    List<String> paths;
    try (LoopbackServer server = LoopbackServer.noContent()) {
      Object built = classes.client(PKG + ".RelativeClient", server.baseUrl() + "/api/v3");
      Object things = built.getClass().getMethod("things").invoke(built);
      things.getClass().getMethod("listThings").invoke(things);
      paths = server.requests().stream().map(LoopbackServer.Request::rawPath).toList();
    }
    assertEquals(List.of("/api/v3/things"), paths);
  }
}
