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
 * Turns JMH's JSON results into RESULT lines: Typewire's throughput over the other side's, with
 * both scores, their error margins and allocation per operation ({@code -prof gc}) in the notes.
 *
 * <p>Arguments: the decoding results file, the client results file (missing files give ratio 0).
 */
public final class JmhRatios {
  private static final String DECODE = "dev.typewire.bench.decode.DecodeBenchmark.";
  private static final String CLIENT = "dev.typewire.bench.client.ClientOverheadBenchmark.";

  private final Map<String, JsonNode> results = new HashMap<>();

  public static void main(String[] args) throws IOException {
    JmhRatios ratios = new JmhRatios();
    for (String file : args) {
      ratios.load(Path.of(file));
    }
    ratios.print("decode-vs-streaming", DECODE + "typewire", DECODE + "handStreaming", 0.8);
    ratios.print("decode-vs-readtree", DECODE + "typewire", DECODE + "readTree", 0);
    ratios.print(
        "decode-vs-openapi-generator", DECODE + "typewire", DECODE + "openapiGenerator", 1);
    // Recording on over recording off: the budget is 5 %.
    ratios.print(
        "decode-drift-overhead",
        DECODE + "typewireRecordingDrift",
        DECODE + "typewireReader",
        0.95);
    ratios.print(
        "client-overhead-vs-raw", CLIENT + "generatedClient", CLIENT + "rawHttpClient", 0.95);
  }

  private void load(Path file) throws IOException {
    if (!Files.isRegularFile(file) || Files.size(file) == 0) {
      return;
    }
    for (JsonNode result : new ObjectMapper().readTree(file.toFile())) {
      results.put(result.get("benchmark").asText(), result);
    }
  }

  private void print(String name, String typewire, String other, double goal) {
    JsonNode t = results.get(typewire);
    JsonNode o = results.get(other);
    if (t == null || o == null) {
      System.out.println(
          "RESULT " + name + " 0 benchmark did not run: " + (t == null ? typewire : other));
      return;
    }
    double ratio = score(t) / score(o);
    String verdict =
        goal <= 0
            ? ""
            : String.format(Locale.ROOT, "; goal >= %s %s", goal, ratio >= goal ? "met" : "MISSED");
    System.out.println(
        String.format(
            Locale.ROOT,
            "RESULT %s %.2f %s %s vs %s %s%s",
            name,
            ratio,
            shortName(typewire),
            describe(t),
            shortName(other),
            describe(o),
            verdict));
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
    JsonNode alloc = allocation(result.path("secondaryMetrics"));
    if (alloc != null) {
      text +=
          String.format(
              Locale.ROOT, " (gc.alloc.rate.norm %.0f B/op)", alloc.get("score").asDouble());
    }
    return text;
  }

  private static JsonNode allocation(JsonNode secondary) {
    for (var it = secondary.fields(); it.hasNext(); ) {
      var field = it.next();
      if (field.getKey().endsWith("gc.alloc.rate.norm")) {
        return field.getValue();
      }
    }
    return null;
  }

  private static String shortName(String benchmark) {
    return benchmark.substring(benchmark.lastIndexOf('.') + 1);
  }
}
