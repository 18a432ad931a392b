package dev.typewire.processor.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The escapes written digit by digit (octal and hex, without {@code String.format}) have the exact
 * width and case javac and readers expect, at both ends of each range.
 */
class EscapeDigitsTest {

  @Test
  void literalsEscapeControlCharactersInThreeOctalDigitsAndTheRestInFourHexDigits() {
    assertEquals(
        "\"\\000\\001\\037\\177\\u0080\\u2028\\uffff\"",
        StringLiteral.source("\u0000\u0001\u001f\u007f\u0080\u2028\uffff"));
  }

  @Test
  void sourceEscapesEveryNonAsciiCharacterInLowerCaseHex() {
    assertEquals("a\\u00e9b\\u2192\\ud83d\\ude00", AsciiSource.of("a\u00e9b\u2192\ud83d\ude00"));
  }

  @Test
  void javadocShowsUnshowableCharactersAsUpperCaseCodePoints() {
    assertEquals("aU+0007bU+D800c", JavadocText.prose("a\u0007b\ud800c"));
  }
}
