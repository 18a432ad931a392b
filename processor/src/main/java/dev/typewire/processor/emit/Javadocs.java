package dev.typewire.processor.emit;

import com.palantir.javapoet.CodeBlock;
import dev.typewire.processor.model.Docs;

/** Schema text to Javadoc: escaped so that no description can break the generated source. */
final class Javadocs {

  private Javadocs() {}

  /** The summary, then the description, then the example; empty when the schema says nothing. */
  static CodeBlock of(Docs docs) {
    CodeBlock.Builder block = CodeBlock.builder();
    String text = text(docs);
    if (!text.isEmpty()) {
      block.add("$L\n", text);
    }
    if (docs.example() != null) {
      block.add("\n<p>Example: {@code $L}\n", escapeCode(docs.example()));
    }
    return block.build();
  }

  /**
   * One paragraph of the summary and description, then the default ({@code Default: x}), for
   * {@code @param} lines.
   */
  static String text(Docs docs) {
    StringBuilder text = new StringBuilder();
    if (docs.summary() != null) {
      text.append(escape(docs.summary()));
      if (!docs.summary().endsWith(".")) {
        text.append('.');
      }
    }
    if (docs.description() != null && !docs.description().equals(docs.summary())) {
      if (text.length() > 0) {
        text.append("\n\n<p>");
      }
      text.append(escape(docs.description()));
    }
    if (docs.defaultValue() != null) {
      text.append(text.length() > 0 ? " " : "")
          .append("Default: {@code ")
          .append(escapeCode(docs.defaultValue()))
          .append("}.");
    }
    return text.toString();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("*/", "*&#47;")
        .replace("@", "{@literal @}")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\\u", "\\\\u");
  }

  /** Inside a Javadoc code tag only comment ends, unicode escapes and unbalanced braces matter. */
  static String escapeCode(String text) {
    String escaped = text.replace("*/", "*&#47;").replace("\\u", "\\\\u");
    long open = escaped.chars().filter(c -> c == '{').count();
    long close = escaped.chars().filter(c -> c == '}').count();
    return open == close ? escaped : escaped.replace("{", "&#123;").replace("}", "&#125;");
  }
}
