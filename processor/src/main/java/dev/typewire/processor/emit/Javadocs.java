package dev.typewire.processor.emit;

import com.palantir.javapoet.CodeBlock;
import dev.typewire.processor.model.Docs;

/**
 * What the schema says about an element, as Javadoc; every piece of it through {@link JavadocText}.
 */
final class Javadocs {

  /**
   * Where schema prose is wrapped: a Javadoc line of a nested member then ends near column 90, as a
   * hand-written comment would, instead of running a whole paragraph on one line.
   */
  static final int WIDTH = 80;

  private Javadocs() {}

  /** The summary, then the description, then the example; empty when the schema says nothing. */
  static CodeBlock of(Docs docs) {
    CodeBlock.Builder block = CodeBlock.builder();
    String text = text(docs);
    if (!text.isEmpty()) {
      block.add("$L\n", wrap(text, 0));
    }
    if (docs.example() != null) {
      block.add("\n<p>Example: $L\n", JavadocText.code(docs.example()));
    }
    return block.build();
  }

  /**
   * One paragraph of the summary and description, then the default ({@code Default: x}), for
   * {@code @param} lines; unwrapped, for the caller's template to {@link #wrap} whole.
   */
  static String text(Docs docs) {
    StringBuilder text = new StringBuilder();
    if (docs.summary() != null) {
      text.append(JavadocText.prose(docs.summary()));
      if (!docs.summary().endsWith(".")) {
        text.append('.');
      }
    }
    if (docs.description() != null && !docs.description().equals(docs.summary())) {
      if (text.length() > 0) {
        text.append("\n\n<p>");
      }
      text.append(JavadocText.prose(docs.description()));
    }
    if (docs.defaultValue() != null) {
      text.append(text.length() > 0 ? " " : "")
          .append("Default: ")
          .append(JavadocText.code(docs.defaultValue()))
          .append('.');
    }
    return text.toString();
  }

  /**
   * The text of a parameter's block tag, wrapped after the columns the tag and {@code name} take,
   * its continuation lines indented by four as block tags are.
   */
  static String param(String name, String text) {
    return wrap(text, "@param ".length() + name.length() + 1, "    ");
  }

  /** {@link #wrap(String, int, String)} without a continuation indent. */
  static String wrap(String text, int lead) {
    return wrap(text, lead, "");
  }

  /**
   * {@code text} with every line longer than {@link #WIDTH} broken at spaces, the first line after
   * {@code lead} columns of a template, each line it starts after {@code indent}. Layout only: it
   * adds no character but the line break JavaPoet turns into a new comment line (in place of a
   * space before a word) and the indent, and it never breaks before a word starting with {@code *},
   * which Javadoc would strip as a line's leading star, or with an at sign, which would start a
   * block tag there (escaped schema text has none; templates might).
   */
  static String wrap(String text, int lead, String indent) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    // The first line already holds lead columns ("@param name ", "<p>").
    int lineStart = -lead;
    int lastBreak = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c);
      if (c == '\n') {
        lineStart = out.length();
        lastBreak = -1;
      } else if (c == ' ' && i + 1 < text.length() && " \n*@".indexOf(text.charAt(i + 1)) < 0) {
        lastBreak = out.length() - 1;
      }
      if (out.length() - lineStart > WIDTH && lastBreak >= 0) {
        out.setCharAt(lastBreak, '\n');
        out.insert(lastBreak + 1, indent);
        lineStart = lastBreak + 1;
        lastBreak = -1;
      }
    }
    return out.toString();
  }
}
