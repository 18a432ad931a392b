package dev.typewire.bench.generation;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The two generators as child processes: Typewire's processor inside javac ({@code -proc:only}:
 * generation without compiling the result, as OpenAPI Generator's CLI only generates), and OpenAPI
 * Generator's CLI ({@code java} generator, {@code native} library, whole client without docs or
 * tests). Both get the same maximum heap.
 */
final class Generators {
  static final String HEAP = "-Xmx3g";
  // The processor, runtime and schema jars: both the processor path and the user's class path.
  private static final String BENCH_CLASS_PATH = System.getProperty("java.class.path");

  private final Path work;
  private final Path cliJar;
  private final long timeoutSeconds;
  private final String java;
  private final String javac;

  Generators(Path work, Path cliJar, long timeoutSeconds) {
    this.work = work;
    this.cliJar = cliJar;
    this.timeoutSeconds = timeoutSeconds;
    Path home = Path.of(System.getProperty("java.home"));
    this.java = home.resolve("bin/java").toString();
    this.javac = home.resolve("bin/javac").toString();
  }

  /** Where a run's Java sources end up. */
  Path typewireSources(String name, int run) {
    return work.resolve(name).resolve("typewire-" + run).resolve("generated");
  }

  Path openapiGeneratorSources(String name, int run) {
    return work.resolve(name).resolve("openapi-generator-" + run).resolve("src/main/java");
  }

  /**
   * javac on one package-info.java whose {@code @GenerateClient} names {@code schemaResource},
   * found on the class path (this JVM's, plus {@code schemaRoot} when not null).
   */
  MeasuredRun typewire(String name, String schemaResource, Path schemaRoot, int run)
      throws IOException, InterruptedException {
    deleteRecursively(work.resolve(name).resolve("typewire-" + run));
    return typewireJavac("typewire", name, schemaResource, schemaRoot, run);
  }

  /**
   * {@link #typewire} again over the output of run {@code run}, nothing changed: what an IDE or a
   * Gradle rebuild pays on every compilation (an aggregating processor reruns in full).
   */
  MeasuredRun typewireAgain(String name, String schemaResource, Path schemaRoot, int run)
      throws IOException, InterruptedException {
    return typewireJavac("typewire-noop", name, schemaResource, schemaRoot, run);
  }

  private MeasuredRun typewireJavac(
      String label, String name, String schemaResource, Path schemaRoot, int run)
      throws IOException, InterruptedException {
    Path dir = work.resolve(name).resolve("typewire-" + run);
    String pkg = "dev.typewire.bench.gen." + name;
    Path source = dir.resolve("src").resolve(pkg.replace('.', '/')).resolve("package-info.java");
    Files.createDirectories(source.getParent());
    Files.writeString(
        source,
        "@dev.typewire.GenerateClient(schema = \""
            + schemaResource
            + "\")\npackage "
            + pkg
            + ";\n");
    Path generated = Files.createDirectories(typewireSources(name, run));
    Path classes = Files.createDirectories(dir.resolve("classes"));
    List<String> command =
        new ArrayList<>(
            List.of(
                javac,
                "-J" + HEAP,
                "-proc:only",
                // One NOTE with the processor's own time per stage; the rest of the wall time is
                // the JVM and javac (entering the generated sources in the next round).
                "-Atypewire.timings=true",
                "-Xmaxwarns",
                "100000",
                "-processor",
                "dev.typewire.processor.TypewireProcessor",
                "-processorpath",
                BENCH_CLASS_PATH,
                "-cp",
                userClassPath(schemaRoot),
                "-s",
                generated.toString(),
                "-d",
                classes.toString(),
                source.toString()));
    return MeasuredRun.run(
        label, command, work.resolve(name).resolve(label + "-" + run + ".log"), timeoutSeconds);
  }

  /**
   * javac alone over the sources run {@code run} generated, without the processor: the same class
   * path and heap, stopped once the files are parsed and entered ({@code -proc:none
   * -XDshould-stop.ifNoError=ENTER}). That is what javac's round 2 of {@link #typewire} does with
   * the output, minus the annotation scan a registered processor costs there (javac over the same
   * files with the processor present but nothing to do took 1.3 to 2.3 s more CPU on Periskope's
   * 167 files; {@code -proc:only} with an empty processor path took the same as this, within the
   * noise), so this is a floor under the javac part of every Typewire run with this output.
   */
  MeasuredRun javacAlone(String name, Path schemaRoot, int run)
      throws IOException, InterruptedException {
    Path dir = work.resolve(name).resolve("javac-alone-" + run);
    deleteRecursively(dir);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    List<String> sources;
    try (var paths = Files.walk(typewireSources(name, run))) {
      sources = paths.map(Path::toString).filter(p -> p.endsWith(".java")).sorted().toList();
    }
    // An argument file: GitHub's output is thousands of paths, beyond a command line's length.
    Path argFile = dir.resolve("sources.txt");
    Files.write(argFile, sources);
    List<String> command =
        List.of(
            javac,
            "-J" + HEAP,
            "-proc:none",
            "-XDshould-stop.ifNoError=ENTER",
            "-cp",
            userClassPath(schemaRoot),
            "-d",
            classes.toString(),
            "@" + argFile);
    return MeasuredRun.run("javac-alone", command, dir.resolve("javac.log"), timeoutSeconds);
  }

  MeasuredRun openapiGenerator(String name, Path spec, int run)
      throws IOException, InterruptedException {
    Path dir = work.resolve(name).resolve("openapi-generator-" + run);
    deleteRecursively(dir);
    List<String> command =
        List.of(
            java,
            HEAP,
            "-jar",
            cliJar.toString(),
            "generate",
            "-g",
            "java",
            "--library",
            "native",
            "-i",
            spec.toString(),
            "-o",
            dir.toString(),
            "--skip-validate-spec",
            "--global-property",
            "apiTests=false,modelTests=false,apiDocs=false,modelDocs=false",
            "--additional-properties",
            "hideGenerationTimestamp=true");
    return MeasuredRun.run(
        "openapi-generator",
        command,
        work.resolve(name).resolve("openapi-generator-" + run + ".log"),
        timeoutSeconds);
  }

  private static String userClassPath(Path schemaRoot) {
    return schemaRoot == null
        ? BENCH_CLASS_PATH
        : schemaRoot + File.pathSeparator + BENCH_CLASS_PATH;
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
