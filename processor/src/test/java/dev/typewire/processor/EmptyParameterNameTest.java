package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The regression that started the warning rules: Notion's description (in the APIs.guru directory)
 * has a header parameter whose name is empty, and Typewire refused the whole document. It must
 * warn, skip that parameter, and generate a client whose requests carry the other parameters.
 */
class EmptyParameterNameTest {

  private static final String SCHEMA = "degraded/notion-empty-header-name.json";

  private HttpServer server;
  private final List<String> queries = new ArrayList<>();
  private final List<Map<String, List<String>>> headers = new ArrayList<>();

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/v1/users",
        exchange -> {
          synchronized (queries) {
            queries.add(exchange.getRequestURI().getRawQuery());
            headers.add(Map.copyOf(exchange.getRequestHeaders()));
          }
          byte[] body = "{\"results\": [\"ada\", \"grace\"]}".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  @Test
  void warnsSkipsTheNamelessHeaderAndSendsTheRest() throws ReflectiveOperationException {
    Compilation compilation = SchemaCompiler.compile(SCHEMA);

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "[TW-PARAMETER] "
                + SCHEMA
                + ":10:11 at #/paths/~1v1~1users/get/parameters/0: a parameter needs a name, found"
                + " \"\"; this parameter is skipped");
    assertEquals(1, compilation.warnings().size(), compilation.diagnostics()::toString);

    GeneratedClasses classes = new GeneratedClasses(compilation);
    Object client =
        classes.client(
            SchemaCompiler.PKG + ".NotionClient",
            "http://127.0.0.1:" + server.getAddress().getPort());
    Object users = client.getClass().getMethod("users").invoke(client);
    Class<?> paramsType = classes.load(SchemaCompiler.PKG + ".ListUsersParams");
    Object builder = paramsType.getMethod("builder").invoke(null);
    builder.getClass().getMethod("notionVersion", String.class).invoke(builder, "2022-06-28");
    builder.getClass().getMethod("pageSize", Integer.class).invoke(builder, 5);
    Object params = builder.getClass().getMethod("build").invoke(builder);

    Object page = users.getClass().getMethod("listUsers", paramsType).invoke(users, params);

    assertEquals(List.of("ada", "grace"), page.getClass().getMethod("results").invoke(page));
    assertEquals(List.of("page_size=5"), queries);
    assertEquals(List.of("2022-06-28"), headers.get(0).get("Notion-version"));
  }
}
