package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Request bodies as {@code application/x-www-form-urlencoded} (from a record: one field per
 * property, a list repeating its field; from a map: one per entry), {@code text/plain} responses
 * returned as they are, and a JSON string response decoded as JSON.
 */
class BodyEncodingTest {

  private static final String PKG = SchemaCompiler.PKG;
  private static final GeneratedClasses classes =
      GeneratedClasses.compile("openapi/bodies.yaml", "-Xlint:all,-processing", "-Werror");
  private static LoopbackServer server;
  private static Object api;
  private static volatile String answerType;
  private static volatile String answer;

  @BeforeAll
  static void start() throws Exception {
    server =
        LoopbackServer.responding(
            (request, exchange) -> {
              if (answer == null) {
                exchange.sendResponseHeaders(204, -1);
              } else {
                byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", answerType);
                exchange.sendResponseHeaders(200, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                  out.write(bytes);
                }
              }
            });
    Object client = classes.client(PKG + ".BodiesClient", server.baseUrl());
    api = client.getClass().getMethod("bodies").invoke(client);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Object call(String name, Object... arguments) throws Exception {
    for (Method method : api.getClass().getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == arguments.length) {
        return method.invoke(api, arguments);
      }
    }
    throw new AssertionError("no method " + name);
  }

  private static List<String> formFields() {
    List<String> fields = new ArrayList<>();
    for (String pair : server.last().body().split("&")) {
      fields.add(URLDecoder.decode(pair, StandardCharsets.UTF_8));
    }
    return fields;
  }

  @Test
  void compilesWithoutWarnings() {
    assertThat(classes.compilation()).succeededWithoutWarnings();
  }

  @Test
  void formBodyFromARecordAndTextResponse() throws Exception {
    answerType = "text/plain";
    answer = "tok \"en\"";
    Object request =
        classes
            .load(PKG + ".CreateTokenRequest")
            .getConstructors()[0]
            .newInstance("client credentials", List.of("a", "b&c"), 3);
    assertEquals("tok \"en\"", call("createToken", request));
    assertEquals(
        "application/x-www-form-urlencoded",
        server.last().header("Content-Type").split(";")[0].trim());
    assertEquals(
        List.of("grant_type=client credentials", "scope=a", "scope=b&c", "count=3"), formFields());
  }

  @Test
  void textBodyIsSentAsItIs() throws Exception {
    answer = null;
    call("addNote", "a \"note\" & more");
    assertEquals("text/plain", server.last().header("Content-Type").split(";")[0].trim());
    assertEquals("a \"note\" & more", server.last().body());
  }

  @Test
  void formBodyFromAMap() throws Exception {
    answer = null;
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("x", "1");
    labels.put("y z", "2");
    call("setLabels", labels);
    assertEquals(List.of("x=1", "y z=2"), formFields());
  }

  @Test
  void aJsonBodyGoesWithTheJsonMediaTypeItsOperationDeclares() throws Exception {
    answer = null;
    call("patchLabels", Map.of("x", "1"));
    assertEquals("application/json-patch+json", server.last().header("Content-Type"));
    assertEquals("{\"x\":\"1\"}", server.last().body());
  }

  @Test
  void jsonStringResponseIsDecodedAsJson() throws Exception {
    answerType = "application/json";
    answer = "\"Ada\"";
    assertEquals("Ada", call("getName"));
  }
}
