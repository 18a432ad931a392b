package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.typewire.runtime.JsonCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * The classes a successful compile-testing compilation produced, loaded so tests can use generated
 * code, and the compilation itself for assertions on its diagnostics and sources. A test class
 * keeps one in a static field: {@code GeneratedClasses.compile("openapi/x.yaml")}.
 */
final class GeneratedClasses extends ClassLoader {

  // Without the client's jsonModule(): Jackson reads the generated types by their annotations.
  private static final ObjectMapper MAPPER = JsonCodec.newObjectMapper();

  private final Compilation compilation;
  private final Map<String, byte[]> classes = new HashMap<>();

  /**
   * Compiles {@code schema} with the processor (see {@link SchemaCompiler}); fails unless it did.
   */
  static GeneratedClasses compile(String schema, String... options) {
    return new GeneratedClasses(SchemaCompiler.compile(schema, options));
  }

  /**
   * Compiles {@code schema} together with a driver: a class {@code driverName} in the generated
   * package that calls the client as user code would, so that it is checked by javac too. Fails
   * unless the compile succeeded without warnings.
   */
  static GeneratedClasses compileWithDriver(
      String schema, String driverName, String driverSource, String... options) {
    Compilation compilation =
        SchemaCompiler.compiler(options)
            .compile(
                SchemaCompiler.packageInfo(schema),
                JavaFileObjects.forSourceString(
                    SchemaCompiler.PKG + "." + driverName, driverSource));
    assertThat(compilation).succeededWithoutWarnings();
    return new GeneratedClasses(compilation);
  }

  GeneratedClasses(Compilation compilation) {
    super(GeneratedClasses.class.getClassLoader());
    this.compilation = compilation;
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

  /** The compilation the classes came from. */
  Compilation compilation() {
    return compilation;
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

  /** Reads {@code json} as the generated type {@code simpleName} of {@link SchemaCompiler#PKG}. */
  Object decode(String simpleName, String json) throws IOException {
    return MAPPER.readValue(json, load(SchemaCompiler.PKG + "." + simpleName));
  }

  /**
   * Reads {@code json} as {@code simpleName} (see {@link #decode}) and asserts that writing the
   * value gives the same JSON back.
   */
  Object roundTrip(String simpleName, String json) throws IOException {
    Object value = decode(simpleName, json);
    assertEquals(MAPPER.readTree(json), MAPPER.valueToTree(value), "re-encoded " + json);
    return value;
  }

  Class<?> load(String name) {
    try {
      return loadClass(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("not generated: " + name + " (have " + classes.keySet() + ")", e);
    }
  }
}
