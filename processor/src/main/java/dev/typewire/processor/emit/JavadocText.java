package dev.typewire.processor.emit;

/**
 * The one way schema text enters a Javadoc comment. A description is untrusted input: it may try to
 * end the comment ({@code *}{@code /}), start a Unicode escape (javac turns a backslash-u sequence
 * into a character before it even sees the comment, so an escaped star-slash ends the comment too),
 * add a Javadoc tag ({@code @param} at a line start, an inline tag opened by a brace-at) or break
 * the page with HTML.
 *
 * <p>So every character with a meaning there becomes an HTML character reference, which javac
 * ignores and Javadoc shows as the character: no backslash, at sign, angle bracket or ampersand of
 * the schema reaches the source. Line terminators become JavaPoet's newline (it starts the next
 * comment line); other control characters and unpaired surrogates, which cannot be shown, are
 * written as {@code U+XXXX}. Non-ASCII text is kept; {@link AsciiSource} escapes it for the file.
 */
final class JavadocText {

  private JavadocText() {}

  /** Schema text as Javadoc prose. */
  static String prose(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '@' -> out.append("&#64;");
        case '\\' -> out.append("&#92;");
        case '{' -> out.append("&#123;");
        case '}' -> out.append("&#125;");
        case '/' -> out.append(touchesStar(text, i) || atEnd(text, i) ? "&#47;" : "/");
        case '*' -> out.append(atEnd(text, i) ? "&#42;" : "*");
        case '\t' -> out.append(c);
        case '\n', '\u0085', '\u2028', '\u2029' -> out.append('\n');
        case '\r' -> {
          out.append('\n');
          if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
        }
        default -> {
          if (Character.isISOControl(c) || unpaired(text, i)) {
            out.append("U+")
                .append(
                    AsciiSource.appendHex4(new StringBuilder(4), c)
                        .toString()
                        .toUpperCase(java.util.Locale.ROOT));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * Schema text shown as code: {@code <code>} with the text escaped as prose. Not Javadoc's code
   * tag, inside which character references are not decoded, so it could show the text only raw.
   */
  static String code(String text) {
    return "<code>" + prose(text) + "</code>";
  }

  /**
   * A star or slash at either end could pair with the text around the slot; escaping them keeps the
   * result safe wherever a template puts it.
   */
  private static boolean atEnd(String text, int i) {
    return i == 0 || i == text.length() - 1;
  }

  /** A slash next to a star could end the comment or, harmlessly but confusingly, open one. */
  private static boolean touchesStar(String text, int i) {
    return (i > 0 && text.charAt(i - 1) == '*')
        || (i + 1 < text.length() && text.charAt(i + 1) == '*');
  }

  private static boolean unpaired(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return false;
  }
}
