package dev.typewire.processor.change;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.typewire.processor.diag.Diagnostics;
import dev.typewire.processor.read.NameMappings;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Source breaks no wire change causes: names pinned with {@code @GenerateClient(names = ...)}, and
 * a union losing a variant.
 */
class MappedNamesAndUnionsTest {

  private static final Path UNCHANGED = ChangeCorpus.ROOT.resolve("31-unchanged");

  private static List<String> withNames(String... names) throws Exception {
    String text = ChangeCorpus.read(UNCHANGED.resolve("current.yaml"));
    NameMappings mappings = NameMappings.parse(List.of(names), new Diagnostics());
    return ChangeDetector.compare(
            DescriptionReader.read("previous.yaml", text),
            DescriptionReader.read("current.yaml", text, "", mappings))
        .stream()
        .map(ChangeCorpus::line)
        .toList();
  }

  @Test
  void aPinnedPropertyNameRenamesTheAccessor() throws Exception {
    assertEquals(
        List.of(
            "TW-BREAK-ACCESSOR-RENAMED | breaking | source | GET /pets"
                + " | #/components/schemas/Pet/properties/tag"
                + " | #/components/schemas/Pet/properties/tag"),
        withNames("#/components/schemas/Pet/properties/tag=label"));
  }

  @Test
  void aPinnedParameterNameRenamesTheBuilderMethod() throws Exception {
    assertEquals(
        List.of(
            "TW-BREAK-PARAMETER-RENAMED | breaking | source | GET /pets"
                + " | #/paths/~1pets/get/parameters | #/paths/~1pets/get/parameters"),
        withNames("listPets(limit)=max"));
  }

  private static final String UNION =
      """
      openapi: 3.0.3
      info: {title: Zoo, version: "1"}
      paths:
        /animal:
          get:
            operationId: getAnimal
            responses:
              "200":
                description: ok
                content:
                  application/json:
                    schema: {$ref: "#/components/schemas/Animal"}
      components:
        schemas:
          Animal:
            oneOf: [%s]
          Cat: {type: object, required: [meows], properties: {meows: {type: boolean}}}
          Dog: {type: object, required: [barks], properties: {barks: {type: boolean}}}
          Bird: {type: object, required: [sings], properties: {sings: {type: boolean}}}
      """;

  @Test
  void aUnionVariantRemovedBreaksTheSourceOfResponses() throws Exception {
    List<String> lines =
        ChangeDetector.compare(
                DescriptionReader.read(
                    "previous.yaml",
                    UNION.formatted(
                        "{$ref: \"#/components/schemas/Cat\"}, {$ref: \"#/components/schemas/Dog\"},"
                            + " {$ref: \"#/components/schemas/Bird\"}")),
                DescriptionReader.read(
                    "current.yaml",
                    UNION.formatted(
                        "{$ref: \"#/components/schemas/Cat\"}, {$ref: \"#/components/schemas/Bird\"}")))
            .stream()
            .map(ChangeCorpus::line)
            .toList();
    assertEquals(
        List.of(
            "TW-BREAK-UNION-VARIANT-REMOVED | breaking | source | GET /animal"
                + " | #/components/schemas/Animal | #/components/schemas/Animal"),
        lines);
  }
}
