package dev.typewire.testing.internal;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Writes a string that a description's {@code pattern} accepts, for identifiers such as {@code
 * ^VA[0-9a-fA-F]{32}$} that no fixed candidate matches. It walks the common subset of regular
 * expressions (literals, escapes, classes, groups, alternation, quantifiers, anchors) taking the
 * first branch and the smallest count each time; what it cannot read gives no example, and every
 * result is confirmed with {@link Pattern} before it is used. The pattern is an ECMA-262 one, as
 * JSON Schema has it: the walk reads it in Java syntax ({@link EcmaPattern}).
 */
public final class PatternExample {

  private final String pattern;
  private final int minLength;
  private int position;

  private PatternExample(String pattern, int minLength) {
    this.pattern = pattern;
    this.minLength = minLength;
  }

  /**
   * A string of at least {@code minLength} code points that {@code pattern} finds a match in, or
   * empty when the pattern uses constructs this walk does not read.
   */
  public static Optional<String> of(String ecmaPattern, int minLength) {
    String pattern = EcmaPattern.inJavaSyntax(ecmaPattern);
    Pattern compiled;
    try {
      compiled = Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      return Optional.empty();
    }
    // Unbounded repetitions first get their minimum, then as many as the length asks for.
    for (int floor : new int[] {0, Math.max(0, minLength)}) {
      try {
        PatternExample walk = new PatternExample(pattern, floor);
        String text = walk.alternation();
        if (walk.position == pattern.length()
            && compiled.matcher(text).find()
            && text.codePointCount(0, text.length()) >= minLength) {
          return Optional.of(text);
        }
      } catch (IllegalArgumentException | IndexOutOfBoundsException unreadable) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private String alternation() {
    String first = sequence();
    while (position < pattern.length() && pattern.charAt(position) == '|') {
      position++;
      sequence();
    }
    return first;
  }

  private String sequence() {
    StringBuilder text = new StringBuilder();
    while (position < pattern.length()) {
      char c = pattern.charAt(position);
      if (c == '|' || c == ')') {
        break;
      }
      if (c == '^' || c == '$') {
        position++;
        continue;
      }
      String atom = atom();
      int[] bounds = quantifier();
      int count = bounds[0];
      if (bounds[1] > count && minLength > 0) {
        count = Math.min(bounds[1], Math.max(count, minLength));
      }
      text.append(atom.repeat(count));
    }
    return text.toString();
  }

  private String atom() {
    char c = pattern.charAt(position++);
    return switch (c) {
      case '(' -> group();
      case '[' -> String.valueOf(characterClass());
      case '.' -> "a";
      case '\\' -> escape();
      default -> String.valueOf(c);
    };
  }

  private String group() {
    if (pattern.startsWith("?:", position)) {
      position += 2;
    } else if (pattern.startsWith("?<", position)
        && position + 2 < pattern.length()
        && Character.isLetter(pattern.charAt(position + 2))) {
      position = pattern.indexOf('>', position) + 1;
    } else if (pattern.startsWith("?", position)) {
      throw new IllegalArgumentException("lookaround");
    }
    String inner = alternation();
    expect(')');
    return inner;
  }

  private String escape() {
    char c = pattern.charAt(position++);
    return switch (c) {
      case 'd' -> "1";
      case 'w' -> "a";
      case 's' -> " ";
      case 'D', 'W', 'S' -> "-";
      case 'b', 'B' -> throw new IllegalArgumentException("word boundary");
      case 'n' -> "\n";
      case 't' -> "\t";
      case 'u' -> {
        String hex = pattern.substring(position, position + 4);
        position += 4;
        yield String.valueOf((char) Integer.parseInt(hex, 16));
      }
      default -> {
        if (Character.isLetterOrDigit(c)) {
          throw new IllegalArgumentException("escape \\" + c);
        }
        yield String.valueOf(c);
      }
    };
  }

  /** The first character a class admits; a negated class gets a letter or digit it excludes. */
  private char characterClass() {
    boolean negated = pattern.charAt(position) == '^';
    if (negated) {
      position++;
    }
    StringBuilder members = new StringBuilder();
    boolean first = true;
    while (first || pattern.charAt(position) != ']') {
      first = false;
      char c = pattern.charAt(position++);
      if (c == '\\') {
        String escaped = escape();
        members.append(escaped);
        continue;
      }
      if (c == '[') {
        throw new IllegalArgumentException("nested class");
      }
      if (pattern.charAt(position) == '-' && pattern.charAt(position + 1) != ']') {
        position++;
        char to = pattern.charAt(position++);
        if (to == '\\') {
          to = escape().charAt(0);
        }
        for (char member = c; member <= to && member >= c; member++) {
          members.append(member);
        }
        continue;
      }
      members.append(c);
    }
    position++;
    if (!negated) {
      return members.charAt(0);
    }
    for (char candidate : "a1A-_x".toCharArray()) {
      if (members.indexOf(String.valueOf(candidate)) < 0) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("negated class excludes every candidate");
  }

  /** The repetition bounds of the atom just read: {min, max}, max unbounded as MAX_VALUE. */
  private int[] quantifier() {
    if (position >= pattern.length()) {
      return new int[] {1, 1};
    }
    int[] bounds;
    char c = pattern.charAt(position);
    if (c == '?') {
      bounds = new int[] {0, 1};
      position++;
    } else if (c == '*') {
      bounds = new int[] {0, Integer.MAX_VALUE};
      position++;
    } else if (c == '+') {
      bounds = new int[] {1, Integer.MAX_VALUE};
      position++;
    } else if (c == '{' && pattern.indexOf('}', position) > position) {
      String[] range =
          pattern.substring(position + 1, pattern.indexOf('}', position)).split(",", -1);
      int min = Integer.parseInt(range[0].trim());
      int max =
          range.length == 1
              ? min
              : range[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(range[1].trim());
      bounds = new int[] {min, max};
      position = pattern.indexOf('}', position) + 1;
    } else {
      return new int[] {1, 1};
    }
    if (position < pattern.length()
        && (pattern.charAt(position) == '?' || pattern.charAt(position) == '+')) {
      position++;
    }
    return bounds;
  }

  private void expect(char c) {
    if (pattern.charAt(position) != c) {
      throw new IllegalArgumentException("expected " + c);
    }
    position++;
  }
}
