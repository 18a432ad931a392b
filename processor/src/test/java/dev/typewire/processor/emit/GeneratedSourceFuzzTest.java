package dev.typewire.processor.emit;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer looks for a text that, in every slot of {@link SlotTemplate}, changes the shape of the
 * generated code or a literal's value ({@link SourceShape}).
 *
 * <p>In a normal build (regression mode) this replays only the seed inputs in {@code
 * src/test/resources/dev/typewire/processor/emit/GeneratedSourceFuzzTestInputs/keepsItsShape/}, a
 * few compilations. Each input is read as UTF-16BE code units, so it can hold any string, unpaired
 * surrogates included. To fuzz for real (each input compiles, so expect a few per second; on Linux
 * or macOS):
 *
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw -B -pl processor test -Dtest=GeneratedSourceFuzzTest -Dspotless.check.skip
 * </pre>
 *
 * A finding is written to the inputs directory above and replayed by every later build; fix the
 * escaping, keep the file, and add its text to {@code GeneratedSourcePropertyTest.ADVERSARIAL}.
 */
class GeneratedSourceFuzzTest {

  @FuzzTest(maxDuration = "30m")
  void keepsItsShape(byte[] data) throws Exception {
    if (data.length > 8000) {
      // Text that long in a literal slot is an error by design (TW-TEXT-TOO-LONG), not a finding.
      return;
    }
    char[] text = new char[data.length / 2];
    for (int i = 0; i < text.length; i++) {
      text[i] = (char) ((data[2 * i] & 0xff) << 8 | (data[2 * i + 1] & 0xff));
    }
    String value = new String(text);
    SourceShape.check(slot -> value);
  }
}
