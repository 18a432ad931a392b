package dev.typewire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.typewire.testing.internal.PatternExample;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PatternExampleTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "^VA[0-9a-fA-F]{32}$",
        "^[a-z][a-z0-9_-]{2,15}$",
        "^(?:\\+|00)[1-9]\\d{6,14}$",
        "^(red|green)-[^0-9\\s]+\\.json$",
        "^\\$[A-Z]{3}(?<rest>x?y*)\\u0041$",
        "[^a]",
        "^a{2,}b+$"
      })
  void examplesMatchTheirPattern(String pattern) {
    Optional<String> example = PatternExample.of(pattern, 0);

    assertTrue(example.isPresent(), pattern);
    assertTrue(Pattern.compile(pattern).matcher(example.get()).find(), example.get());
  }

  @ParameterizedTest
  @ValueSource(strings = {"^[a-z]+$", "^x(ab)*$", "^\\d{2,}$"})
  void unboundedRepetitionsGrowToTheMinimumLength(String pattern) {
    String example = PatternExample.of(pattern, 12).orElseThrow();

    assertTrue(example.length() >= 12, example);
    assertTrue(Pattern.compile(pattern).matcher(example).find(), example);
  }

  @ParameterizedTest
  @ValueSource(strings = {"^(?!abc)[a-z]+$", "\\bword\\b", "(unclosed", "^[\\p{L}]+$"})
  void unreadablePatternsGiveNoExample(String pattern) {
    assertEquals(Optional.empty(), PatternExample.of(pattern, 0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"^[^0-9]{3}$", "^[^a-zA-Z0-9]$"})
  void negatedClassesPickAnExcludedCharacter(String pattern) {
    String example = PatternExample.of(pattern, 0).orElseThrow();

    assertTrue(Pattern.compile(pattern).matcher(example).find(), example);
  }

  @Test
  void bareBracesAreLiteralsAsInEcma262() {
    String example =
        PatternExample.of("^(?:{[0-9a-fA-F]{4}(?:-?[0-9a-fA-F]{4}){7}}|x)$", 0).orElseThrow();

    assertEquals("{" + "0".repeat(32) + "}", example);
  }
}
