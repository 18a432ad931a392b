package dev.typewire.processor.emit;

/**
 * Writes a generated file as pure ASCII: every other character becomes a {@code \}{@code uXXXX}
 * escape, so the file means the same whatever {@code -encoding} the user compiles with, and no
 * invisible or line-breaking character of a schema (U+2028, a lone surrogate) lands raw in it.
 *
 * <p>This is safe because a Unicode escape only ever stands for the character it replaces, and
 * javac reads these before anything else: in a comment it is still comment text, in an identifier
 * still that letter ({@link StringLiteral} has already escaped everything beyond ASCII in
 * literals). The one trap is a backslash run before the escape: javac starts an escape only at a
 * backslash preceded by an even number of backslashes. Schema text has no backslash in comments
 * ({@link JavadocText}) and only doubled ones in literals, so the run is always even; an odd run
 * would be a bug and fails loudly.
 */
final class AsciiSource {

  private AsciiSource() {}

  static String of(String source) {
    StringBuilder out = null;
    int backslashes = 0;
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c < 0x80) {
        if (out != null) {
          out.append(c);
        }
        backslashes = c == '\\' ? backslashes + 1 : 0;
        continue;
      }
      if (backslashes % 2 != 0) {
        throw new IllegalStateException(
            "a non-ASCII character follows an odd run of backslashes at offset " + i);
      }
      if (out == null) {
        out = new StringBuilder(source.length() + 64).append(source, 0, i);
      }
      appendUnicodeEscape(out, c);
      backslashes = 0;
    }
    return out == null ? source : out.toString();
  }

  /** Appends {@code c} as a backslash-u escape (four lower-case hex digits). */
  static StringBuilder appendUnicodeEscape(StringBuilder out, char c) {
    return appendHex4(out.append("\\u"), c);
  }

  /**
   * Appends {@code c} as four lower-case hex digits. By hand rather than with {@code
   * String.format}, which parses its pattern again for every character.
   */
  static StringBuilder appendHex4(StringBuilder out, char c) {
    for (int shift = 12; shift >= 0; shift -= 4) {
      out.append(Character.forDigit((c >> shift) & 0xf, 16));
    }
    return out;
  }
}
