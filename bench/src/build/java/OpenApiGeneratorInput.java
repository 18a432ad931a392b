import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the copy of an OpenAPI 3.1 JSON schema that OpenAPI Generator 7.x reads in the benchmark,
 * with two text edits it needs (the schema itself is never touched):
 *
 * <ul>
 *   <li>a {@code "type": [...]} allowing more than one non-null type including "array" or "object"
 *       becomes a vendor extension, so the property is free-form: OpenAPI Generator otherwise emits
 *       an uncompilable {@code AnyOfstring<Object>} (Typewire decodes these as JsonNode);
 *   <li>{@code "format": "epoch-millis"} becomes {@code "int64"}: OpenAPI Generator otherwise types
 *       such integers as {@code Integer} and fails on real timestamps such as 1737457813000
 *       (Typewire decodes them as Instant), and no type mapping yields a usable {@code Long}.
 * </ul>
 *
 * <p>Run with the JDK's single-file launcher: {@code java OpenApiGeneratorInput.java in out}.
 */
public final class OpenApiGeneratorInput {
  private static final Pattern TYPE_ARRAY = Pattern.compile("\"type\"(\\s*:\\s*)\\[([^\\]]*)\\]");
  private static final Pattern EPOCH_MILLIS =
      Pattern.compile("\"format\"(\\s*:\\s*)\"epoch-millis\"");

  public static void main(String[] args) throws IOException {
    String in = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    Matcher m = TYPE_ARRAY.matcher(in);
    StringBuilder out = new StringBuilder();
    int freeForm = 0;
    while (m.find()) {
      List<String> types =
          Arrays.stream(m.group(2).split(","))
              .map(t -> t.trim().replace("\"", ""))
              .filter(t -> !t.equals("null"))
              .toList();
      String replacement = m.group();
      if (types.size() > 1 && (types.contains("array") || types.contains("object"))) {
        replacement = "\"x-bench-free-form-type\"" + m.group(1) + "[" + m.group(2) + "]";
        freeForm++;
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    Matcher e = EPOCH_MILLIS.matcher(out);
    long epochMillis = e.results().count();
    String text = e.replaceAll("\"format\"$1\"int64\"");
    Path target = Path.of(args[1]);
    Files.createDirectories(target.getParent());
    Files.writeString(target, text, StandardCharsets.UTF_8);
    System.out.println(
        "OpenApiGeneratorInput: "
            + freeForm
            + " multi-type properties made free-form, "
            + epochMillis
            + " epoch-millis formats made int64, in "
            + target);
  }
}
