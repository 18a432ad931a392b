package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A description whose components are named like the types generated code uses ({@code String},
 * {@code Objects}, {@code Override}, {@code JsonProperty}, {@code ApiRequest}, {@code Builder},
 * ...), whose properties and parameters are named like generated members and locals ({@code
 * builder}, {@code hashCode}, {@code class}, a path parameter {@code body}, a query parameter
 * {@code request}), compiles without a warning, and its client sends what the schema says.
 */
class JdkNamesTest {

  private static final String PKG = SchemaCompiler.PKG;
  private static final GeneratedClasses classes =
      GeneratedClasses.compile("names/jdk-names.json", "-Xlint:all,-processing", "-Werror");
  private static LoopbackServer server;

  @BeforeAll
  static void start() {
    server =
        LoopbackServer.answering(
            request ->
                "{\"String\":{\"text\":\"back\"},\"builder\":\"b1\",\"class\":\"k1\",\"hashCode\":5}");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void compilesWithoutWarnings() {
    assertThat(classes.compilation()).succeededWithoutWarnings();
  }

  @Test
  void componentsNamedLikeJdkTypesAreTheComponents() throws Exception {
    Class<?> record = classes.load(PKG + ".Record");
    assertEquals(PKG + ".String", record.getMethod("string").getReturnType().getName());
    assertEquals(PKG + ".Objects", record.getMethod("kind").getReturnType().getName());
    assertEquals(PKG + ".Integer", record.getMethod("count").getReturnType().getName());
    assertEquals(PKG + ".Optional", record.getMethod("optional").getReturnType().getName());
    assertEquals(java.lang.String.class, record.getMethod("text").getReturnType());
    assertEquals(java.util.List.class, record.getMethod("list").getReturnType());
    // A record named Builder cannot hold a nested Builder.
    Class<?> builder = classes.load(PKG + ".Builder");
    assertEquals(
        "RecordBuilder", builder.getMethod("builder").getReturnType().getSimpleName(), "nested");
    Class<?> objects = classes.load(PKG + ".Objects");
    assertEquals(
        "known_values", objects.getField("KNOWN_VALUES2").get(null).toString(), "constant");
  }

  @Test
  void membersNamedLikeGeneratedCodeMoveAside() {
    List<String> record = components(classes.load(PKG + ".Record"));
    assertTrue(
        record.containsAll(
            List.of(
                "builder_",
                "toBuilder_",
                "build",
                "builder2",
                "applyTo",
                "value",
                "request",
                "class_",
                "java_",
                "getClass_",
                "objects_",
                "objects",
                "hashCode_",
                "string")),
        record::toString);
    assertEquals(
        List.of(
            "requestQuery",
            "builder_",
            "applyTo_",
            "cookies_",
            "class_",
            "hashCode_",
            "java_",
            "objects",
            "requestHeader",
            "session"),
        components(classes.load(PKG + ".SendParams")));
  }

  @Test
  void sendsEveryRenamedValueUnderItsWireName() throws Exception {
    Object client = classes.client(PKG + ".NamesClient", server.baseUrl());
    Object things = client.getClass().getMethod("things").invoke(client);
    Class<?> paramsType = classes.load(PKG + ".SendParams");
    Object params = paramsType.getMethod("builder").invoke(null);
    Map<String, Object> values =
        Map.of(
            "requestQuery",
            "q",
            "builder_",
            "b",
            "applyTo_",
            "a",
            "cookies_",
            "c",
            "class_",
            "k",
            "hashCode_",
            7,
            "java_",
            "j",
            "objects",
            "o",
            "requestHeader",
            "h",
            "session",
            "s");
    for (Map.Entry<String, Object> value : values.entrySet()) {
      set(params, value.getKey(), value.getValue());
    }
    Class<?> recordType = classes.load(PKG + ".Record");
    Object body = recordType.getMethod("builder").invoke(null);
    Object text = classes.load(PKG + ".String").getConstructors()[0].newInstance("t", Map.of());
    set(body, "string", text);
    set(body, "builder_", "x");
    Object built = body.getClass().getMethod("build").invoke(body);
    Method send = null;
    for (Method method : things.getClass().getMethods()) {
      if (method.getName().equals("send") && method.getParameterCount() == 7) {
        send = method;
      }
    }
    Object response =
        send.invoke(
            things,
            "B",
            "P",
            "O",
            "R",
            "T",
            params.getClass().getMethod("build").invoke(params),
            built);

    LoopbackServer.Request seen = server.last();
    assertEquals(
        "POST /things/B/P/O/R/T?request=q&builder=b&applyTo=a&cookies=c&class=k&hashCode=7"
            + "&java=j&Objects=o",
        seen.method() + " " + seen.rawPath() + "?" + seen.rawQuery());
    assertEquals(List.of("h"), seen.headers().get("X-request"));
    assertEquals(List.of("session=s"), seen.headers().get("Cookie"));
    assertTrue(seen.body().contains("\"String\":{\"text\":\"t\"}"), seen::body);
    assertTrue(seen.body().contains("\"builder\":\"x\""), seen::body);
    Object string = recordType.getMethod("string").invoke(response);
    assertEquals("back", string.getClass().getMethod("text").invoke(string));
    assertEquals("b1", recordType.getMethod("builder_").invoke(response));
    assertEquals("k1", recordType.getMethod("class_").invoke(response));
    assertEquals(5, recordType.getMethod("hashCode_").invoke(response));
  }

  private static void set(Object builder, String name, Object value) throws Exception {
    for (Method method : builder.getClass().getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == 1) {
        method.invoke(builder, value);
        return;
      }
    }
    throw new AssertionError("no setter " + name);
  }

  private static List<String> components(Class<?> record) {
    return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
  }
}
