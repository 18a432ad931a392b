package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What generated records offer tests and logs: a builder on every record (responses included),
 * unmodifiable collections, secrets masked in {@code toString()}. Compiled for real, and used
 * through reflection.
 */
class RecordFixturesTest {

  private static final String PKG = SchemaCompiler.PKG;
  private static final GeneratedClasses classes =
      GeneratedClasses.compile("records/fixtures.yaml", "-Xlint:all,-processing", "-Werror");

  private static Object construct(String record, Object... components) throws Exception {
    Constructor<?> canonical = classes.load(PKG + "." + record).getDeclaredConstructors()[0];
    return canonical.newInstance(components);
  }

  @Test
  void compilesWithoutWarnings() {
    assertThat(classes.compilation()).succeededWithoutWarnings();
  }

  @Test
  void passwordsAndWriteOnlyValuesAreMaskedInToString() throws Exception {
    Object login = construct("Login", "alice", "hunter2-password", "otp-123456");
    assertEquals("Login[user=alice, password=***, otp=***]", login.toString());
    Object account =
        construct("Account", "a1", "Alice", List.of("x"), Map.of("calls", 5L), "sk-live-key");
    String shown = account.toString();
    assertFalse(shown.contains("sk-live-key"), shown);
    assertTrue(shown.startsWith("Account[id=a1, name=Alice, tags=[x], limits={calls="), shown);
    assertTrue(shown.endsWith(", apiKey=***]"), shown);
  }

  private static Object call(Object target, String method, Object... arguments) throws Exception {
    for (Method candidate : target.getClass().getMethods()) {
      if (candidate.getName().equals(method) && candidate.getParameterCount() == arguments.length) {
        try {
          return candidate.invoke(target, arguments);
        } catch (InvocationTargetException e) {
          throw (Exception) e.getCause();
        }
      }
    }
    throw new AssertionError("no " + method + " on " + target.getClass());
  }

  private static Object builder(String record) throws Exception {
    return classes.load(PKG + "." + record).getMethod("builder").invoke(null);
  }

  @Test
  void responseRecordsHaveBuildersAndToBuilder() throws Exception {
    Object builder = builder("Account");
    call(builder, "id", "a1");
    call(builder, "name", "Alice");
    call(builder, "tags", List.of("vip"));
    Object account = call(builder, "build");
    assertEquals("Alice", call(account, "name"));
    assertEquals(List.of("vip"), call(account, "tags"));

    Object renamed = call(call(call(account, "toBuilder"), "name", "Bob"), "build");
    assertEquals("Bob", call(renamed, "name"));
    assertEquals("a1", call(renamed, "id"));
    assertEquals("Alice", call(account, "name"), "the original is unchanged");
  }

  @Test
  void buildNamesTheMissingRequiredProperty() throws Exception {
    Object builder = builder("Account");
    call(builder, "name", "Alice");
    NullPointerException missing =
        assertThrows(NullPointerException.class, () -> call(builder, "build"));
    assertEquals("tags is required", missing.getMessage());
  }

  @Test
  void listsAndMapsAreUnmodifiableCopiesThatKeepNulls() throws Exception {
    List<String> tags = new ArrayList<>(Arrays.asList("a", null, "c"));
    Map<String, Long> limits = new LinkedHashMap<>(Map.of("calls", 5L));
    Object account = construct("Account", "a1", "Alice", tags, limits, null);
    tags.add("d");
    limits.put("more", 1L);
    @SuppressWarnings("unchecked")
    List<String> held = (List<String>) call(account, "tags");
    assertEquals(Arrays.asList("a", null, "c"), held, "a copy, not the caller's list");
    assertThrows(UnsupportedOperationException.class, () -> held.add("x"));
    @SuppressWarnings("unchecked")
    Map<String, Long> heldLimits = (Map<String, Long>) call(account, "limits");
    assertEquals(Map.of("calls", 5L), heldLimits);
    assertThrows(UnsupportedOperationException.class, () -> heldLimits.put("x", 1L));
    Object absent = construct("Account", "a1", "Alice", List.of(), null, null);
    assertNull(call(absent, "limits"), "absent stays absent");
  }

  @Test
  void decodedRecordsHoldUnmodifiableLists() throws Exception {
    Class<?> type = classes.load(PKG + ".AccountList");
    Object decoded =
        dev.typewire.runtime.JsonCodec.newObjectMapper()
            .readValue(
                "{\"accounts\":[{\"id\":\"a\",\"name\":\"A\",\"tags\":[null,\"t\"]}]}", type);
    @SuppressWarnings("unchecked")
    List<Object> accounts = (List<Object>) call(decoded, "accounts");
    assertThrows(UnsupportedOperationException.class, () -> accounts.remove(0));
    @SuppressWarnings("unchecked")
    List<String> tags = (List<String>) call(accounts.get(0), "tags");
    assertEquals(Arrays.asList(null, "t"), tags);
    assertThrows(UnsupportedOperationException.class, () -> tags.set(0, "x"));
  }

  @Test
  void recordsWithoutSecretsKeepTheDefaultToString() throws Exception {
    Object list = construct("AccountList", new ArrayList<>(List.of()));
    assertEquals("AccountList[accounts=[]]", list.toString());
  }
}
