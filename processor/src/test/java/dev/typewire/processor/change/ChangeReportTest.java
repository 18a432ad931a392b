package dev.typewire.processor.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangeReportTest {

  private static final Change HOSTILE =
      new Change(
          "TW-BREAK-OPERATION-REMOVED",
          Change.Level.BREAKING,
          Set.of(Change.Affects.WIRE, Change.Affects.SOURCE),
          new Change.OperationRef("x", "GET", "/[click](http://evil)/<script>"),
          "#/paths/~1x/get",
          null,
          "operation *gone*\n- injected item");

  @Test
  void markdownEscapesDescriptionText() {
    String markdown = new ChangeReport("a.yaml", "b`.yaml", List.of(HOSTILE)).markdown();
    assertTrue(markdown.contains("\\[click\\]\\(http://evil\\)/\\<script\\>"), markdown);
    assertTrue(markdown.contains("operation \\*gone\\* \\- injected item"), markdown);
    assertFalse(markdown.contains("\n- injected"), markdown);
    assertTrue(markdown.contains("From `a.yaml` to `b'.yaml`: 1 breaking"), markdown);
  }

  @Test
  void jsonHasTheDocumentedShape() throws Exception {
    JsonNode root =
        new ObjectMapper().readTree(new ChangeReport("a.yaml", "b.yaml", List.of(HOSTILE)).json());
    assertEquals(1, root.at("/summary/breaking").asInt());
    JsonNode change = root.at("/changes/0");
    assertEquals("TW-BREAK-OPERATION-REMOVED", change.get("rule").asText());
    assertEquals("breaking", change.get("level").asText());
    assertEquals("[\"wire\",\"source\"]", change.get("affects").toString());
    assertEquals("GET", change.at("/operation/method").asText());
    assertEquals("#/paths/~1x/get", change.at("/pointer/previous").asText());
    assertTrue(change.at("/pointer/current").isNull());
    assertEquals("operation *gone*\n- injected item", change.get("message").asText());
  }
}
