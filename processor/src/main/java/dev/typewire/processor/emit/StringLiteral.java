package dev.typewire.processor.emit;

import com.palantir.javapoet.CodeBlock;

/**
 * The one way schema text becomes a Java string literal: wire names, paths, enum and discriminator
 * values, header names, the server URL.
 *
 * <p>Not JavaPoet's {@code $S}: it writes U+2028 and U+2029 raw, and its code writer then breaks
 * the line there, leaving the literal unclosed; it also splits a text with newlines into a
 * concatenation. This writes one literal on one line in plain ASCII: quote and backslash escaped,
 * other ASCII control characters as octal escapes, everything beyond ASCII as a Unicode escape.
 * Octal, because a Unicode escape of a line feed or quote would be decoded by javac before the
 * literal is read, and end it. A Unicode escape here always follows an even run of backslashes (an
 * escaped backslash is two), so javac reads it as one.
 */
final class StringLiteral {

  private StringLiteral() {}

  static CodeBlock of(String text) {
    return CodeBlock.of("$L", source(text));
  }

  /** The literal's source text, quotes included. */
  static String source(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            // Octal, three digits: c is below 0x80.
            out.append('\\').append(c >> 6).append((c >> 3) & 7).append(c & 7);
          } else if (c > 0x7f) {
            AsciiSource.appendUnicodeEscape(out, c);
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
