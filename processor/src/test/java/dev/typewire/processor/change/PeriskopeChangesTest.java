package dev.typewire.processor.change;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.typewire.processor.model.ApiModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine on Periskope's real description: about 60 operations and 150 types. */
class PeriskopeChangesTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static String periskope() throws IOException {
    try (InputStream in =
        PeriskopeChangesTest.class.getResourceAsStream("/periskope/openapi.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theDescriptionAgainstItselfHasNoChanges() throws Exception {
    ApiModel model = DescriptionReader.read("openapi.json", periskope());
    ApiModel again = DescriptionReader.read("openapi.json", periskope());
    assertEquals(List.of(), ChangeDetector.compare(model, again));
  }

  @Test
  void aRenamedOperationIdAndATypeArrayChangeAreTheOnlyBreaks() throws Exception {
    ObjectNode edited = (ObjectNode) MAPPER.readTree(periskope());
    ((ObjectNode) edited.at("/paths/~1chats/get")).put("operationId", "listChats");
    ObjectNode memberCount =
        (ObjectNode) edited.at("/components/schemas/Chat/properties/member_count");
    memberCount.putArray("type").add("string").add("null");
    List<Change> changes =
        ChangeDetector.compare(
            DescriptionReader.read("openapi.json", periskope()),
            DescriptionReader.read("edited.json", MAPPER.writeValueAsString(edited)));
    assertEquals(
        List.of(
            "TW-BREAK-METHOD-RENAMED | breaking | source | GET /chats"
                + " | #/paths/~1chats/get | #/paths/~1chats/get",
            "TW-BREAK-PROPERTY-TYPE | breaking | wire,source | GET /chats"
                + " | #/components/schemas/Chat/properties/member_count"
                + " | #/components/schemas/Chat/properties/member_count"),
        changes.stream().map(ChangeCorpus::line).toList());
  }
}
