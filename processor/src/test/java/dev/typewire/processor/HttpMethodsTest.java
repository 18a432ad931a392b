package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
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

    List<String> seen = new CopyOnWriteArrayList<>();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/probe",
        exchange -> {
          seen.add(exchange.getRequestMethod());
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    server.start();
    try {
      GeneratedClasses classes = new GeneratedClasses(compilation);
      Object client =
          classes.client(
              SchemaCompiler.PKG + ".MethodsClient",
              "http://127.0.0.1:" + server.getAddress().getPort());
      Object api = client.getClass().getMethod("probe").invoke(client);
      for (String method : METHODS) {
        api.getClass().getMethod(method + "Probe").invoke(api);
      }
    } finally {
      server.stop(0);
    }
    assertEquals(METHODS.stream().map(m -> m.toUpperCase(Locale.ROOT)).toList(), seen);
  }
}
