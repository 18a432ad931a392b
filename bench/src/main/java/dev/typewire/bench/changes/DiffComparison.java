package dev.typewire.bench.changes;

import dev.typewire.processor.change.Change;
import dev.typewire.processor.change.ChangeDetector;
import dev.typewire.processor.change.DescriptionReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;

/**
 * Typewire's change engine against OpenAPITools openapi-diff on the processor's version-pair corpus
 * ({@code processor/src/test/resources/changes}): for each pair whose {@code expected.txt} names a
 * breaking change, does the tool call the pair breaking (openapi-diff: incompatible)? For each pair
 * with none, does it wrongly do so? Prints one {@code RESULT diff-vs-openapi-diff} line whose ratio
 * is Typewire's detections over openapi-diff's.
 *
 * <p>Pair level is the only level both tools share: openapi-diff has no rule ids. Typewire is also
 * checked change by change against {@code expected.txt} by the processor's tests.
 */
public final class DiffComparison {

  private DiffComparison() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args.length > 0 ? args[0] : "processor/src/test/resources/changes");
    List<Path> pairs;
    try (Stream<Path> entries = Files.list(corpus)) {
      pairs = entries.filter(Files::isDirectory).sorted().toList();
    }
    int breakingPairs = 0;
    int typewireFound = 0;
    int openapiDiffFound = 0;
    int typewireFalse = 0;
    int openapiDiffFalse = 0;
    long typewireNanos = 0;
    long openapiDiffNanos = 0;
    for (Path pair : pairs) {
      Path previous = pair.resolve("previous.yaml");
      Path current = pair.resolve("current.yaml");
      boolean breaking =
          Files.readAllLines(pair.resolve("expected.txt")).stream()
              .anyMatch(line -> line.contains(" | breaking | "));
      long start = System.nanoTime();
      boolean typewire =
          ChangeDetector.compare(
                  DescriptionReader.read(
                      "previous.yaml", Files.readString(previous, StandardCharsets.UTF_8)),
                  DescriptionReader.read(
                      "current.yaml", Files.readString(current, StandardCharsets.UTF_8)))
              .stream()
              .anyMatch(change -> change.level() == Change.Level.BREAKING);
      typewireNanos += System.nanoTime() - start;
      start = System.nanoTime();
      boolean openapiDiff = incompatible(previous, current);
      openapiDiffNanos += System.nanoTime() - start;
      System.out.printf(
          Locale.ROOT,
          "  %-40s expected=%-8s typewire=%-8s openapi-diff=%s%n",
          pair.getFileName(),
          breaking ? "breaking" : "additive",
          typewire ? "breaking" : "additive",
          openapiDiff ? "breaking" : "additive");
      if (breaking) {
        breakingPairs++;
        typewireFound += typewire ? 1 : 0;
        openapiDiffFound += openapiDiff ? 1 : 0;
      } else {
        typewireFalse += typewire ? 1 : 0;
        openapiDiffFalse += openapiDiff ? 1 : 0;
      }
    }
    double ratio = openapiDiffFound == 0 ? 0 : (double) typewireFound / openapiDiffFound;
    System.out.printf(
        Locale.ROOT,
        "RESULT diff-vs-openapi-diff %.2f breaking pairs found: typewire %d/%d, openapi-diff %d/%d;"
            + " additive pairs called breaking: typewire %d, openapi-diff %d; time over %d pairs:"
            + " typewire %d ms, openapi-diff %d ms%n",
        ratio,
        typewireFound,
        breakingPairs,
        openapiDiffFound,
        breakingPairs,
        typewireFalse,
        openapiDiffFalse,
        pairs.size(),
        typewireNanos / 1_000_000,
        openapiDiffNanos / 1_000_000);
  }

  private static boolean incompatible(Path previous, Path current) {
    try {
      ChangedOpenApi diff =
          OpenApiCompare.fromLocations(previous.toUri().toString(), current.toUri().toString());
      return diff.isIncompatible();
    } catch (RuntimeException e) {
      // A pair openapi-diff cannot read counts as not detected; say so.
      System.out.println(
          "  openapi-diff failed on " + previous.getParent().getFileName() + ": " + e);
      return false;
    }
  }
}
