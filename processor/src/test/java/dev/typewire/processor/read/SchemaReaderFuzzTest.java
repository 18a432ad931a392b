package dev.typewire.processor.read;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing of parser, reader and validator with Jazzer.
 *
 * <p>In a normal build (regression mode) this replays only the seed inputs in {@code
 * src/test/resources/dev/typewire/processor/read/SchemaReaderFuzzTestInputs/readsAnyInput/}, which
 * takes a second. To fuzz for real (about ten minutes, on Linux or macOS):
 *
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw -B -pl processor test -Dtest=SchemaReaderFuzzTest -Dspotless.check.skip
 * </pre>
 *
 * A crash is written to the inputs directory above, so it becomes a seed that every later build
 * replays; fix the bug and keep the file (and add a named test in InvalidSchemaTest if it shows a
 * case users can meet).
 */
class SchemaReaderFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void readsAnyInput(byte[] data) {
    // The first byte picks the file name, so both the JSON and the YAML parser are fuzzed.
    if (data.length == 0) {
      return;
    }
    String path = (data[0] & 1) == 0 ? "fuzz.json" : "fuzz.yaml";
    String text = new String(data, 1, data.length - 1, StandardCharsets.UTF_8);
    ReaderProperty.check(path, text);
  }
}
