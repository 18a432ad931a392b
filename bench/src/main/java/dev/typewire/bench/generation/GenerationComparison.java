package dev.typewire.bench.generation;

import dev.typewire.bench.report.JmhRatios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Wall time and peak RSS of Typewire against OpenAPI Generator on the Periskope schema and on
 * GitHub's description, and the lines each generates for Periskope and the petstore. Prints LINES
 * and RESULT lines; the ratio is OpenAPI Generator's median wall time over Typewire's (above 1:
 * Typewire is faster), 0 when either side fails. The runs of the two sides alternate, so a change
 * in the machine's load hits both; the uncertainty is each side's half-range over its median,
 * combined in quadrature. Typewire's notes split its time into the processor's own (its TW-TIMINGS
 * note) and the rest (JVM and javac).
 *
 * <p>Each ratio's notes also give the floor under Typewire's side: javac alone over the sources
 * Typewire generated, without the processor ({@link Generators#javacAlone}), run once per round
 * between the two sides. Every Typewire run pays that (the JVM, javac, and parsing and entering
 * its output in round 2) plus the processor's own time, so OpenAPI Generator's median over the
 * floor alone is a true upper bound on the ratio for this output: what a processor taking no time
 * at all would reach. Over the floor plus the processor's own time it is not a bound (JIT and GC
 * work that the processor leaves running into round 2 is in neither), only today's processor with
 * nothing else left: it is printed as an estimate. A smaller output lowers the floor itself.
 *
 * <p>For GitHub it also prints {@code RESULT noop-recompile-github <seconds>}: javac running the
 * processor again right after each Typewire run, over that run's output, nothing changed.
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
    results.addAll(
        comparison.compare("periskope", "periskope/openapi.json", null, periskope, false));

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
      results.addAll(comparison.compare("github", resource, root, file, true));
    } else {
      results.add("RESULT generation-github-vs-openapi-generator 0 not run: " + githubNote);
      results.add("RESULT noop-recompile-github 0 not run: " + githubNote);
    }
    results.forEach(System.out::println);
  }

  private List<String> compare(String name, String resource, Path root, Path spec, boolean noop)
      throws Exception {
    List<MeasuredRun> typewire = new ArrayList<>();
    List<MeasuredRun> again = new ArrayList<>();
    List<MeasuredRun> oag = new ArrayList<>();
    List<MeasuredRun> floor = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      typewire.add(report(generators.typewire(name, resource, root, run)));
      if (noop) {
        again.add(report(generators.typewireAgain(name, resource, root, run)));
      }
      // Between the two sides, so that it meets the same load as they do.
      floor.add(report(generators.javacAlone(name, root, run)));
      oag.add(report(generators.openapiGenerator(name, spec, run)));
    }
    List<String> results = new ArrayList<>();
    results.add(ratioLine(name, typewire, oag, floor));
    if (noop) {
      results.add(noopLine(name, again));
    }
    return results;
  }

  private String ratioLine(
      String name, List<MeasuredRun> typewire, List<MeasuredRun> oag, List<MeasuredRun> floor)
      throws Exception {
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
            + ", alternating, "
            + Generators.HEAP
            + " each, javac -proc:only vs CLI generate)"
            + lines
            + stages(t);
    if (!t.ok()) {
      return prefix + "0 Typewire failed: " + t.firstErrors(3) + "; " + detail;
    }
    if (!o.ok()) {
      return prefix + "0 OpenAPI Generator failed: " + o.firstErrors(3) + "; " + detail;
    }
    double ratio = o.seconds() / t.seconds();
    double uncertainty = ratio * Math.hypot(halfRange(typewire), halfRange(oag));
    return prefix
        + String.format(Locale.ROOT, "%.2f %s; ", ratio, plusMinus(uncertainty, "%.2f"))
        + detail
        + floorNote(floor, t, o)
        + verdict(ratio, uncertainty, goal(name));
  }

  /** The floor's median and the ratios it allows; see the class comment for which one bounds. */
  private String floorNote(List<MeasuredRun> floor, MeasuredRun typewire, MeasuredRun oag) {
    MeasuredRun f = median(floor);
    if (!f.ok()) {
      return "; javac alone on the output failed: " + f.firstErrors(3);
    }
    double cpu = f.cpuSeconds();
    String note =
        String.format(
            Locale.ROOT,
            "; javac alone on the output %.1f s %s%s (median of %d, -proc:none, stopped after"
                + " ENTER); best reachable ratio %.2f (over that floor: the processor taking no"
                + " time)",
            f.seconds(),
            plusMinus(f.seconds() * halfRange(floor), "%.1f"),
            cpu < 0 ? "" : String.format(Locale.ROOT, ", %.1f s CPU", cpu),
            floor.size(),
            oag.seconds() / f.seconds());
    double processor = typewire.processorSeconds();
    return processor < 0
        ? note
        : note
            + String.format(
                Locale.ROOT,
                ", %.2f with today's processor (over the floor + its %.1f s)",
                oag.seconds() / (f.seconds() + processor),
                processor);
  }

  /**
   * Issue #18's goal for a description: twice OpenAPI Generator's speed on Periskope's, which a
   * processor paying on every build should reach; at least its speed on the others.
   */
  private static double goal(String name) {
    return name.equals("periskope") ? 2.0 : 1.0;
  }

  private String noopLine(String name, List<MeasuredRun> again) {
    String prefix = "RESULT noop-recompile-" + name + " ";
    MeasuredRun m = median(again);
    if (!m.ok()) {
      return prefix + "0 failed: " + m.firstErrors(3) + "; " + m.summary();
    }
    double uncertainty = m.seconds() * halfRange(again);
    return prefix
        + String.format(Locale.ROOT, "%.1f %s s; ", m.seconds(), plusMinus(uncertainty, "%.1f"))
        + m.summary()
        + " (median of "
        + runs
        + ", javac -proc:only again over the previous run's output, nothing changed)"
        + stages(m);
  }

  private static String stages(MeasuredRun run) {
    String stages = run.processorStages();
    return stages.isEmpty() ? "" : "; processor stages: " + stages;
  }

  private static String plusMinus(double uncertainty, String format) {
    return Double.isNaN(uncertainty)
        ? "±? (one run)"
        : "±" + String.format(Locale.ROOT, format, uncertainty);
  }

  private static String verdict(double ratio, double uncertainty, double goal) {
    return Double.isNaN(uncertainty)
        ? "; goal >= " + goal + " undecided (one run)"
        : "; " + JmhRatios.verdict(ratio, uncertainty, goal);
  }

  /** Half the spread of the successful runs over their median; NaN with fewer than two. */
  private static double halfRange(List<MeasuredRun> runs) {
    List<Double> seconds = runs.stream().filter(MeasuredRun::ok).map(MeasuredRun::seconds).toList();
    if (seconds.size() < 2) {
      return Double.NaN;
    }
    double min = seconds.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    double max = seconds.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    return (max - min) / 2 / median(runs).seconds();
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
