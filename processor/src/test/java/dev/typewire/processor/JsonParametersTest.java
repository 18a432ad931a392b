package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Parameters whose value is an object: an array of objects in a header (for which OpenAPI's simple
 * style defines no form) is sent as JSON with a {@code TW-PARAMETER-JSON} warning, not as Java's
 * {@code toString()}; a parameter declared with {@code content: application/json} is typed by its
 * schema and sent as JSON without a warning.
 */
class JsonParametersTest {

  private static final String PKG = SchemaCompiler.PKG;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final GeneratedClasses classes =
      GeneratedClasses.compile("openapi/json-parameters.yaml");
  private static LoopbackServer server;
  private static Object orders;

  @BeforeAll
  static void start() throws Exception {
    server = LoopbackServer.noContent();
    Object client = classes.client(PKG + ".JsonParametersClient", server.baseUrl());
    orders = client.getClass().getMethod("orders").invoke(client);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void onlyTheUndeclaredSerializationIsWarnedAbout() {
    assertThat(classes.compilation()).succeeded();
    assertThat(classes.compilation())
        .hadWarningContaining(
            "[TW-PARAMETER-JSON] openapi/json-parameters.yaml:12:11 at"
                + " #/paths/~1orders/put/parameters/0: ");
    assertEquals(
        1,
        classes.compilation().warnings().stream()
            .filter(w -> w.getMessage(null).contains("TW-PARAMETER-JSON"))
            .count());
  }

  @Test
  void objectsTravelAsJsonInHeadersAndQuery() throws Exception {
    Object line = record("Line", "a,b", 2);
    Object filter = record("Filter", "open");
    Class<?> paramsType = classes.load(PKG + ".PutOrdersParams");
    Object builder = paramsType.getMethod("builder").invoke(null);
    builder.getClass().getMethod("lines", List.class).invoke(builder, List.of(line));
    builder.getClass().getMethod("filter", filter.getClass()).invoke(builder, filter);
    builder.getClass().getMethod("where", filter.getClass()).invoke(builder, filter);
    builder.getClass().getMethod("tags", List.class).invoke(builder, List.of("x", "y"));
    Object params = builder.getClass().getMethod("build").invoke(builder);

    orders.getClass().getMethod("putOrders", paramsType).invoke(orders, params);

    assertEquals(
        JSON.readTree("[{\"sku\": \"a,b\", \"quantity\": 2}]"),
        JSON.readTree(server.last().headers().get("X-lines").get(0)));
    assertEquals(
        JSON.readTree("{\"status\": \"open\"}"),
        JSON.readTree(server.last().headers().get("X-filter").get(0)));
    String where = URLDecoder.decode(server.last().rawQuery(), StandardCharsets.UTF_8);
    assertEquals("where={\"status\":\"open\"}", where);
    // Scalars keep the simple style.
    assertEquals(List.of("x,y"), server.last().headers().get("X-tags"));
  }

  @Test
  void pathListsAreCommaJoinedAndJsonPathParametersTravelAsJson() throws Exception {
    Object filter = record("Filter", "open");
    orders
        .getClass()
        .getMethod("getOrders", List.class, filter.getClass())
        .invoke(orders, List.of(3, 4), filter);

    String[] segments = server.last().rawPath().split("/");
    assertEquals("3,4", segments[2]);
    assertEquals(
        JSON.readTree("{\"status\": \"open\"}"),
        JSON.readTree(URLDecoder.decode(segments[3], StandardCharsets.UTF_8)));
  }

  private static Object record(String name, Object... components) throws Exception {
    return classes.load(PKG + "." + name).getConstructors()[0].newInstance(components);
  }
}
