package dev.typewire.processor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.typewire.processor.diag.Diagnostics;
import dev.typewire.processor.model.ApiModel;
import dev.typewire.processor.model.ObjectType;
import dev.typewire.processor.model.TypeDecl;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Schemas whose size is small but whose paths are many: long chains, and nodes reached again
 * through cycles or diamonds. The reader must take time and memory in proportion to the schema.
 */
class DeepSchemaTest {

  /**
   * Found by fuzzing: two inline properties that allOf-include a schema which includes their owner.
   * Each inline schema was declared anew every time it was reached, doubling per level.
   */
  @Test
  void inlineSchemasReachedThroughACycleAreDeclaredOnce() {
    String text =
        """
        {"openapi": "3.1.0", "info": {"title": "Loop", "version": "1"}, "paths": {},
         "components": {"schemas": {
           "Chat": {"allOf": [{"$ref": "#/components/schemas/Group"}], "properties": {
             "a": {"allOf": [{"$ref": "#/components/schemas/Group"}]},
             "b": {"allOf": [{"$ref": "#/components/schemas/Group"}]}}},
           "Group": {"allOf": [{"$ref": "#/components/schemas/Chat"}],
             "properties": {"name": {"type": "string"}}}}}}
        """;
    Diagnostics diagnostics = new Diagnostics();

    ApiModel model =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10),
            () -> ModelReader.read(SchemaParser.parse("loop.json", text), "", diagnostics));

    // Chat and Group only: the inline a and b only wrap Group in an allOf, so they are Group.
    assertEquals(List.of("Chat", "Group"), model.types().stream().map(TypeDecl::javaName).toList());
    assertTrue(
        diagnostics.problems().stream().allMatch(p -> p.id().equals("TW-ALLOF-CYCLE")),
        diagnostics.problems()::toString);
  }

  /** 30 levels of allOf diamonds: 2^30 paths through them, but only 90 schemas. */
  @Test
  void allOfDiamondsAreMergedOncePerSchema() {
    int levels = 30;
    StringBuilder schemas = new StringBuilder();
    for (int i = 0; i < levels; i++) {
      String next = "#/components/schemas/Level" + (i + 1);
      schemas.append(
          ("\"Level%d\": {\"allOf\": [{\"$ref\": \"#/components/schemas/Left%d\"},"
                  + " {\"$ref\": \"#/components/schemas/Right%d\"}]},"
                  + " \"Left%d\": {\"allOf\": [{\"$ref\": \"%s\"}],"
                  + " \"properties\": {\"left%d\": {\"type\": \"string\"}}},"
                  + " \"Right%d\": {\"allOf\": [{\"$ref\": \"%s\"}],"
                  + " \"properties\": {\"right%d\": {\"type\": \"string\"}}},")
              .formatted(i, i, i, i, next, i, i, next, i));
    }
    schemas.append(
        "\"Level%d\": {\"properties\": {\"id\": {\"type\": \"string\"}}}".formatted(levels));
    String text =
        """
        {"openapi": "3.1.0", "info": {"title": "Diamonds", "version": "1"}, "paths": {},
         "components": {"schemas": {%s}}}
        """
            .formatted(schemas);
    Diagnostics diagnostics = new Diagnostics();

    ApiModel model =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10),
            () -> ModelReader.read(SchemaParser.parse("diamonds.json", text), "", diagnostics));

    assertFalse(diagnostics.hasErrors(), diagnostics.problems()::toString);
    ObjectType top = (ObjectType) model.types().get(0);
    assertEquals(2 * levels + 1, top.properties().size());
  }

  /**
   * 5,000 records, each holding the next, used as a request body: every one needs a builder, and
   * marking them once recursed per record.
   */
  @Test
  void longChainOfRecordsInARequestBodyIsReadWithoutOverflow() throws Exception {
    int length = 5000;
    StringBuilder schemas = new StringBuilder();
    for (int i = 0; i < length; i++) {
      schemas.append(
          "\"Node%d\": {\"type\": \"object\", \"properties\": {\"next\": {\"$ref\":".formatted(i)
              + " \"#/components/schemas/Node%d\"}}},".formatted((i + 1) % length));
    }
    schemas.setLength(schemas.length() - 1);
    String text =
        """
        {"openapi": "3.1.0", "info": {"title": "Chain", "version": "1"},
         "paths": {"/nodes": {"post": {"operationId": "addNode",
           "requestBody": {"content": {"application/json": {"schema":
             {"$ref": "#/components/schemas/Node0"}}}},
           "responses": {"204": {"description": "none"}}}}},
         "components": {"schemas": {%s}}}
        """
            .formatted(schemas);
    Diagnostics diagnostics = new Diagnostics();

    ApiModel model = ModelReader.read(SchemaParser.parse("chain.json", text), "", diagnostics);

    assertFalse(diagnostics.hasErrors(), diagnostics.problems()::toString);
    assertEquals(length, model.types().size());
    assertTrue(
        model.types().stream().allMatch(type -> ((ObjectType) type).requestBody()),
        "every record in the chain is part of the request body");
  }
}
