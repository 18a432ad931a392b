package dev.typewire.processor.change;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The changes between two descriptions in the three forms Typewire writes them: JSON for tools,
 * Markdown for release notes, plain text for a terminal. The processor and {@code typewire diff}
 * both write through here, so their files are the same.
 *
 * @param previous the previous description's name as the user gave it
 * @param current the current description's name
 */
public record ChangeReport(String previous, String current, List<Change> changes) {

  public static final String JSON_FILE = "typewire-changes.json";
  public static final String MARKDOWN_FILE = "typewire-changes.md";

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public ChangeReport {
    changes = List.copyOf(changes);
  }

  public long count(Change.Level level) {
    return changes.stream().filter(change -> change.level() == level).count();
  }

  public String json() {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("previous", previous);
    root.put("current", current);
    ObjectNode summary = root.putObject("summary");
    for (Change.Level level : Change.Level.values()) {
      summary.put(level.wireName(), count(level));
    }
    ArrayNode list = root.putArray("changes");
    for (Change change : changes) {
      ObjectNode node = list.addObject();
      node.put("rule", change.rule());
      node.put("level", change.level().wireName());
      ArrayNode affects = node.putArray("affects");
      for (Change.Affects side : Change.Affects.values()) {
        if (change.affects().contains(side)) {
          affects.add(side.wireName());
        }
      }
      if (change.operation() == null) {
        node.putNull("operation");
      } else {
        ObjectNode operation = node.putObject("operation");
        operation.put("operationId", change.operation().operationId());
        operation.put("method", change.operation().method());
        operation.put("path", change.operation().path());
      }
      ObjectNode pointer = node.putObject("pointer");
      pointer.put("previous", change.previousPointer());
      pointer.put("current", change.currentPointer());
      node.put("message", change.message());
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("# API changes\n\n")
        .append("From `")
        .append(code(previous))
        .append("` to `")
        .append(code(current))
        .append("`: ")
        .append(count(Change.Level.BREAKING))
        .append(" breaking, ")
        .append(count(Change.Level.WARNING))
        .append(" warnings, ")
        .append(count(Change.Level.INFO))
        .append(" other changes.\n");
    section(out, "Breaking changes", Change.Level.BREAKING);
    section(out, "Warnings", Change.Level.WARNING);
    section(out, "Other changes", Change.Level.INFO);
    return out.toString();
  }

  private void section(StringBuilder out, String title, Change.Level level) {
    List<Change> selected = changes.stream().filter(change -> change.level() == level).toList();
    if (selected.isEmpty()) {
      return;
    }
    out.append("\n## ").append(title).append("\n\n");
    for (Change change : selected) {
      out.append("- ");
      if (change.operation() != null) {
        out.append("**").append(MarkdownText.escape(change.operation().label())).append("**: ");
      }
      out.append(MarkdownText.escape(change.message()));
      if (!change.affects().isEmpty()) {
        out.append(" (").append(affects(change)).append(")");
      }
      out.append(" `").append(change.rule()).append("`\n");
    }
  }

  /** Text inside a code span: a backtick would end it, and a line break would end the item. */
  private static String code(String text) {
    return text.replace('`', '\'').replaceAll("[\\r\\n]", " ");
  }

  public String text() {
    StringBuilder out = new StringBuilder();
    for (Change change : changes) {
      out.append(change.level().wireName()).append(' ').append(change.rule());
      if (!change.affects().isEmpty()) {
        out.append(" [").append(affects(change)).append(']');
      }
      if (change.operation() != null) {
        out.append(' ').append(change.operation().label());
      }
      out.append(": ").append(change.message().replaceAll("[\\r\\n]", " ")).append('\n');
    }
    out.append(count(Change.Level.BREAKING))
        .append(" breaking, ")
        .append(count(Change.Level.WARNING))
        .append(" warnings, ")
        .append(count(Change.Level.INFO))
        .append(" other changes\n");
    return out.toString();
  }

  private static String affects(Change change) {
    StringBuilder out = new StringBuilder();
    for (Change.Affects side : Change.Affects.values()) {
      if (change.affects().contains(side)) {
        out.append(out.isEmpty() ? "" : ", ").append(side.wireName());
      }
    }
    return out.toString();
  }
}
