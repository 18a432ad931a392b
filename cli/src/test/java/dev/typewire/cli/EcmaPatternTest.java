package dev.typewire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.typewire.testing.internal.EcmaPattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EcmaPatternTest {

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '"',
      value = {
        "^[0-9a-f]{4}(?:-?[0-9a-f]{4}){7}$ => ^[0-9a-f]{4}(?:-?[0-9a-f]{4}){7}$",
        "^(?:{[0-9]{4}}|x{2,})$ => ^(?:\\{[0-9]{4}\\}|x{2,})$",
        "a{,3}b{x} => a\\{,3\\}b\\{x\\}",
        "\\{\\}{1} => \\{\\}{1}",
        "[{}[\\]] => [{}\\[\\]]",
        "[a&&b]c => [a\\&\\&b]c",
      })
  void escapesOnlyWhatEcma262ReadsLiterally(String ecma, String java) {
    assertEquals(java, EcmaPattern.inJavaSyntax(ecma));
  }
}
