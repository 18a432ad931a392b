package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Path parameters in the simple, label and matrix styles, compiled and sent to a loopback server:
 * the path it receives is the one OpenAPI's style table gives, with no warning at compile time.
 */
class PathStylesTest {

  private static final String PKG = SchemaCompiler.PKG;
  private static final GeneratedClasses classes =
      GeneratedClasses.compile("openapi/path-styles.yaml", "-Xlint:all,-processing", "-Werror");
  private static LoopbackServer server;
  private static Object styled;

  @BeforeAll
  static void start() throws Exception {
    server = LoopbackServer.noContent();
    Object client = classes.client(PKG + ".PathsClient", server.baseUrl());
    styled = client.getClass().getMethod("styled").invoke(client);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String send(String operation, Object value) throws Exception {
    for (Method method : styled.getClass().getMethods()) {
      if (method.getName().equals(operation) && method.getParameterCount() == 1) {
        method.invoke(styled, value);
        return server.last().rawPath();
      }
    }
    throw new AssertionError("no method " + operation + "(value)");
  }

  @Test
  void compilesWithoutWarnings() {
    assertThat(classes.compilation()).succeededWithoutWarnings();
  }

  @Test
  void labelListIsCommaJoinedAfterADot() throws Exception {
    assertEquals("/colors/.blue,black%2Cgrey", send("labelList", List.of("blue", "black,grey")));
  }

  @Test
  void explodedLabelMapGivesEachEntryItsDot() throws Exception {
    Map<String, Integer> shade = new LinkedHashMap<>();
    shade.put("R", 100);
    shade.put("G", 200);
    assertEquals("/shades/.R=100.G=200", send("labelExplodedMap", shade));
  }

  @Test
  void simpleMapIsKeysAndValuesCommaJoined() throws Exception {
    assertEquals("/tints/R,100,G,200", send("simpleMap", shade()));
  }

  @Test
  void explodedSimpleMapJoinsKeyValuePairs() throws Exception {
    assertEquals("/hues/R=100,G=200", send("simpleExplodedMap", shade()));
  }

  private static Map<String, Integer> shade() {
    Map<String, Integer> shade = new LinkedHashMap<>();
    shade.put("R", 100);
    shade.put("G", 200);
    return shade;
  }

  @Test
  void explodedMatrixListRepeatsTheName() throws Exception {
    assertEquals("/ids/;id=3;id=4", send("matrixExplodedList", List.of(3, 4)));
  }

  @Test
  void matrixRecordIsNamedOnceWithKeysAndValues() throws Exception {
    Class<?> point = classes.load(PKG + ".Point");
    Object value = point.getConstructors()[0].newInstance(1, "a b");
    assertEquals("/points/;point=x,1,y,a%20b", send("matrixObject", value));
  }

  @Test
  void matrixStringIsNameEqualsValue() throws Exception {
    assertEquals("/names/;name=x%3By", send("matrixString", "x;y"));
  }
}
