package dev.typewire.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor under the compilers users have: the Eclipse compiler (which IDEs use) and a newer
 * JDK's javac, where JDK 23 and later only run processors named explicitly ({@code -proc:full}).
 * javac 17 is what every other test runs on.
 */
class CompilersTest {

  private static final String PKG = PeriskopeClasses.PKG;
  private static final Path JDK_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/javac");

  @Test
  void eclipseCompilerGeneratesACompilingClient(@TempDir Path out) throws IOException {
    // ECJ needs real files: compile-testing's in-memory file objects have URIs it cannot open.
    Path source = packageInfo(out);
    JavaCompiler ecj = new EclipseCompiler();
    StringWriter log = new StringWriter();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        ecj.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      String classPath = System.getProperty("java.class.path");
      JavaCompiler.CompilationTask task =
          ecj.getTask(
              log,
              files,
              diagnostics,
              List.of(
                  "--release",
                  "17",
                  "-cp",
                  classPath,
                  "-d",
                  out.resolve("classes").toString(),
                  "-s",
                  out.resolve("generated").toString()),
              null,
              files.getJavaFileObjects(source));
      task.setProcessors(List.of(new TypewireProcessor()));
      assertTrue(task.call(), () -> log + " " + diagnostics.getDiagnostics());
    }
    assertTrue(Files.exists(out.resolve("generated/com/example/periskope/ChatsApi.java")));
    assertTrue(Files.exists(out.resolve("classes/com/example/periskope/PeriskopeClient.class")));
  }

  @Test
  void newerJavacRunsTheProcessorWithProcFull(@TempDir Path out) throws Exception {
    assumeTrue(Files.isExecutable(JDK_25), "no JDK 25 at " + JDK_25);
    Path source = packageInfo(out);
    String classPath = System.getProperty("java.class.path");
    Path log = out.resolve("javac.log");
    Process javac =
        new ProcessBuilder(
                List.of(
                    JDK_25.toString(),
                    "--release",
                    "17",
                    "-proc:full",
                    "-Xlint:all,-processing,-options",
                    "-Werror",
                    "-processorpath",
                    classPath,
                    "-cp",
                    classPath,
                    "-d",
                    out.resolve("classes").toString(),
                    "-s",
                    out.resolve("generated").toString(),
                    source.toString()))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    assertTrue(javac.waitFor(3, TimeUnit.MINUTES), "javac finished");
    assertEquals(0, javac.exitValue(), () -> read(log));
    assertTrue(
        Files.exists(out.resolve("classes/com/example/periskope/ChatsApi.class")), read(log));
  }

  private static Path packageInfo(Path root) throws IOException {
    Path source = root.resolve("src/com/example/periskope/package-info.java");
    Files.createDirectories(source.getParent());
    Files.createDirectories(root.resolve("classes"));
    Files.createDirectories(root.resolve("generated"));
    Files.writeString(
        source,
        "@dev.typewire.GenerateClient(schema = \"periskope/openapi.json\")\npackage "
            + PKG
            + ";\n");
    return source;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }
}
