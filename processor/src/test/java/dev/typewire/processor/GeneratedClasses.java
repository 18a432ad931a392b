package dev.typewire.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/** Loads the classes a compile-testing compilation produced, so tests can use generated code. */
final class GeneratedClasses extends ClassLoader {

  private final Map<String, byte[]> classes = new HashMap<>();

  GeneratedClasses(Compilation compilation) {
    super(GeneratedClasses.class.getClassLoader());
    assertEquals(
        Compilation.Status.SUCCESS, compilation.status(), compilation.diagnostics()::toString);
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      // compile-testing names outputs /CLASS_OUTPUT/pkg/Name.class
      String path = file.toUri().getPath();
      String name =
          path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length())
              .replace(".class", "")
              .replace('/', '.');
      try (InputStream in = file.openInputStream()) {
        classes.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }

  /** Builds the generated client class {@code clientClass} against {@code baseUrl}. */
  Object client(String clientClass, String baseUrl) {
    try {
      Object builder = load(clientClass).getMethod("builder").invoke(null);
      builder.getClass().getMethod("baseUrl", String.class).invoke(builder, baseUrl);
      return builder.getClass().getMethod("build").invoke(builder);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot build " + clientClass, e);
    }
  }

  /** The binary names of every generated class, nested ones included. */
  java.util.Set<String> names() {
    return java.util.Set.copyOf(classes.keySet());
  }

  Class<?> load(String name) {
    try {
      return loadClass(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("not generated: " + name + " (have " + classes.keySet() + ")", e);
    }
  }
}
