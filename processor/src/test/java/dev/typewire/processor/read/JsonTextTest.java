package dev.typewire.processor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JsonText writes what JsonNode.toString() writes, without building an ObjectMapper. */
class JsonTextTest {

  @Test
  void parsedValuesReadAsTheMapperWritesThem() throws Exception {
    String text =
        """
        {"s": "quote \\" backslash \\\\ tab \\t nul \\u0000 line\\u2028 \\u00e9 \\ud83d\\ude00",
         "i": 12345678901234567890123, "n": -7, "d": 1.50, "e": 1E+3, "t": true, "f": false,
         "z": null, "o": {"a": [1, "x", {"b": []}], "c": {}}, "empty": ""}
        """;
    JsonNode root = SchemaParser.parse("values.json", text).root();
    List<JsonNode> nodes = new ArrayList<>();
    root.forEach(nodes::add);
    nodes.add(root);
    for (JsonNode node : nodes) {
      assertEquals(node.toString(), JsonText.of(node), node.getNodeType().name());
    }
  }

  @Test
  void nodesOfEveryNumberTypeReadAsTheMapperWritesThem() {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    for (JsonNode node :
        List.<JsonNode>of(
            nodes.numberNode(3),
            nodes.numberNode(4_000_000_000L),
            nodes.numberNode(new BigInteger("-99999999999999999999")),
            nodes.numberNode(0.25f),
            nodes.numberNode(1e-7),
            nodes.numberNode(new BigDecimal("12.5E-3")),
            nodes.textNode("</script>\u007f"))) {
      assertEquals(node.toString(), JsonText.of(node), node.numberType() + " " + node);
    }
  }
}
