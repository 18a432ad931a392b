package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What generated records offer tests and logs: secrets masked in {@code toString()}. Compiled for
 * real, and used through reflection.
 */
class RecordFixturesTest {

  private static final String PKG = SchemaCompiler.PKG;
  private static Compilation compilation;
  private static GeneratedClasses classes;

  @BeforeAll
  static void compile() {
    compilation =
        SchemaCompiler.compile("records/fixtures.yaml", "-Xlint:all,-processing", "-Werror");
    classes = new GeneratedClasses(compilation);
  }

  private static Object construct(String record, Object... components) throws Exception {
    Constructor<?> canonical = classes.load(PKG + "." + record).getDeclaredConstructors()[0];
    return canonical.newInstance(components);
  }

  @Test
  void compilesWithoutWarnings() {
    assertThat(compilation).succeededWithoutWarnings();
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

  @Test
  void recordsWithoutSecretsKeepTheDefaultToString() throws Exception {
    Object list = construct("AccountList", new ArrayList<>(List.of()));
    assertEquals("AccountList[accounts=[]]", list.toString());
  }
}
