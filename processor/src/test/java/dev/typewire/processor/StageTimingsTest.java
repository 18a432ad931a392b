package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/** {@code -Atypewire.timings=true}: one NOTE naming each stage, off by default. */
class StageTimingsTest {

  private static final String SCHEMA = "periskope/openapi.json";
  private static final Pattern LAP = Pattern.compile(" (\\d+) ms \\(cpu (\\d+) ms\\)");

  @Test
  void notesEachStageAndTheTotalWhenAsked() {
    Compilation compilation = SchemaCompiler.compile(SCHEMA, "-Atypewire.timings=true");

    assertThat(compilation).succeeded();
    List<String> notes = timingNotes(compilation);
    assertEquals(1, notes.size(), notes.toString());
    String note = notes.get(0);
    for (String stage :
        List.of("locate", "parse", "read model", "validate", "sources", "write (Filer)")) {
      assertTrue(note.contains(stage + " "), stage + " missing from: " + note);
    }
    long laps = 0;
    long cpuLaps = 0;
    int count = 0;
    Matcher lap = LAP.matcher(note.substring(0, note.indexOf(';')));
    while (lap.find()) {
      laps += Long.parseLong(lap.group(1));
      cpuLaps += Long.parseLong(lap.group(2));
      count++;
    }
    assertTrue(count >= 6, "a stage without its wall and CPU time in: " + note);
    Matcher total = Pattern.compile("processor total (\\d+) ms").matcher(note);
    assertTrue(total.find(), note);
    // The stages run one after the other: truncated to whole milliseconds, they fit in the total.
    assertTrue(laps <= Long.parseLong(total.group(1)), note);
    Matcher cpu = Pattern.compile("processor cpu (\\d+) ms").matcher(note);
    assertTrue(cpu.find(), note);
    assertTrue(cpuLaps <= Long.parseLong(cpu.group(1)), note);
    // Generating Periskope's client takes measurable work on javac's thread.
    assertTrue(Long.parseLong(cpu.group(1)) > 0, note);
  }

  @Test
  void saysNothingByDefault() {
    Compilation compilation = SchemaCompiler.compile(SCHEMA);

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(List.of(), timingNotes(compilation));
  }

  private static List<String> timingNotes(Compilation compilation) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.NOTE)
        .map(d -> d.getMessage(null))
        .filter(m -> m.startsWith("[TW-TIMINGS]"))
        .toList();
  }
}
