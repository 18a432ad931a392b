package dev.typewire.processor.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * No schema text changes what the generated code is: with hostile text in every slot of {@link
 * SlotTemplate}, the sources compile to the same trees as with placeholders, and every string
 * literal holds exactly its text ({@link SourceShape}). A few compilations, each with a different
 * hostile text in every slot, keep this to seconds.
 */
class GeneratedSourcePropertyTest {

  /** Each of these has broken, or could break, generated source somewhere. */
  static final List<String> ADVERSARIAL =
      List.of(
          "\\u002a/",
          "\\\\u002a/",
          "\\\\\\u002a/",
          "\\\\\\\\u002a/",
          "\\\\\\\\\\u002a/",
          "\\uuu002a/",
          "\\u000a",
          "\\u0022",
          "\\u005c",
          "*/",
          "/*",
          "/**/",
          "*",
          "/",
          "//",
          "@param x",
          "\n@return y",
          "{@code ",
          "{@link Object}",
          "{",
          "}",
          "@",
          "</pre>",
          "<p",
          "<!--",
          "&",
          "&amp;",
          "&#47;",
          "<script>",
          "\r",
          "\n",
          "\r\n",
          "\u2028",
          "\u2029",
          "\u0085",
          "\u000b",
          "\u000c",
          "\u0000",
          "\u0001",
          "\u001a",
          "\u007f",
          "\u009f",
          "\ud800",
          "\udc00",
          "\udc00\ud800",
          "\ud83d\ude00",
          "\"",
          "\\",
          "\\\"",
          "'",
          "$S",
          "$L",
          "$$",
          "%s",
          "\"); System.exit(1); //",
          "*/ static { System.exit(1); } /*",
          "",
          " ",
          "\u00e9",
          "\u200b",
          "\ufeff",
          "\u202e",
          "\u0000\u0000\u0000",
          "a".repeat(3000));

  @Test
  void eachHostileTextAloneInEverySlot() throws Exception {
    SourceShape.check(slot -> ADVERSARIAL.get(slot % ADVERSARIAL.size()));
    SourceShape.check(slot -> ADVERSARIAL.get((slot + 29) % ADVERSARIAL.size()));
  }

  @Test
  void allHostileTextsTogetherInEverySlot() throws Exception {
    SourceShape.check(slot -> rotated(ADVERSARIAL.subList(0, ADVERSARIAL.size() - 1), slot));
  }

  /** A seeded generator, so a failure repeats; the seed is in the method for that reason. */
  @Test
  void randomTexts() throws Exception {
    Random random = new Random(20261130L);
    for (int round = 0; round < 3; round++) {
      List<String> texts = new ArrayList<>();
      for (int i = 0; i < 80; i++) {
        texts.add(randomText(random));
      }
      SourceShape.check(slot -> texts.get(slot % texts.size()));
    }
  }

  private static String rotated(List<String> texts, int by) {
    int shift = by % texts.size();
    return texts.subList(shift, texts.size()).stream().collect(Collectors.joining())
        + String.join("", texts.subList(0, shift));
  }

  /** Mostly pieces that mean something to javac, Javadoc or HTML; sometimes any UTF-16 unit. */
  static String randomText(Random random) {
    String[] pieces = {
      "\\", "u", "002a", "000a", "0022", "*", "/", "\"", "@", "{", "}", "<", ">", "&", "#", ";",
      "\n", "\r", "\u2028", "\u0085", "\u0000", "$", "static ", "x", " ", "'", "%", "\t"
    };
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(40);
    for (int i = 0; i < length; i++) {
      int pick = random.nextInt(pieces.length + 3);
      if (pick < pieces.length) {
        text.append(pieces[pick]);
      } else if (pick == pieces.length) {
        text.appendCodePoint(0x10000 + random.nextInt(0xFFFFF));
      } else {
        text.append((char) random.nextInt(0x10000));
      }
    }
    return text.toString();
  }
}
