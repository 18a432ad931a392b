package dev.typewire.processor.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the escaping in one place per slot: a new emitter line using JavaPoet's {@code $S} (which
 * breaks literals at U+2028) or a Javadoc code tag around text fails here, before any schema finds
 * it. The property test proves the escapers; this keeps every emitter going through them.
 */
class EscapingPolicyTest {

  private static final Path EMITTERS = Path.of("src/main/java/dev/typewire/processor/emit");

  @Test
  void noEmitterWritesStringLiteralsOrCodeTagsOfItsOwn() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(EMITTERS)) {
      files = list.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    assertFalse(files.isEmpty(), "run from the processor module");
    for (Path file : files) {
      if (file.endsWith("StringLiteral.java")) {
        continue;
      }
      List<String> lines = Files.readAllLines(file);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        String where = file.getFileName() + ":" + (i + 1) + ": " + line.strip();
        assertFalse(line.contains("$S"), "use StringLiteral.of, not $S: " + where);
        assertFalse(
            line.contains("{@code \" +") || line.contains("{@code $L"),
            "schema text in a code tag; use JavadocText.code: " + where);
      }
    }
    assertEquals(
        1,
        files.stream().filter(f -> f.endsWith("StringLiteral.java")).count(),
        "the literal escaper moved; update this test");
  }
}
