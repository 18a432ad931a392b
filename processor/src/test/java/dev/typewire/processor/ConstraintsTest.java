package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * String, array and number constraints of path, query and header parameters and of request body
 * properties are checked before a request leaves: a valid call reaches a loopback server, an
 * invalid one fails with the wire name and the rule and sends nothing. Responses are not checked.
 */
class ConstraintsTest {

  private static final String PKG = SchemaCompiler.PKG;

  /** Two code points, three UTF-16 chars. */
  private static final String A_GRINNING = "a\uD83D\uDE00";

  private static final GeneratedClasses classes =
      GeneratedClasses.compile("openapi/constraints.yaml", "-Xlint:all,-processing", "-Werror");
  private static LoopbackServer server;
  private static Object users;
  private static volatile String answer;

  @BeforeAll
  static void start() throws Exception {
    server = LoopbackServer.answering(request -> answer);
    Object client = classes.client(PKG + ".ConstraintsClient", server.baseUrl());
    users = client.getClass().getMethod("users").invoke(client);
  }

  /** The path and query of the request received last. */
  private static String lastUri() {
    LoopbackServer.Request last = server.last();
    return last.rawPath() + "?" + last.rawQuery();
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
  void validValuesAreSent() throws Exception {
    answer = "{\"name\": \"ada\"}";
    Object params =
        params(
            Map.of(
                "q",
                "abc",
                "tags",
                List.of("a", "b"),
                "limit",
                10,
                "code",
                "ABC",
                "ids",
                List.of(1, 2),
                "level",
                4));
    call("getScore", "1ab9", 9.5, params);
    assertEquals("/users/1ab9/scores/9.5?q=abc&tags=a&tags=b&limit=10", lastUri());
    assertEquals("ABC", server.last().header("x-code"));
    // Four code points (five UTF-16 chars) fit maxLength 4.
    call("getScore", "ab\uD83D\uDE00c", 0.5, params(Map.of()));
  }

  @Test
  void pathParametersAreCheckedBeforeTheRequest() {
    refused("username length must be between 3 and 4, was 2", () -> getScore(A_GRINNING, 1.0));
    refused("username length must be between 3 and 4, was 5", () -> getScore("abcde", 1.0));
    refused("username must match the pattern [a-z]{2}", () -> getScore("a1b2", 1.0));
    refused("score must be greater than 0, was 0.0", () -> getScore("abc", 0.0));
    refused("score must be less than 10, was 10.0", () -> getScore("abc", 10.0));
    refused("score must be a multiple of 0.5, was 1.2", () -> getScore("abc", 1.2));
  }

  @Test
  void queryAndHeaderParametersAreCheckedWhenBuilt() {
    refused("q length must be between 2 and 5, was 1", () -> params(Map.of("q", "a")));
    refused("q must match the pattern ^[a-z]+$", () -> params(Map.of("q", "ab1")));
    refused("tags size must be between 1 and 3, was 0", () -> params(Map.of("tags", List.of())));
    refused(
        "tags items must be unique, item 1 repeats an earlier one",
        () -> params(Map.of("tags", List.of("a", "a"))));
    refused(
        "tags item length must be at most 3, was 4",
        () -> params(Map.of("tags", List.of("abc", "abcd"))));
    refused(
        "tags item must match the pattern ^[a-z]+$", () -> params(Map.of("tags", List.of("A"))));
    refused("x-ids item must be at least 1, was 0", () -> params(Map.of("ids", List.of(2, 0))));
    refused("limit must be between 5 and 100, was 0", () -> params(Map.of("limit", 0)));
    refused("limit must be a multiple of 5, was 12", () -> params(Map.of("limit", 12)));
    refused("x-code length must be at most 3, was 4", () -> params(Map.of("code", "ABCD")));
    refused("x-code must match the pattern ^[A-Z]+$", () -> params(Map.of("code", "abc")));
    refused("x-ids size must be at most 2, was 3", () -> params(Map.of("ids", List.of(1, 2, 3))));
    refused(
        "x-ids items must be unique, item 1 repeats an earlier one",
        () -> params(Map.of("ids", List.of(7, 7))));
    refused("x-level must be less than 5, was 5", () -> params(Map.of("level", 5)));
    // The rules of a $ref'd schema apply where it is used.
    refused(
        "country length must be between 2 and 2, was 3", () -> params(Map.of("country", "FRA")));
  }

  @Test
  void requestBodiesAreCheckedByTheirBuilder() throws Exception {
    answer = null;
    call("createUser", user(Map.of("name", "1ab", "nick", "\uD83D\uDE00!", "tags", List.of("FR"))));
    assertEquals(
        "{\"name\":\"1ab\",\"nick\":\"\\uD83D\\uDE00!\",\"tags\":[\"FR\"]}", server.last().body());
    // A null nick is sent as null; the length rule does not apply to it.
    call("createUser", user(nickNull()));
    assertEquals("{\"name\":\"abc\",\"nick\":null}", server.last().body());

    refused("name length must be between 3 and 4, was 2", () -> user(Map.of("name", A_GRINNING)));
    refused("name must match the pattern [a-z]{2}", () -> user(Map.of("name", "a1b")));
    refused(
        "nick length must be at least 2, was 1",
        () -> user(Map.of("name", "abc", "nick", "\uD83D\uDE00")));
    refused(
        "tags size must be between 1 and 2, was 3",
        () -> user(Map.of("name", "abc", "tags", List.of("a", "b", "c"))));
    refused(
        "tags items must be unique, item 1 repeats an earlier one",
        () -> user(Map.of("name", "abc", "tags", List.of("a", "a"))));
    // Items of a $ref'd schema keep its rules.
    refused(
        "tags item must match the pattern ^[A-Z]+$",
        () -> user(Map.of("name", "abc", "tags", List.of("FR", "fr"))));
    refused(
        "country must match the pattern ^[A-Z]+$",
        () -> user(Map.of("name", "abc", "country", "fr")));
    refused(
        "region length must be between 2 and 3, was 4",
        () -> user(Map.of("name", "abc", "region", "ABCD")));
    assertEquals("FRA", accessor(user(Map.of("name", "abc", "region", "FRA")), "region"));
    refused("age must be greater than 0, was 0", () -> user(Map.of("name", "abc", "age", 0)));
    refused("age must be at most 150, was 151", () -> user(Map.of("name", "abc", "age", 151)));
    refused(
        "weight must be a multiple of 0.1, was 70.25",
        () -> user(Map.of("name", "abc", "weight", 70.25)));
    refused(
        "weight must be less than 500, was 500.0",
        () -> user(Map.of("name", "abc", "weight", 500.0)));
    assertEquals(70.3, accessor(user(Map.of("name", "abc", "weight", 70.3)), "weight"));
  }

  @Test
  void responsesBreakingTheConstraintsStillDecode() throws Exception {
    answer = "{\"name\": \"x\", \"tags\": [\"a\", \"a\", \"a\"], \"age\": -1, \"weight\": 0.05}";
    Object user = call("getScore", "abc", 1.0, params(Map.of()));
    assertEquals("x", accessor(user, "name"));
    assertEquals(List.of("a", "a", "a"), accessor(user, "tags"));
    assertEquals(-1, accessor(user, "age"));
  }

  @Test
  void theOpenApi30BooleanFormMakesBoundsExclusive() throws Exception {
    Class<?> paramsClass = legacyParams();
    refused("n must be greater than 0, was 0", () -> build(paramsClass, Map.of("n", 0)));
    refused("n must be less than 10, was 10", () -> build(paramsClass, Map.of("n", 10)));
    refused("m must be between 0 and 3, was 4", () -> build(paramsClass, Map.of("m", 4)));
    assertEquals(9, accessor(build(paramsClass, Map.of("n", 9, "m", 0)), "n"));
  }

  @Test
  void patternsJavaCannotCompileAndRulesThatCannotApplyAreWarnings() throws Exception {
    Compilation legacy =
        SchemaCompiler.compile("openapi/constraints-3.0.yaml", "-Xlint:all,-processing");
    List<String> warnings =
        legacy.diagnostics().stream()
            .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
            .map(d -> d.getMessage(null))
            .toList();
    assertEquals(2, warnings.size(), warnings::toString);
    assertThat(legacy)
        .hadWarningContaining(
            "[TW-CONSTRAINT] openapi/constraints-3.0.yaml:26:89 at"
                + " #/paths/~1items/get/parameters/5/schema/maxLength: maxLength not checked");
    assertThat(legacy)
        .hadWarningContaining(
            "[TW-PATTERN] openapi/constraints-3.0.yaml:21:43 at"
                + " #/paths/~1items/get/parameters/2/schema/pattern: Java cannot compile");
    Class<?> paramsClass = new GeneratedClasses(legacy).load(PKG + ".ListItemsParams");
    assertEquals("unbraced", accessor(build(paramsClass, Map.of("legacy", "unbraced")), "legacy"));
    refused(
        "legacy length must be at most 9, was 10",
        () -> build(paramsClass, Map.of("legacy", "abcdefghij")));
  }

  @Test
  void autoPagingAsksForTheLargestPageAnExclusiveMaximumAllows() throws Exception {
    GeneratedClasses legacy =
        GeneratedClasses.compile("openapi/constraints-3.0.yaml", "-Xlint:all,-processing");
    Object client = legacy.client(PKG + ".LegacyBoundsClient", server.baseUrl());
    Object items = client.getClass().getMethod("items").invoke(client);
    Class<?> paramsClass = legacy.load(PKG + ".ListItemsParams");
    Object params = build(paramsClass, Map.of());
    answer = "{\"items\": []}";
    Iterable<?> all =
        (Iterable<?>)
            items.getClass().getMethod("listItemsAutoPaging", paramsClass).invoke(items, params);
    assertEquals(false, all.iterator().hasNext());
    assertEquals("/items?offset=0&limit=49", lastUri());
  }

  private static Class<?> legacyParams() {
    return GeneratedClasses.compile("openapi/constraints-3.0.yaml", "-Xlint:all,-processing")
        .load(PKG + ".ListItemsParams");
  }

  // --- helpers -----------------------------------------------------------------------------

  private interface Call {
    Object run() throws Exception;
  }

  /** Runs {@code call}, which must fail with exactly {@code message} and send nothing. */
  private static void refused(String message, Call call) {
    int before = server.requests().size();
    Throwable thrown = assertThrows(Throwable.class, call::run);
    while (thrown instanceof InvocationTargetException wrapped) {
      thrown = wrapped.getCause();
    }
    assertInstanceOf(IllegalArgumentException.class, thrown, () -> message);
    assertEquals(message, thrown.getMessage());
    assertEquals(before, server.requests().size(), "a request reached the server");
  }

  private static Object getScore(String username, double score) throws Exception {
    return call("getScore", username, score, params(Map.of()));
  }

  private static Object params(Map<String, Object> values) throws Exception {
    return build(classes.load(PKG + ".GetScoreParams"), values);
  }

  private static Object user(Map<String, Object> values) throws Exception {
    return build(classes.load(PKG + ".User"), values);
  }

  private static Map<String, Object> nickNull() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("name", "abc");
    values.put("nick", null);
    return values;
  }

  /** Sets each value through the builder method of that name, then builds. */
  private static Object build(Class<?> type, Map<String, Object> values) throws Exception {
    Object builder = type.getMethod("builder").invoke(null);
    for (Map.Entry<String, Object> entry : values.entrySet()) {
      setter(builder.getClass(), entry.getKey()).invoke(builder, entry.getValue());
    }
    return builder.getClass().getMethod("build").invoke(builder);
  }

  private static Method setter(Class<?> builder, String name) {
    for (Method method : builder.getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == 1) {
        return method;
      }
    }
    throw new AssertionError("no setter " + name);
  }

  private static Object accessor(Object record, String name) throws Exception {
    return record.getClass().getMethod(name).invoke(record);
  }

  private static Object call(String name, Object... arguments) throws Exception {
    for (Method method : users.getClass().getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == arguments.length) {
        return method.invoke(users, arguments);
      }
    }
    return fail("no method " + name);
  }
}
