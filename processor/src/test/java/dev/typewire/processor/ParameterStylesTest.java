package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
 * Parameter styles against a loopback server: query lists repeated ({@code form}, explode) or
 * joined (explode false, spaceDelimited, pipeDelimited), deepObject from a map and from a record,
 * header lists comma-joined, and every cookie parameter in one {@code Cookie} header.
 */
class ParameterStylesTest {

  private static final String PKG = SchemaCompiler.PKG;
  private static final GeneratedClasses classes =
      GeneratedClasses.compile(
          "openapi/parameter-styles.yaml", "-Xlint:all,-processing", "-Werror");
  private static LoopbackServer server;
  private static Object items;

  @BeforeAll
  static void start() throws Exception {
    server = LoopbackServer.noContent();
    Object client = classes.client(PKG + ".StylesClient", server.baseUrl());
    items = client.getClass().getMethod("items").invoke(client);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void compilesWithoutWarnings() {
    assertThat(classes.compilation()).succeededWithoutWarnings();
  }

  private static Object params(Map<String, Object> values) throws Exception {
    Class<?> paramsType = classes.load(PKG + ".ListItemsParams");
    Object builder = paramsType.getMethod("builder").invoke(null);
    for (Map.Entry<String, Object> value : values.entrySet()) {
      for (var method : builder.getClass().getMethods()) {
        if (method.getName().equals(value.getKey())
            && method.getParameterCount() == 1
            && method.getParameterTypes()[0].isInstance(value.getValue())) {
          method.invoke(builder, value.getValue());
        }
      }
    }
    return builder.getClass().getMethod("build").invoke(builder);
  }

  private static List<String> send(Map<String, Object> values) throws Exception {
    Object params = params(values);
    items.getClass().getMethod("listItems", params.getClass()).invoke(items, params);
    List<String> pairs = new ArrayList<>();
    String query = server.last().rawQuery();
    if (query != null) {
      for (String pair : query.split("&")) {
        pairs.add(URLDecoder.decode(pair, StandardCharsets.UTF_8));
      }
    }
    return pairs;
  }

  private static Object kind(String value) throws Exception {
    return classes.load(PKG + ".KindsItem").getMethod("of", String.class).invoke(null, value);
  }

  @Test
  void queryListsRepeatOrJoinAsTheirStyleSays() throws Exception {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("tag", List.of("a", "b"));
    values.put("ids", List.of(1, 2, 3));
    values.put("words", List.of("x", "y"));
    values.put("kinds", List.of(kind("a"), kind("b")));
    assertEquals(List.of("tag=a", "tag=b", "ids=1,2,3", "words=x y", "kinds=a|b"), send(values));
  }

  @Test
  void deepObjectFromAMapAndFromARecord() throws Exception {
    Map<String, String> filter = new LinkedHashMap<>();
    filter.put("color", "red");
    filter.put("size", "L");
    Class<?> range = classes.load(PKG + ".Range");
    Object fromTo = range.getConstructors()[0].newInstance(1, 5);
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("filter", filter);
    values.put("range", fromTo);
    assertEquals(
        List.of("filter[color]=red", "filter[size]=L", "range[from]=1", "range[to]=5"),
        send(values));
  }

  @Test
  void headerListsAreCommaJoinedAndCookiesShareOneHeader() throws Exception {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("idsHeader", List.of("p", "q"));
    values.put("session", "s1");
    values.put("prefs", List.of("dark", "wide"));
    send(values);
    assertEquals(List.of("p,q"), server.last().headers().get("X-ids"));
    assertEquals(List.of("session=s1; prefs=dark,wide"), server.last().headers().get("Cookie"));
  }

  @Test
  void noCookieHeaderWithoutCookies() throws Exception {
    send(Map.of());
    assertNull(server.last().headers().get("Cookie"));
  }
}
