package dev.typewire.cli;

import dev.typewire.processor.change.Change;
import dev.typewire.processor.change.ChangeDetector;
import dev.typewire.processor.change.ChangeReport;
import dev.typewire.processor.change.DescriptionReader;
import dev.typewire.processor.model.ApiModel;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code typewire diff PREVIOUS CURRENT [--format json|markdown|text] [--fail-on
 * breaking|warning]}: the processor's change report, for two files. JSON and Markdown are the
 * processor's {@code typewire-changes.json} and {@code .md}, byte for byte.
 *
 * <p>Exit status: 1 when a change at or above the {@code --fail-on} level was found, 2 for a usage
 * error or a description that cannot be read, else 0.
 */
final class DiffCommand {

  static final String USAGE =
      "usage: typewire diff PREVIOUS CURRENT [--format json|markdown|text]"
          + " [--fail-on breaking|warning]";

  private DiffCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length < 3 || !args[0].equals("diff")) {
      err.println(USAGE);
      return 2;
    }
    String format = "text";
    Change.Level failOn = null;
    // Every option takes a value: step over both.
    for (int i = 3; i < args.length; i += 2) {
      String value = i + 1 < args.length ? args[i + 1] : "";
      if (args[i].equals("--format") && value.matches("json|markdown|text")) {
        format = value;
      } else if (args[i].equals("--fail-on") && value.matches("breaking|warning")) {
        failOn = value.equals("breaking") ? Change.Level.BREAKING : Change.Level.WARNING;
      } else {
        err.println("unknown or incomplete option '" + args[i] + "'");
        err.println(USAGE);
        return 2;
      }
    }
    ChangeReport report;
    try {
      ApiModel previous = read(args[1]);
      ApiModel current = read(args[2]);
      report = new ChangeReport(args[1], args[2], ChangeDetector.compare(previous, current));
    } catch (DescriptionReader.UnreadableException | IOException e) {
      err.println("typewire diff: " + e.getMessage());
      return 2;
    }
    out.print(
        switch (format) {
          case "json" -> report.json();
          case "markdown" -> report.markdown();
          default -> report.text();
        });
    out.flush();
    Change.Level threshold = failOn;
    return threshold != null
            && report.changes().stream()
                .anyMatch(change -> change.level().compareTo(threshold) <= 0)
        ? 1
        : 0;
  }

  private static ApiModel read(String file)
      throws IOException, DescriptionReader.UnreadableException {
    Path path = Path.of(file);
    if (!Files.isRegularFile(path)) {
      throw new IOException("no such file: " + file);
    }
    return DescriptionReader.read(file, Files.readString(path, StandardCharsets.UTF_8));
  }
}
