package dev.typewire.processor.emit;

import com.palantir.javapoet.CodeBlock;
import dev.typewire.processor.model.Docs;

/**
 * What the schema says about an element, as Javadoc; every piece of it through {@link JavadocText}.
 */
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
      block.add("\n<p>Example: $L\n", JavadocText.code(docs.example()));
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
}
