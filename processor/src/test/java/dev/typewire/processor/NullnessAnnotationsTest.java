package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** JSpecify annotations appear exactly when JSpecify is on the user's class path. */
class NullnessAnnotationsTest {

  private static final String PKG = PeriskopeClasses.PKG;

  @Test
  void nullableComponentsAreAnnotatedWhenJSpecifyIsPresent() {
    GeneratedClasses classes = PeriskopeClasses.classes();
    Class<?> chat = classes.load(PKG + ".Chat");
    assertTrue(
        Arrays.stream(chat.getAnnotations())
            .anyMatch(a -> a.annotationType().getSimpleName().equals("NullMarked")));
    assertEquals(List.of("Nullable"), typeAnnotations(component(chat, "assignedTo")));
    // ErrorResponse and every wire field are nullable; the enum value record's value is not.
    Class<?> chatType = classes.load(PKG + ".ChatType");
    assertEquals(List.of(), typeAnnotations(component(chatType, "value")));
    // A required path parameter is not nullable.
    String source = source(PeriskopeClasses.classes().compilation(), "ChatsApi");
    assertTrue(source.contains("public Chat getChatById(String chatId)"), source);
  }

  @Test
  void noJSpecifyReferenceWithoutJSpecify() {
    List<File> classPath =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> !entry.contains("jspecify"))
            .map(File::new)
            .toList();
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new TypewireProcessor())
            .withClasspath(classPath)
            .withOptions("-Xlint:all,-processing", "-Werror")
            .compile(
                JavaFileObjects.forSourceLines(
                    PKG + ".package-info",
                    "@dev.typewire.GenerateClient(schema = \"periskope/openapi.json\")",
                    "package " + PKG + ";"));
    assertThat(compilation).succeededWithoutWarnings();
    assertFalse(source(compilation, "Chat").contains("jspecify"));
  }

  private static RecordComponent component(Class<?> record, String name) {
    return Arrays.stream(record.getRecordComponents())
        .filter(c -> c.getName().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> typeAnnotations(RecordComponent component) {
    return Arrays.stream(component.getAnnotatedType().getAnnotations())
        .map(a -> a.annotationType().getSimpleName())
        .toList();
  }

  private static String source(Compilation compilation, String simpleName) {
    JavaFileObject file =
        compilation
            .generatedSourceFile(PKG + "." + simpleName)
            .orElseThrow(() -> new AssertionError("no " + simpleName));
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
