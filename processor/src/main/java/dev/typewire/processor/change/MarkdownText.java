package dev.typewire.processor.change;

/**
 * Escapes description text for Markdown: names and paths from a description must read as text,
 * never as links, emphasis, HTML or new list items, in release notes pasted anywhere.
 */
final class MarkdownText {

  private static final String SIGNIFICANT = "\\`*_{}[]()<>#+-.!|~&";

  private MarkdownText() {}

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n') {
        out.append(' ');
      } else if (SIGNIFICANT.indexOf(c) >= 0) {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
