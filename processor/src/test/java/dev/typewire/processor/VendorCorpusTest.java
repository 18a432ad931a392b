package dev.typewire.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Vendor corpus: real API descriptions published by their vendors (vendored whole under {@code
 * vendor/<vendor-api>/}, each with its LICENSE and SOURCE.md; list in {@code vendor/NOTICE.md}) go
 * through the processor once each. javac errors in generated code and {@code [TW-BUG]} always fail;
 * otherwise the outcome (compiles or refused, the Typewire warning ids with their counts, the first
 * error id) must equal its row in {@code vendor/expected.tsv}, so that any change in behaviour on a
 * description nobody here wrote shows up in review.
 *
 * <p>After an intended change, regenerate the table with {@code
 * -Dtypewire.vendorCorpus.update=true} (it rewrites {@code expected.tsv} in the source tree) and
 * review its diff. {@code -Dtypewire.vendorCorpus.all=true} also runs {@link #BENCH_ONLY}.
 */
class VendorCorpusTest {

  private static final String ROOT = "vendor";

  /** Documents too slow for the default build, with the reason; run with the "all" switch. */
  private static final Map<String, String> BENCH_ONLY =
      Map.of(
          "openai/openapi.yaml", "3.0 MB, about 95 s",
          "discord/openapi.json", "1.2 MB, about 40 s",
          "adyen-checkout/CheckoutService-v71.json", "0.9 MB, about 30 s",
          "box-v2024/openapi.json", "1.8 MB, about 40 s",
          "lob/lob-api-bundled.yml", "1.0 MB, about 19 s");

  private static final boolean UPDATE = Boolean.getBoolean("typewire.vendorCorpus.update");
  private static final boolean ALL = Boolean.getBoolean("typewire.vendorCorpus.all");

  private static final Pattern ID = Pattern.compile("^\\[(TW-[A-Z0-9-]+)]");

  private static final String HEADER = "document\toutcome\twarnings\tfirst_error";

  /** Rows observed in this run, by document; written back to the table in update mode. */
  private static final Map<String, String> observed = new ConcurrentSkipListMap<>();

  static Stream<String> documents() throws IOException, URISyntaxException {
    return allDocuments().stream().filter(d -> ALL || !BENCH_ONLY.containsKey(d));
  }

  /** One description per directory: the file that is neither LICENSE nor a Markdown note. */
  private static List<String> allDocuments() throws IOException, URISyntaxException {
    Path dir = root();
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(p -> p.toString().matches(".*\\.(json|yaml|yml)$"))
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  private static Path root() throws URISyntaxException {
    URL root = Objects.requireNonNull(VendorCorpusTest.class.getResource("/" + ROOT));
    return Paths.get(root.toURI());
  }

  /** The checked-in table: document -> whole row. */
  private static Map<String, String> expected() throws IOException, URISyntaxException {
    List<String> lines = Files.readAllLines(root().resolve("expected.tsv"), StandardCharsets.UTF_8);
    assertEquals(HEADER, lines.get(0), "expected.tsv header");
    Map<String, String> rows = new TreeMap<>();
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isBlank()) {
        rows.put(line.substring(0, line.indexOf('\t')), line);
      }
    }
    return rows;
  }

  @Test
  void tableAndCorpusListTheSameDocuments() throws Exception {
    List<String> present = allDocuments();
    assertEquals(new TreeSet<>(present), expected().keySet());
    assertTrue(present.containsAll(BENCH_ONLY.keySet()), "bench-only but missing");
    Set<String> directories = new TreeSet<>();
    for (String document : present) {
      assertTrue(
          directories.add(document.substring(0, document.indexOf('/'))),
          "more than one description in the directory of " + document);
      Path dir = root().resolve(document).getParent();
      assertTrue(Files.isRegularFile(dir.resolve("LICENSE")), dir + " has no LICENSE");
      assertTrue(Files.isRegularFile(dir.resolve("SOURCE.md")), dir + " has no SOURCE.md");
    }
    long run = present.stream().filter(d -> !BENCH_ONLY.containsKey(d)).count();
    assertTrue(run >= 20, "the default run has " + run + " documents");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void outcomeIsTheRecordedOne(String document) throws Exception {
    // javac stops reporting after 100 warnings by default, which would cap the counts
    Compilation compilation =
        SchemaCompiler.compile(
            ROOT + "/" + document, "-Xlint:all,-processing", "-Xmaxwarns", "1000000");
    if (UPDATE) {
      writeDiagnostics(document, compilation);
    }
    Map<String, Integer> warnings = new TreeMap<>();
    List<String> errors = new ArrayList<>();
    for (Diagnostic<?> diagnostic : compilation.diagnostics()) {
      String message = diagnostic.getMessage(null);
      Matcher id = ID.matcher(message);
      switch (diagnostic.getKind()) {
        case ERROR:
          if (!id.find() || id.group(1).equals("TW-BUG")) {
            fail(document + ": not a clean Typewire error: " + diagnostic);
          }
          errors.add(id.group(1));
          break;
        case WARNING:
        case MANDATORY_WARNING:
          if (!id.find()) {
            fail(document + ": javac warns about generated code: " + diagnostic);
          }
          warnings.merge(id.group(1), 1, Integer::sum);
          break;
        default:
          break;
      }
    }
    String row =
        String.join(
            "\t",
            document,
            compilation.status() == Compilation.Status.SUCCESS ? "compiles" : "refused",
            warnings.isEmpty()
                ? "-"
                : warnings.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(",")),
            errors.isEmpty() ? "-" : errors.get(0));
    observed.put(document, row);
    if (!UPDATE) {
      assertEquals(expected().get(document), row, document + ": outcome changed");
    }
  }

  /** In update mode, the full messages, to review what changed: target/vendor-corpus/<dir>.txt. */
  private static void writeDiagnostics(String document, Compilation compilation)
      throws IOException {
    Path out = Paths.get("target/vendor-corpus", document.substring(0, document.indexOf('/')));
    Files.createDirectories(out.getParent());
    Files.write(
        Paths.get(out + ".txt"),
        compilation.diagnostics().stream()
            .map(d -> d.getKind() + " " + d.getMessage(null))
            .collect(Collectors.toList()),
        StandardCharsets.UTF_8);
  }

  /** In update mode, rewrites the table in the source tree (bench-only rows kept unless run). */
  @AfterAll
  static void writeTableInUpdateMode() throws Exception {
    if (!UPDATE) {
      return;
    }
    Map<String, String> rows = new TreeMap<>();
    Path table = Paths.get("src/test/resources", ROOT, "expected.tsv");
    if (Files.exists(table)) {
      rows.putAll(expected());
    }
    rows.keySet().retainAll(allDocuments());
    rows.putAll(observed);
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    lines.addAll(rows.values());
    Files.write(table, lines, StandardCharsets.UTF_8);
  }
}
