package dev.typewire.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns benchmark results into RESULT lines: Typewire's speed over the other side's, with both JMH
 * scores, their error margins and allocation per operation ({@code -prof gc}) in the notes.
 *
 * <p>The ratio and its uncertainty come from a paired A/B of the two sides ({@link PairedRounds},
 * a {@code PAIR} line): the median per-round ratio and the half-width of its 95 % interval. Without
 * one they come from JMH: the ratio of the scores, and each side's error (its 99.9 % confidence
 * half-width) relative to its score, combined in quadrature; on a 2-core shared machine that is
 * often ±20 %, since two forks of one side differ by more than the effects measured. A goal is met
 * only when the ratio minus the uncertainty reaches it, missed when the ratio plus it stays below,
 * and undecided in between: a noisy run proves neither.
 *
 * <p>Arguments: JMH result files ({@code .json}) and files of {@code PAIR} lines (any other name);
 * a missing file gives ratio 0 for its lines.
 */
public final class JmhRatios {
  private static final String DECODE = "dev.typewire.bench.decode.DecodeBenchmark.";
  private static final String CLIENT = "dev.typewire.bench.client.ClientOverheadBenchmark.";

  private final Map<String, JsonNode> results = new HashMap<>();
  private final Map<String, PairedRounds.Result> pairs = new HashMap<>();

  public static void main(String[] args) throws IOException {
    JmhRatios ratios = new JmhRatios();
    for (String file : args) {
      if (file.endsWith(".json")) {
        ratios.load(Path.of(file));
      } else {
        ratios.loadPairs(Path.of(file));
      }
    }
    ratios.print(
        "decode-vs-streaming",
        DECODE + "typewire",
        DECODE + "handStreaming",
        1.0,
        atMostTimes(1.05));
    ratios.print(
        "decode-vs-readtree", DECODE + "typewire", DECODE + "readTree", 1.5, NO_ALLOCATION_GOAL);
    ratios.print(
        "decode-vs-openapi-generator",
        DECODE + "typewire",
        DECODE + "openapiGenerator",
        1,
        NO_ALLOCATION_GOAL);
    // decode-drift-overhead comes from DecodeCpuTime: two JMH forks per side differed by more than
    // the 5 % budget it checks.
    ratios.print(
        "client-overhead-vs-raw",
        CLIENT + "generatedClient",
        CLIENT + "rawHttpClient",
        1.0,
        AT_MOST_4_KB_MORE);
  }

  private void load(Path file) throws IOException {
    if (!Files.isRegularFile(file) || Files.size(file) == 0) {
      return;
    }
    for (JsonNode result : new ObjectMapper().readTree(file.toFile())) {
      results.put(result.get("benchmark").asText(), result);
    }
  }

  private void loadPairs(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return;
    }
    for (String line : Files.readAllLines(file)) {
      if (line.startsWith("PAIR ")) {
        PairedRounds.Result pair = PairedRounds.Result.parse(line);
        pairs.put(pair.a() + ":" + pair.b(), pair);
      }
    }
  }

  /** What an allocation goal says of the two sides' bytes per operation: a note, or none. */
  private interface AllocationGoal {
    String judge(double typewire, double other);
  }

  private static final AllocationGoal NO_ALLOCATION_GOAL = (typewire, other) -> "";

  /** At most {@code most} times the other side's bytes. */
  private static AllocationGoal atMostTimes(double most) {
    return (typewire, other) -> {
      double times = typewire / other;
      return String.format(
          Locale.ROOT,
          "; allocation %.2fx, goal <= %sx %s",
          times,
          most,
          times <= most ? "met" : "MISSED");
    };
  }

  /** The client's goal: at most 4 KB per call above the raw call. */
  private static final AllocationGoal AT_MOST_4_KB_MORE =
      (typewire, other) -> {
        double extra = typewire - other;
        return String.format(
            Locale.ROOT,
            "; allocation %+.1f KB per call, goal <= +4 KB %s",
            extra / 1024,
            extra <= 4096 ? "met" : "MISSED");
      };

  /**
   * @param goal the least ratio wanted, 0 for none
   */
  private void print(
      String name, String typewire, String other, double goal, AllocationGoal allocationGoal) {
    JsonNode t = results.get(typewire);
    JsonNode o = results.get(other);
    if (t == null || o == null) {
      missing(name, t == null ? typewire : other);
      return;
    }
    String allocation =
        allocation(t) != null && allocation(o) != null
            ? allocationGoal.judge(bytes(t), bytes(o))
            : "";
    line(name, t, o, goal, allocation);
  }

  private static void missing(String name, String benchmark) {
    System.out.println("RESULT " + name + " 0 benchmark did not run: " + benchmark);
  }

  private void line(String name, JsonNode t, JsonNode o, double goal, String allocation) {
    PairedRounds.Result pair = pairs.get(shortName(t) + ":" + shortName(o));
    double ratio;
    double uncertainty;
    String source;
    if (pair != null) {
      ratio = pair.median();
      uncertainty = pair.uncertainty();
      source = pair.note() + "; JMH ";
    } else {
      ratio = score(t) / score(o);
      uncertainty = ratio * Math.hypot(relativeError(t), relativeError(o));
      source = "JMH (no paired A/B) ";
    }
    String verdict = "";
    if (goal > 0) {
      verdict = "; " + verdict(ratio, uncertainty, goal);
    }
    System.out.println(
        String.format(
            Locale.ROOT,
            "RESULT %s %.2f ±%.2f; %s%s %s vs %s %s%s%s",
            name,
            ratio,
            uncertainty,
            source,
            shortName(t),
            describe(t),
            shortName(o),
            describe(o),
            verdict,
            allocation));
  }

  /**
   * Whether a ratio reaches {@code goal}: met only when the ratio minus its uncertainty does,
   * missed when the ratio plus it stays below, undecided in between.
   *
   * @return {@code goal >= <goal> <met|MISSED|undecided ...>}
   */
  public static String verdict(double ratio, double uncertainty, double goal) {
    String state =
        ratio - uncertainty >= goal
            ? "met"
            : ratio + uncertainty < goal ? "MISSED" : "undecided (within the uncertainty)";
    return String.format(Locale.ROOT, "goal >= %s %s", goal, state);
  }

  /** JMH's error over the score; NaN (one iteration) counts as unknown, so as infinite. */
  private static double relativeError(JsonNode result) {
    JsonNode primary = result.get("primaryMetric");
    double error = primary.get("scoreError").asDouble();
    return Double.isNaN(error) ? Double.POSITIVE_INFINITY : error / primary.get("score").asDouble();
  }

  private static double bytes(JsonNode result) {
    return allocation(result).get("score").asDouble();
  }

  private static double score(JsonNode result) {
    return result.get("primaryMetric").get("score").asDouble();
  }

  private static String describe(JsonNode result) {
    JsonNode primary = result.get("primaryMetric");
    String text =
        String.format(
            Locale.ROOT,
            "%.1f±%.1f %s",
            primary.get("score").asDouble(),
            primary.get("scoreError").asDouble(),
            primary.get("scoreUnit").asText());
    JsonNode alloc = allocation(result);
    if (alloc != null) {
      text +=
          String.format(
              Locale.ROOT,
              " (gc.alloc.rate.norm %.0f±%.0f B/op)",
              alloc.get("score").asDouble(),
              alloc.get("scoreError").asDouble());
    }
    return text;
  }

  private static JsonNode allocation(JsonNode result) {
    for (var it = result.path("secondaryMetrics").fields(); it.hasNext(); ) {
      var field = it.next();
      if (field.getKey().endsWith("gc.alloc.rate.norm")) {
        return field.getValue();
      }
    }
    return null;
  }

  private static String shortName(JsonNode result) {
    String benchmark = result.get("benchmark").asText();
    return benchmark.substring(benchmark.lastIndexOf('.') + 1);
  }
}
