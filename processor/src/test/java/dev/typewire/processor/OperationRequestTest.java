package dev.typewire.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.typewire.processor.read.JavaNames;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every operation of the Periskope schema, called through the generated client against a real
 * loopback server: method, path with encoded parameters, query, headers and body are checked
 * against what the schema itself says (read here from the raw JSON, not from Typewire's model).
 */
class OperationRequestTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "t0ken-secret";
  private static final String PATH_VALUE = "1203@g.us x/y";
  private static final String PATH_ENCODED = "1203@g.us%20x%2Fy";
  private static final String QUERY_VALUE = "v a&b+c";
  private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

  private static LoopbackServer server;
  private static volatile int nextStatus;
  private static volatile String nextBody;
  private static JsonNode schema;
  private static Object client;
  private static GeneratedClasses classes;

  @BeforeAll
  static void start() throws Exception {
    try (InputStream in =
        OperationRequestTest.class.getClassLoader().getResourceAsStream("periskope/openapi.json")) {
      schema = JSON.readTree(in);
    }
    server =
        LoopbackServer.responding(
            (request, exchange) -> {
              if (nextStatus == 204) {
                exchange.sendResponseHeaders(204, -1);
              } else {
                byte[] answer = nextBody.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(nextStatus, answer.length);
                try (OutputStream out = exchange.getResponseBody()) {
                  out.write(answer);
                }
              }
            });
    classes = PeriskopeClasses.classes();
    Class<?> clientType = classes.load(PeriskopeClasses.PKG + ".PeriskopeClient");
    Object builder = clientType.getMethod("builder").invoke(null);
    builder.getClass().getMethod("baseUrl", String.class).invoke(builder, server.baseUrl() + "/v1");
    builder.getClass().getMethod("bearerToken", String.class).invoke(builder, TOKEN);
    client = builder.getClass().getMethod("build").invoke(builder);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @TestFactory
  Stream<DynamicTest> everyOperationSendsWhatTheSchemaDescribes() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : schema.get("paths").properties()) {
      for (String method : METHODS) {
        JsonNode operation = path.getValue().get(method);
        if (operation != null) {
          tests.add(
              DynamicTest.dynamicTest(
                  method.toUpperCase() + " " + path.getKey(),
                  () -> check(path.getKey(), method, path.getValue(), operation)));
        }
      }
    }
    assertTrue(tests.size() >= 70, "operations: " + tests.size());
    return tests.stream();
  }

  private void check(String path, String method, JsonNode pathItem, JsonNode operation)
      throws Exception {
    List<JsonNode> parameters = new ArrayList<>();
    for (JsonNode owner : List.of(pathItem, operation)) {
      owner.path("parameters").forEach(p -> parameters.add(resolve(p)));
    }
    String tag = operation.get("tags").get(0).asText();
    Object api = client.getClass().getMethod(JavaNames.lowerCamel(tag)).invoke(client);
    String name = JavaNames.lowerCamel(operation.get("operationId").asText());
    Method call =
        Arrays.stream(api.getClass().getMethods())
            .filter(m -> m.getName().equals(name))
            .filter(m -> m.getParameterCount() > 0)
            .filter(
                m ->
                    m.getParameterTypes()[m.getParameterCount() - 1]
                        .getSimpleName()
                        .equals("RequestOptions"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no method " + name + " on " + api.getClass()));

    List<Object> arguments = new ArrayList<>();
    String expectedPath = "/v1" + path;
    Map<String, String> expectedQuery = new LinkedHashMap<>();
    Map<String, String> expectedHeaders = new LinkedHashMap<>();
    for (JsonNode parameter : parameters) {
      if (parameter.get("in").asText().equals("path")) {
        arguments.add(PATH_VALUE);
        expectedPath =
            expectedPath.replace("{" + parameter.get("name").asText() + "}", PATH_ENCODED);
      }
    }
    Class<?>[] types = call.getParameterTypes();
    int next = arguments.size();
    if (types[next].getSimpleName().endsWith("Params")) {
      arguments.add(params(types[next], parameters, expectedQuery, expectedHeaders));
      next++;
    }
    Map<String, Object> expectedBody = null;
    if (operation.has("requestBody")) {
      JsonNode bodySchema =
          resolve(resolve(operation.get("requestBody")).at("/content/application~1json/schema"));
      expectedBody = new LinkedHashMap<>();
      arguments.add(body(types[next], bodySchema, expectedBody));
      next++;
    }
    arguments.add(
        classes.load("dev.typewire.runtime.RequestOptions").getMethod("none").invoke(null));
    respondFor(operation);

    int before = server.requests().size();
    try {
      call.invoke(api, arguments.toArray());
    } catch (InvocationTargetException e) {
      throw new AssertionError(name + " failed: " + e.getCause(), e.getCause());
    }
    assertEquals(before + 1, server.requests().size(), "one request");
    LoopbackServer.Request request = server.requests().get(before);
    assertEquals(method.toUpperCase(), request.method());
    assertEquals(expectedPath, request.rawPath());
    assertEquals(
        new TreeSet<>(
            expectedQuery.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()),
        new TreeSet<>(
            request.rawQuery() == null ? List.of() : Arrays.asList(request.rawQuery().split("&"))));
    assertEquals(List.of("Bearer " + TOKEN), request.headers().get("Authorization"));
    expectedHeaders.forEach(
        (header, value) ->
            assertEquals(List.of(value), request.headers().get(capitalized(header)), header));
    if (expectedBody != null) {
      assertEquals(List.of("application/json"), request.headers().get("Content-type"));
      JsonNode sent = JSON.readTree(request.body());
      for (Map.Entry<String, Object> field : expectedBody.entrySet()) {
        assertTrue(sent.has(field.getKey()), "body has " + field.getKey() + ": " + sent);
      }
    } else {
      assertEquals("", request.body());
    }
  }

  private static String capitalized(String header) {
    // com.sun.net.httpserver normalizes header names: first letter upper, rest lower.
    return Character.toUpperCase(header.charAt(0)) + header.substring(1).toLowerCase();
  }

  private Object params(
      Class<?> type,
      List<JsonNode> parameters,
      Map<String, String> expectedQuery,
      Map<String, String> expectedHeaders)
      throws Exception {
    Object builder = type.getMethod("builder").invoke(null);
    for (JsonNode parameter : parameters) {
      String in = parameter.get("in").asText();
      if (!in.equals("query") && !in.equals("header")) {
        continue;
      }
      String wire = parameter.get("name").asText();
      String javaName =
          JavaNames.lowerCamel(
              in.equals("header") && wire.startsWith("x-") ? wire.substring(2) : wire);
      Method setter = setter(builder.getClass(), javaName);
      JsonNode paramSchema = resolve(parameter.path("schema"));
      Object value = sample(setter.getGenericParameterTypes()[0], paramSchema);
      setter.invoke(builder, value);
      String text = value instanceof List<?> list ? list.get(0).toString() : value.toString();
      if (in.equals("query")) {
        expectedQuery.put(
            wire, URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20"));
      } else {
        expectedHeaders.put(wire, text);
      }
    }
    return builder.getClass().getMethod("build").invoke(builder);
  }

  private Object body(Class<?> type, JsonNode bodySchema, Map<String, Object> expected)
      throws Exception {
    Object builder = type.getMethod("builder").invoke(null);
    for (JsonNode required : bodySchema.path("required")) {
      String wire = required.asText();
      Method setter = setter(builder.getClass(), JavaNames.lowerCamel(wire));
      JsonNode propertySchema = resolve(bodySchema.get("properties").get(wire));
      Object value = sample(setter.getGenericParameterTypes()[0], propertySchema);
      setter.invoke(builder, value);
      expected.put(wire, value);
    }
    return builder.getClass().getMethod("build").invoke(builder);
  }

  /** A valid value of the parameter's Java type, inside the schema's bounds. */
  private Object sample(Type type, JsonNode valueSchema) throws Exception {
    if (type instanceof ParameterizedType parameterized) {
      Class<?> raw = (Class<?>) parameterized.getRawType();
      Type argument =
          parameterized.getActualTypeArguments()[parameterized.getActualTypeArguments().length - 1];
      JsonNode items = resolve(valueSchema.path("items"));
      if (raw == List.class) {
        return List.of(sample(argument, items));
      }
      return Map.of("k", sample(argument, resolve(valueSchema.path("additionalProperties"))));
    }
    Class<?> raw = (Class<?>) type;
    if (raw == String.class) {
      return QUERY_VALUE;
    }
    if (raw == Integer.class) {
      return valueSchema.has("minimum") ? Math.max(1, valueSchema.get("minimum").asInt()) : 7;
    }
    if (raw == Long.class) {
      return 7L;
    }
    if (raw == Double.class) {
      return 1.5;
    }
    if (raw == Boolean.class) {
      return true;
    }
    if (raw.getSimpleName().equals("JsonNode")) {
      return JSON.readTree("{\"k\":1}");
    }
    if (raw.isRecord() && hasMethod(raw, "of")) {
      return raw.getMethod("of", String.class).invoke(null, "some-value");
    }
    if (raw.isRecord() && hasMethod(raw, "builder")) {
      return body(raw, valueSchema, new LinkedHashMap<>());
    }
    throw new AssertionError("no sample for " + type);
  }

  private static boolean hasMethod(Class<?> type, String name) {
    return Arrays.stream(type.getMethods()).anyMatch(m -> m.getName().equals(name));
  }

  private static Method setter(Class<?> builder, String name) {
    return Arrays.stream(builder.getMethods())
        .filter(m -> m.getName().equals(name) && m.getParameterCount() == 1)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no setter " + name + " on " + builder));
  }

  /** Answers with an empty body of the documented shape, or 204 when it has none. */
  private void respondFor(JsonNode operation) {
    for (Iterator<String> codes = operation.get("responses").fieldNames(); codes.hasNext(); ) {
      String code = codes.next();
      if (!code.startsWith("2")) {
        continue;
      }
      JsonNode response = resolve(operation.get("responses").get(code));
      JsonNode content = response.path("content").path("application/json").path("schema");
      if (content.isMissingNode()) {
        nextStatus = 204;
        return;
      }
      nextStatus = Integer.parseInt(code);
      nextBody = "array".equals(resolve(content).path("type").asText()) ? "[]" : "{}";
      return;
    }
    throw new AssertionError("no 2xx response");
  }

  private JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    while (current.has("$ref")) {
      current = schema.at(current.get("$ref").asText().substring(1));
      assertNotNull(current);
    }
    if (current.has("anyOf")) {
      for (JsonNode option : current.get("anyOf")) {
        if (!"null".equals(option.path("type").asText())) {
          return resolve(option);
        }
      }
    }
    return current;
  }
}
