package dev.typewire.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.typewire.processor.TypewireProcessor;
import dev.typewire.runtime.ApiTransport;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Runs the running JDK's javac with Typewire's processor on one annotated package, entirely in
 * memory: the schema and the files it refers to are served from the description's folder as class
 * path resources (where the processor looks first), and generated sources and class files never
 * touch the disk.
 */
final class InMemoryCompiler {

  static final String PACKAGE = "typewire.check.generated";

  /** The outcome: a loader for the generated classes when it compiled, and javac's diagnostics. */
  record Result(ClassLoader classes, List<String> errors, List<String> warnings) {
    boolean succeeded() {
      return classes != null;
    }
  }

  private InMemoryCompiler() {}

  static Result compile(Path schema) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IOException("no Java compiler in this runtime: run typewire check on a JDK");
    }
    Path root = schema.toAbsolutePath().normalize().getParent();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StandardJavaFileManager standard =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
    standard.setLocation(StandardLocation.CLASS_PATH, classPath());
    MemoryFileManager files = new MemoryFileManager(standard, root);
    JavaCompiler.CompilationTask task =
        javac.getTask(
            null,
            files,
            diagnostics,
            List.of("-Xlint:none", "-implicit:class"),
            null,
            List.of(packageInfo(schema.getFileName().toString())));
    task.setProcessors(List.of(new TypewireProcessor()));
    boolean ok = task.call();
    List<String> errors = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      String text = d.getMessage(Locale.ROOT);
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(text);
      } else if (d.getKind() == Diagnostic.Kind.WARNING
          || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
        warnings.add(text);
      }
    }
    ClassLoader loader =
        ok
            ? new GeneratedClassLoader(files.classes, InMemoryCompiler.class.getClassLoader())
            : null;
    return new Result(loader, errors, warnings);
  }

  /** Where the generated code's dependencies are: the runtime and Jackson, wherever they live. */
  private static List<File> classPath() {
    Set<File> entries = new LinkedHashSet<>();
    for (Class<?> type :
        List.of(ApiTransport.class, ObjectMapper.class, JsonParser.class, JsonProperty.class)) {
      try {
        entries.add(new File(type.getProtectionDomain().getCodeSource().getLocation().toURI()));
      } catch (URISyntaxException | NullPointerException e) {
        throw new IllegalStateException("cannot locate " + type.getName() + " on disk", e);
      }
    }
    return new ArrayList<>(entries);
  }

  private static JavaFileObject packageInfo(String schemaName) {
    // The file name lands in a string literal: backslashes and quotes are escaped, and a line
    // break (which no literal may hold) is refused by the caller's path handling.
    String literal = schemaName.replace("\\", "\\\\").replace("\"", "\\\"");
    String source =
        "@dev.typewire.GenerateClient(schema = \"" + literal + "\")\npackage " + PACKAGE + ";\n";
    return new Source(PACKAGE.replace('.', '/') + "/package-info.java", source);
  }

  /** A source file held as text: the package-info and every file the processor generates. */
  private static final class Source extends SimpleJavaFileObject {
    private String text;

    Source(String path, String text) {
      super(URI.create("mem:///" + path), Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }

    @Override
    public Writer openWriter() {
      return new StringWriter() {
        @Override
        public void close() throws IOException {
          super.close();
          text = toString();
        }
      };
    }
  }

  /** A class file held as bytes. */
  private static final class ClassBytes extends SimpleJavaFileObject {
    private final String name;
    private final Map<String, byte[]> sink;

    ClassBytes(String name, Map<String, byte[]> sink) {
      super(URI.create("mem:///" + name.replace('.', '/') + ".class"), Kind.CLASS);
      this.name = name;
      this.sink = sink;
    }

    @Override
    public OutputStream openOutputStream() {
      return new ByteArrayOutputStream() {
        @Override
        public void close() throws IOException {
          super.close();
          sink.put(name, toByteArray());
        }
      };
    }
  }

  /** A resource of the description's folder (the schema or a file it refers to). */
  private static final class Resource extends SimpleJavaFileObject {
    private final Path file;

    Resource(Path file) {
      super(file.toUri(), Kind.OTHER);
      this.file = file;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) throws IOException {
      return Files.readString(file, StandardCharsets.UTF_8);
    }
  }

  private static final class MemoryFileManager
      extends ForwardingJavaFileManager<StandardJavaFileManager> {
    private final Path root;
    final Map<String, byte[]> classes = new HashMap<>();

    MemoryFileManager(StandardJavaFileManager standard, Path root) {
      super(standard);
      this.root = root;
    }

    @Override
    public FileObject getFileForInput(Location location, String packageName, String relativeName)
        throws IOException {
      if (location == StandardLocation.CLASS_PATH) {
        Path file = root.resolve(packageName.replace('.', '/')).resolve(relativeName).normalize();
        if (file.startsWith(root) && Files.isRegularFile(file)) {
          return new Resource(file);
        }
      }
      return super.getFileForInput(location, packageName, relativeName);
    }

    @Override
    public JavaFileObject getJavaFileForOutput(
        Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
      if (kind == JavaFileObject.Kind.CLASS) {
        return new ClassBytes(className, classes);
      }
      return new Source(className.replace('.', '/') + kind.extension, "");
    }

    @Override
    public boolean isSameFile(FileObject a, FileObject b) {
      return a.toUri().equals(b.toUri());
    }
  }

  /** Defines the generated classes on demand, after its parent (runtime, Jackson) had its say. */
  private static final class GeneratedClassLoader extends ClassLoader {
    private final Map<String, byte[]> classes;

    GeneratedClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
      super(parent);
      this.classes = classes;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = classes.get(name);
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, bytes, 0, bytes.length);
    }
  }
}
