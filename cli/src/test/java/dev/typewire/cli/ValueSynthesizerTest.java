package dev.typewire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewire.testing.internal.ApiDescription;
import dev.typewire.testing.internal.NoValueAdmittedException;
import dev.typewire.testing.internal.SchemaValidator;
import dev.typewire.testing.internal.UnsatisfiableSchema;
import dev.typewire.testing.internal.ValueSynthesizer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ValueSynthesizerTest {

  private static final String SCHEMAS = "#/components/schemas/";

  private static ApiDescription description;
  private static SchemaValidator validator;
  private static ValueSynthesizer values;

  @BeforeAll
  static void load() throws Exception {
    description = Description.load(Path.of("src/test/resources/synthesis/openapi.yaml")).tree();
    validator = new SchemaValidator(description);
    values = new ValueSynthesizer(description, validator);
  }

  private static JsonNode valid(String pointer) {
    JsonNode value = values.validValueFor(pointer, null);
    assertEquals(List.of(), validator.problems(value, pointer), value.toString());
    return value;
  }

  @Test
  void anEmbeddedDiscriminatorNamesTheChosenAlternative() {
    JsonNode value = valid("#/paths/~1pets/patch/requestBody/content/application~1json/schema");

    assertEquals("Cat", value.path("pet_type").asText());
  }

  @Test
  void openAlternativesWithoutDiscriminatorAreToldApartByAPropertyTheOtherRejects() {
    JsonNode value = valid(SCHEMAS + "OpenUnion");

    assertFalse(
        validator.problems(value, SCHEMAS + "OpenUnion/oneOf/1").isEmpty(), value.toString());
  }

  @Test
  void aNameOneAllOfPartRequiresGetsTheSchemaAnotherPartDeclares() {
    JsonNode value = valid(SCHEMAS + "Revoke");

    assertTrue(value.path("grant_type").isIntegralNumber(), value.toString());
  }

  @Test
  void booleanExclusiveBoundsWithMultipleOfGiveAnAdmittedNumber() {
    assertEquals(12, valid(SCHEMAS + "Exclusive").intValue());
  }

  @Test
  void aDefaultOfTheWrongTypeIsNotUsed() {
    assertTrue(valid(SCHEMAS + "WrongDefault").isIntegralNumber());
  }

  @Test
  void anIntegerIsANumberForAllOfTypes() {
    assertTrue(valid(SCHEMAS + "IntegerNumber").isIntegralNumber());
  }

  @Test
  void schemasThatAdmitNoValueAreProvenSo() {
    NoValueAdmittedException disjoint =
        assertThrows(
            NoValueAdmittedException.class, () -> values.validValueFor(SCHEMAS + "Disjoint", null));
    assertTrue(disjoint.getMessage().contains("share no value"), disjoint.getMessage());
    NoValueAdmittedException empty =
        assertThrows(
            NoValueAdmittedException.class, () -> values.validValueFor(SCHEMAS + "NoEnum", null));
    assertTrue(empty.getMessage().contains("empty enum"), empty.getMessage());
    NoValueAdmittedException circular =
        assertThrows(
            NoValueAdmittedException.class, () -> values.validValueFor(SCHEMAS + "TreeNode", null));
    assertTrue(circular.getMessage().contains("required inside itself"), circular.getMessage());
  }

  @Test
  void aDiscriminatorMappingToNoneOfItsInlineAlternativesIsAProof() {
    Optional<String> proof = new UnsatisfiableSchema(description).why(SCHEMAS + "InlineMapped");

    assertTrue(proof.orElse("").contains("every alternative is written inline"), proof.toString());
  }

  @Test
  void aSelfReferenceWithAWayOutIsNoProof() {
    UnsatisfiableSchema proofs = new UnsatisfiableSchema(description);

    assertEquals(Optional.empty(), proofs.why(SCHEMAS + "LinkedNode"));
    assertEquals(Optional.empty(), proofs.why(SCHEMAS + "NullableParent"));
    assertEquals(Optional.empty(), proofs.why(SCHEMAS + "OpenUnion"));
    valid(SCHEMAS + "LinkedNode");
  }

  @Test
  void theCheckSkipsWhatAdmitsNoValueLeavesOutOptionalsWithoutOneAndSendsConcreteUploads() {
    CheckRun run = CheckRun.of("check", "src/test/resources/synthesis/openapi.yaml");

    assertEquals(
        List.of(
            "PASS PATCH /pets updatePet",
            "SKIP POST /tree addNode: the description admits no value: required property 'parent'"
                + " of #/components/schemas/TreeNode: #/components/schemas/TreeNode is required"
                + " inside itself, with no null or alternative to end it",
            "PASS PUT /avatar putAvatar",
            "PASS GET /requests listRequests",
            "PASS POST /bulk-delete bulkDelete",
            "CHECK operations=5 passed=4 failed=0 skipped=1"),
        run.lines(),
        run.err());
  }
}
