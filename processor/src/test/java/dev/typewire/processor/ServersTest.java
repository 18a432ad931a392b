package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.typewire.runtime.ClientOptions;
import dev.typewire.runtime.RequestOptions;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Servers as the description declares them: the document server's variables are builder methods,
 * checked in {@code build()}; paths and operations with servers of their own are sent there;
 * relative server URLs resolve against the client's base URL; what cannot be used is named in a
 * warning, not dropped silently.
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
  void onlyServersThatCannotBeUsedAreNamedInWarnings() {
    Compilation compilation = SchemaCompiler.compile("openapi/servers.yaml");
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining("at #/paths/~1broken/get/servers/0/variables/tenant");
    assertThat(compilation).hadWarningContaining("[TW-SERVER-VARIABLES]");
    assertThat(compilation).hadWarningContaining("calls go to the client's base URL");
  }

  @Test
  void pathAndOperationServersAreReachedAndRelativeOnesResolveAgainstTheBaseUrl() throws Exception {
    GeneratedClasses classes = GeneratedClasses.compile("openapi/servers.yaml");
    try (LoopbackServer main = LoopbackServer.noContent();
        LoopbackServer uploads = LoopbackServer.noContent()) {
      Object client =
          build(
              classes,
              "ServersClient",
              builder -> {
                call(builder, "baseUrl", main.baseUrl() + "/v2");
                Consumer<ClientOptions.Builder> redirect =
                    options ->
                        options
                            .serverOverride(
                                "https://uploads.example.com", uploads.baseUrl() + "/path")
                            .serverOverride(
                                "https://eu.uploads2.example.com", uploads.baseUrl() + "/op");
                call(builder, "configure", redirect);
              });
      Object things = call(client, "things");
      for (String operation :
          List.of("listThings", "same", "listUploads", "upload", "listDocs", "broken")) {
        call(things, operation);
      }
      assertEquals(List.of("/v2/things", "/v2/same", "/files/docs", "/v2/broken"), paths(main));
      // The operation's own server wins over its path's.
      assertEquals(List.of("/path/uploads", "/op/uploads"), paths(uploads));
    }
  }

  @Test
  void aCallOverrideReachesAnotherHost() throws Exception {
    GeneratedClasses classes = GeneratedClasses.compile("openapi/servers.yaml");
    try (LoopbackServer main = LoopbackServer.noContent();
        LoopbackServer other = LoopbackServer.noContent()) {
      Object things = call(classes.client(PKG + ".ServersClient", main.baseUrl()), "things");
      RequestOptions options = RequestOptions.builder().baseUrl(other.baseUrl() + "/call").build();
      things.getClass().getMethod("listThings", RequestOptions.class).invoke(things, options);
      things.getClass().getMethod("upload", RequestOptions.class).invoke(things, options);
      assertEquals(List.of(), paths(main));
      assertEquals(List.of("/call/things", "/call/uploads"), paths(other));
    }
  }

  @Test
  void variablesAreBuilderMethodsFilledInBuild() throws Exception {
    GeneratedClasses classes = GeneratedClasses.compile("openapi/server-variables.yaml");
    try (LoopbackServer server = LoopbackServer.noContent()) {
      String port = server.baseUrl().substring(server.baseUrl().lastIndexOf(':') + 1);
      Object client =
          build(
              classes,
              "VariablesClient",
              builder -> {
                call(builder, "scheme", "http");
                call(builder, "host", "127.0.0.1");
                call(builder, "port", port);
                // "build" is the builder's own method, so the variable's setter is build2.
                call(builder, "build2", "v9");
              });
      call(call(client, "things"), "listThings");
      assertEquals(List.of("/v9/things"), paths(server));
    }
  }

  @Test
  void aValueOutsideTheEnumFailsAtOnceListingTheAllowedOnes() throws Exception {
    Object builder = builder(compiled("server-variables.yaml"), "VariablesClient");
    InvocationTargetException e =
        assertThrows(InvocationTargetException.class, () -> call(builder, "scheme", "ftp"));
    assertInstanceOf(IllegalArgumentException.class, e.getCause());
    assertTrue(e.getCause().getMessage().contains("[https, http]"), e.getCause().getMessage());
  }

  @Test
  void aValueThatBreaksTheUrlFailsInBuildWithTheTemplateInTheMessage() throws Exception {
    Object builder = builder(compiled("server-variables.yaml"), "VariablesClient");
    call(builder, "host", "user@evil.example");
    InvocationTargetException e =
        assertThrows(InvocationTargetException.class, () -> call(builder, "build"));
    assertInstanceOf(IllegalArgumentException.class, e.getCause());
    assertTrue(
        e.getCause().getMessage().contains("{scheme}://{host}:{port}/{build}"),
        e.getCause().getMessage());

    Object slashed = builder(compiled("server-variables.yaml"), "VariablesClient");
    call(slashed, "build2", "v1/../admin");
    assertThrows(InvocationTargetException.class, () -> call(slashed, "build"));
  }

  @Test
  void aBaseUrlAndVariablesTogetherAreRefused() throws Exception {
    Object builder = builder(compiled("server-variables.yaml"), "VariablesClient");
    call(builder, "baseUrl", "https://other.example.com");
    call(builder, "port", "8443");
    InvocationTargetException e =
        assertThrows(InvocationTargetException.class, () -> call(builder, "build"));
    assertInstanceOf(IllegalStateException.class, e.getCause());
    assertTrue(e.getCause().getMessage().contains("[port]"), e.getCause().getMessage());
  }

  @Test
  void aVariableWithoutDefaultIsSetOnTheBuilder() throws Exception {
    Compilation compilation = SchemaCompiler.compile("openapi/server-tenant.yaml");
    assertThat(compilation).hadWarningContaining("[TW-SERVER-VARIABLES]");
    GeneratedClasses classes = new GeneratedClasses(compilation);
    Object unset = builder(classes, "TenantClient");
    InvocationTargetException missing =
        assertThrows(InvocationTargetException.class, () -> call(unset, "build"));
    assertTrue(missing.getCause().getMessage().contains("tenant"), missing.getCause().getMessage());
    try (LoopbackServer server = LoopbackServer.noContent()) {
      String port = server.baseUrl().substring(server.baseUrl().lastIndexOf(':') + 1);
      Object client =
          build(
              classes,
              "TenantClient",
              builder -> {
                call(builder, "tenant", "127.0.0.1");
                call(builder, "port", port);
              });
      call(call(client, "things"), "listThings");
      assertEquals(List.of("/api/things"), paths(server));
    }
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

  private interface Setup {
    void apply(Object builder) throws Exception;
  }

  private static GeneratedClasses compiled(String schema) {
    Compilation compilation = SchemaCompiler.compile("openapi/" + schema);
    assertThat(compilation).succeeded();
    return new GeneratedClasses(compilation);
  }

  private static Object builder(GeneratedClasses classes, String client) throws Exception {
    return classes.load(PKG + "." + client).getMethod("builder").invoke(null);
  }

  private static Object build(GeneratedClasses classes, String client, Setup setup)
      throws Exception {
    Object builder = builder(classes, client);
    setup.apply(builder);
    return call(builder, "build");
  }

  /** Calls the public method {@code name} that takes {@code arguments}, by their count. */
  private static Object call(Object target, String name, Object... arguments) throws Exception {
    Method method =
        Arrays.stream(target.getClass().getMethods())
            .filter(m -> m.getName().equals(name) && m.getParameterCount() == arguments.length)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no method " + name));
    return method.invoke(target, arguments);
  }

  private static List<String> paths(LoopbackServer server) {
    return server.requests().stream().map(LoopbackServer.Request::rawPath).toList();
  }
}
