package dev.typewire.processor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.typewire.processor.diag.Diagnostics;
import dev.typewire.processor.model.TypeRef;
import dev.typewire.processor.read.NormalizedSchema.Bounds;
import dev.typewire.processor.read.NormalizedSchema.Form;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The dialects' spellings of one meaning normalize to the same answers: each case pairs an OpenAPI
 * 3.0 spelling with a 3.1 one (or two 3.1 ones), and a spelling that must not mean it.
 */
class SchemaNormalizerTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Components the refs in the cases below point to. */
  private static final String COMPONENTS =
      """
      {"components": {"schemas": {
        "Pet": {"type": "object", "properties": {"name": {"type": "string"}}},
        "NullablePet": {"type": "object", "nullable": true,
                        "properties": {"name": {"type": "string"}}},
        "Id": {"type": "string", "readOnly": true},
        "Secret": {"type": "string", "writeOnly": true}}}}
      """;

  private final JsonNode root = read(COMPONENTS);
  private final SchemaNormalizer normalizer =
      new SchemaNormalizer(new RefResolver(root, Map.of(), new Diagnostics()));

  @ParameterizedTest(name = "{0} admits null: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // 3.0 and 3.1 spellings of a nullable string
        "{'type': 'string', 'nullable': true}                         | true",
        "{'type': ['string', 'null']}                                 | true",
        "{'anyOf': [{'type': 'string'}, {'type': 'null'}]}            | true",
        "{'oneOf': [{'type': 'null'}, {'type': 'string'}]}            | true",
        "{'type': 'string', 'enum': ['a', null]}                      | true",
        "{'const': null}                                              | true",
        // a $ref: beside it (3.0 idiom honoured), on its target, in an allOf wrapper
        "{'$ref': '#/components/schemas/Pet', 'nullable': true}      | true",
        "{'$ref': '#/components/schemas/NullablePet'}                 | true",
        "{'allOf': [{'$ref': '#/components/schemas/Pet'}], 'nullable': true} | true",
        "{'allOf': [{'$ref': '#/components/schemas/Pet'}, {'nullable': true}]} | true",
        "{'anyOf': [{'$ref': '#/components/schemas/Pet'}, {'type': 'null'}]} | true",
        // not nullable
        "{'type': 'string'}                                           | false",
        "{'type': 'string', 'nullable': false}                        | false",
        "{'$ref': '#/components/schemas/Pet'}                         | false",
        "{'allOf': [{'$ref': '#/components/schemas/Pet'}]}            | false",
        "{'type': 'string', 'enum': ['a', 'b']}                       | false",
      })
  void everySpellingOfNullIsOneAnswer(String schema, boolean admitsNull) {
    assertEquals(admitsNull, normalize(schema).admitsNull());
  }

  @Test
  void nullableIn30AndTypeArrayIn31NormalizeAlike() {
    NormalizedSchema v30 = normalize("{'type': 'integer', 'nullable': true, 'minimum': 1}");
    NormalizedSchema v31 = normalize("{'type': ['integer', 'null'], 'minimum': 1}");

    assertEquals(Set.of("integer"), v30.types());
    assertEquals(v30.types(), v31.types());
    assertEquals(v30.admitsNull(), v31.admitsNull());
    assertEquals(v30.form(), v31.form());
    assertEquals(v30.bounds(), v31.bounds());
  }

  @Test
  void nullableOptionIsTheOneNonNullAlternative() {
    NormalizedSchema option =
        normalize("{'oneOf': [{'type': 'null'}, {'$ref': '#/components/schemas/Pet'}]}");

    assertEquals(Form.NULLABLE_OPTION, option.form());
    assertEquals("oneOf", option.unionKeyword());
    assertEquals(java.util.List.of(1), option.options());
  }

  @Test
  void allOfWrappingARefIsAWrapperOfThatPart() {
    NormalizedSchema wrapper =
        normalize(
            "{'allOf': [{'description': 'the pet'}, {'$ref': '#/components/schemas/Pet'}],"
                + " 'nullable': true}");

    assertEquals(Form.WRAPPER, wrapper.form());
    assertEquals(1, wrapper.wrappedPart());
    assertTrue(wrapper.admitsNull());
  }

  @Test
  void allOfWithPropertiesIsARecordNotAWrapper() {
    NormalizedSchema merged =
        normalize(
            "{'allOf': [{'$ref': '#/components/schemas/Pet'}],"
                + " 'properties': {'age': {'type': 'integer'}}}");

    assertEquals(Form.DECLARED, merged.form());
    assertEquals(-1, merged.wrappedPart());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // 3.0: booleans beside minimum/maximum; 3.1: the bounds themselves
        "{'type': 'number', 'minimum': 0, 'exclusiveMinimum': true, 'maximum': 10,"
            + " 'exclusiveMaximum': true} | {'type': 'number', 'exclusiveMinimum': 0,"
            + " 'exclusiveMaximum': 10}",
        "{'type': 'number', 'minimum': 0, 'exclusiveMinimum': false} | {'type': 'number',"
            + " 'minimum': 0}",
      })
  void exclusiveBoundsInBothSpellingsAreOneForm(String v30, String v31) {
    assertEquals(normalize(v30).bounds(), normalize(v31).bounds());
  }

  @Test
  void aBooleanExclusiveBoundMakesItsBoundExclusive() {
    Bounds bounds =
        normalize("{'type': 'integer', 'maximum': 5, 'exclusiveMaximum': true}").bounds();

    assertNull(bounds.maximum());
    assertEquals(new BigDecimal("5"), bounds.exclusiveMaximum());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{'type': 'integer', 'maximum': 3000000000}                            | LONG",
        "{'type': 'integer', 'exclusiveMaximum': 3000000000}                   | LONG",
        "{'type': 'integer', 'maximum': 3000000000, 'exclusiveMaximum': true}  | LONG",
        "{'type': 'integer', 'exclusiveMinimum': -1e20}                        | BIG_INTEGER",
        "{'type': 'integer', 'exclusiveMaximum': 100}                          | INTEGER",
      })
  void exclusiveBoundsWidenIntegersLikeInclusiveOnes(String schema, TypeRef.Scalar scalar) {
    assertEquals(TypeRef.of(scalar), ScalarTypes.integerType(normalize(schema).bounds(), ""));
  }

  @Test
  void exampleAndTheFirstOfExamplesAreTheSameExample() {
    assertEquals(
        normalize("{'type': 'string', 'example': 'ada'}").example(),
        normalize("{'type': 'string', 'examples': ['ada', 'grace']}").example());
    assertEquals("ada", normalize("{'type': 'string', 'example': 'ada'}").example().asText());
    assertNull(normalize("{'type': 'string'}").example());
  }

  @Test
  void readOnlyAndWriteOnlyComeFromBesideTheRefOrItsTarget() {
    assertTrue(normalize("{'$ref': '#/components/schemas/Id'}").readOnly());
    assertTrue(normalize("{'$ref': '#/components/schemas/Pet', 'readOnly': true}").readOnly());
    assertTrue(normalize("{'type': 'string', 'readOnly': true}").readOnly());
    assertTrue(normalize("{'$ref': '#/components/schemas/Secret'}").writeOnly());
    assertFalse(normalize("{'$ref': '#/components/schemas/Pet'}").readOnly());
    assertFalse(normalize("{'$ref': '#/components/schemas/Id'}").writeOnly());
  }

  @Test
  void deprecatedIsInTheDocs() {
    assertTrue(normalize("{'type': 'string', 'deprecated': true}").docs().deprecated());
    assertFalse(normalize("{'type': 'string'}").docs().deprecated());
  }

  @Test
  void constantsAreAnEnumOnlyWhenEveryAlternativeIsOne() {
    NormalizedSchema constants =
        normalize("{'oneOf': [{'const': 1, 'title': 'One'}, {'const': 2, 'title': 'Two'}]}");
    NormalizedSchema mixed = normalize("{'oneOf': [{'const': 1}, {'type': 'string'}]}");

    assertTrue(constants.constUnion());
    assertEquals(Form.DECLARED, constants.form());
    assertFalse(mixed.constUnion());
  }

  @Test
  void aSchemaIsReadOncePerNode() {
    JsonNode schema = read("{'type': 'string', 'nullable': true}");

    assertSame(normalizer.normalize(schema), normalizer.normalize(schema));
  }

  @Test
  void aBooleanSchemaIsAnyValue() {
    NormalizedSchema any = normalizer.normalize(JSON.getNodeFactory().booleanNode(true));

    assertEquals(Form.ANY, any.form());
    assertTrue(any.admitsNull());
  }

  private NormalizedSchema normalize(String schema) {
    return normalizer.normalize(read(schema));
  }

  /** JSON written with single quotes, so cases read as the descriptions they stand for. */
  private static JsonNode read(String text) {
    try {
      return JSON.readTree(text.replace('\'', '"'));
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(text, e);
    }
  }
}
