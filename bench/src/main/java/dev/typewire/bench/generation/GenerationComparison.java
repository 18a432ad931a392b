package dev.typewire.bench.generation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Wall time and peak RSS of Typewire against OpenAPI Generator on the Periskope schema and on
 * GitHub's description, and the lines each generates for Periskope and the petstore. Prints LINES
 * and RESULT lines; the ratio is OpenAPI Generator's median wall time over Typewire's (above 1:
 * Typewire is faster), 0 when either side fails.
 *
 * <p>Arguments: bench directory, runs per side, timeout per run in seconds, GitHub schema file (or
 * "-"), and a note for when it is missing.
 */
public final class GenerationComparison {

  private final Generators generators;
  private final int runs;

  private GenerationComparison(Generators generators, int runs) {
    this.generators = generators;
    this.runs = runs;
  }

  public static void main(String[] args) throws Exception {
    Path bench = Path.of(args[0]).toAbsolutePath().normalize();
    int runs = Integer.parseInt(args[1]);
    long timeout = Long.parseLong(args[2]);
    String github = args.length > 3 ? args[3] : "-";
    String githubNote = args.length > 4 ? args[4] : "GitHub description not fetched";
    Generators generators =
        new Generators(
            bench.resolve("target/generation"),
            bench.resolve("target/tools/openapi-generator-cli.jar"),
            timeout);
    GenerationComparison comparison = new GenerationComparison(generators, runs);
    List<String> results = new ArrayList<>();

    Path periskope =
        bench.resolve("../schema/src/main/resources/periskope/openapi.json").normalize();
    results.add(comparison.compare("periskope", "periskope/openapi.json", null, periskope));

    Path petstoreRoot = bench.resolve("src/generation");
    comparison.lines(
        "petstore",
        "petstore/petstore.yaml",
        petstoreRoot,
        petstoreRoot.resolve("petstore/petstore.yaml"));

    if (!github.equals("-") && Files.isRegularFile(Path.of(github))) {
      Path file = Path.of(github).toAbsolutePath();
      Path root = file.getParent().getParent();
      String resource = root.relativize(file).toString().replace('\\', '/');
      results.add(comparison.compare("github", resource, root, file));
    } else {
      results.add("RESULT generation-github-vs-openapi-generator 0 not run: " + githubNote);
    }
    results.forEach(System.out::println);
  }

  private String compare(String name, String resource, Path root, Path spec) throws Exception {
    List<MeasuredRun> typewire = new ArrayList<>();
    List<MeasuredRun> oag = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      typewire.add(report(generators.typewire(name, resource, root, run)));
      oag.add(report(generators.openapiGenerator(name, spec, run)));
    }
    String prefix = "RESULT generation-" + name + "-vs-openapi-generator ";
    MeasuredRun t = median(typewire);
    MeasuredRun o = median(oag);
    String lines = lineNote(name, runs - 1);
    System.out.println("LINES " + name + lines.replace("; lines ", " "));
    String detail =
        t.summary()
            + "; "
            + o.summary()
            + " (median of "
            + runs
            + ", "
            + Generators.HEAP
            + " each, javac -proc:only vs CLI generate)"
            + lines;
    if (!t.ok()) {
      return prefix + "0 Typewire failed: " + t.firstErrors(3) + "; " + detail;
    }
    if (!o.ok()) {
      return prefix + "0 OpenAPI Generator failed: " + o.firstErrors(3) + "; " + detail;
    }
    return prefix + String.format("%.2f ", o.seconds() / t.seconds()) + detail;
  }

  private void lines(String name, String resource, Path root, Path spec) throws Exception {
    MeasuredRun t = report(generators.typewire(name, resource, root, 0));
    MeasuredRun o = report(generators.openapiGenerator(name, spec, 0));
    String status =
        (t.ok() ? "" : " (Typewire failed: " + t.firstErrors(2) + ")")
            + (o.ok() ? "" : " (OpenAPI Generator failed: " + o.firstErrors(2) + ")");
    System.out.println("LINES " + name + lineNote(name, 0).replace("; lines ", " ") + status);
  }

  private String lineNote(String name, int run) throws Exception {
    return "; lines typewire="
        + GeneratedLines.under(generators.typewireSources(name, run))
        + ", openapi-generator-native="
        + GeneratedLines.under(generators.openapiGeneratorSources(name, run));
  }

  private static MeasuredRun report(MeasuredRun run) {
    System.out.println("  " + run.summary());
    return run;
  }

  /** The median by wall time, failures counting as slowest. */
  private static MeasuredRun median(List<MeasuredRun> runs) {
    List<MeasuredRun> sorted = new ArrayList<>(runs);
    sorted.sort(
        Comparator.comparing((MeasuredRun r) -> !r.ok()).thenComparingDouble(MeasuredRun::seconds));
    return sorted.get(sorted.size() / 2);
  }
}
