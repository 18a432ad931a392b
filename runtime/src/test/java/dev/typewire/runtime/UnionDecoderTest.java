package dev.typewire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link UnionDecoder} on its own: hand-written unions shaped like generated ones, decoded from
 * real JSON by a mapper, and encoded back.
 */
class UnionDecoderTest {

  /** Told apart by {@code type}; Dog is mapped from two values. */
  sealed interface Pet {}

  record Cat(String type, String name, Integer lives) implements Pet {}

  record Dog(String type, Boolean bark) implements Pet {}

  record UnknownPet(@JsonValue JsonNode json) implements Pet {}

  static final UnionVariants<Pet> PETS =
      UnionVariants.builder(Pet.class, UnknownPet::new)
          .discriminator("type")
          .object(Cat.class)
          .tags("cat")
          .required("type", JsonKind.STRING)
          .required("name", JsonKind.STRING)
          .optional("lives", JsonKind.INTEGER)
          .object(Dog.class)
          .tags("dog", "doggo")
          .required("type", JsonKind.STRING)
          .optional("bark", JsonKind.BOOLEAN)
          .build();

  /** Told apart by shape; Label wraps non-object values. */
  sealed interface Shape {}

  record Circle(Double radius) implements Shape {}

  record Square(Double side, String color) implements Shape {}

  record Named(String name, Integer sides) implements Shape {}

  record Numbered(Integer name) implements Shape {}

  record Dated(LocalDate on) implements Shape {}

  record Text(@JsonValue String value) implements Shape {}

  record Words(@JsonValue List<String> value) implements Shape {}

  record Pen(List<Pet> pets) implements Shape {}

  record UnknownShape(@JsonValue JsonNode json) implements Shape {}

  static final UnionVariants<Shape> SHAPES =
      UnionVariants.builder(Shape.class, UnknownShape::new)
          .object(Circle.class)
          .required("radius", JsonKind.NUMBER)
          .object(Square.class)
          .required("side", JsonKind.NUMBER)
          .optional("color", JsonKind.STRING)
          .object(Named.class)
          .required("name", JsonKind.STRING)
          .optional("sides", JsonKind.INTEGER)
          .object(Numbered.class)
          .required("name", JsonKind.INTEGER)
          .object(Dated.class)
          .required("on", JsonKind.STRING)
          .object(Pen.class)
          .required("pets", JsonKind.ARRAY)
          .value(JsonKind.STRING, String.class, Text::new)
          .value(JsonKind.ARRAY, new TypeReference<List<String>>() {}, Words::new)
          .build();

  /** One variant whose nested object requires a property: decoded reflectively, not by a codec. */
  sealed interface Stall {}

  record Keeper(@Required String name) {}

  record Stable(Keeper keeper) implements Stall {}

  record UnknownStall(@JsonValue JsonNode json) implements Stall {}

  static final UnionVariants<Stall> STALLS =
      UnionVariants.builder(Stall.class, UnknownStall::new)
          .object(Stable.class)
          .required("keeper", JsonKind.OBJECT)
          .build();

  /** The generated form: a decoder class Jackson creates through the annotation. */
  @JsonDeserialize(using = Tool.Decoder.class)
  sealed interface Tool {
    final class Decoder extends UnionDecoder<Tool> {
      private static final long serialVersionUID = 1L;

      private static final UnionVariants<Tool> VARIANTS =
          UnionVariants.builder(Tool.class, UnknownTool::new)
              .object(Hammer.class)
              .required("weight", JsonKind.INTEGER)
              .build();

      public Decoder() {
        super(VARIANTS);
      }
    }
  }

  @JsonDeserialize(using = com.fasterxml.jackson.databind.JsonDeserializer.None.class)
  record Hammer(Integer weight) implements Tool {}

  @JsonDeserialize(using = com.fasterxml.jackson.databind.JsonDeserializer.None.class)
  record UnknownTool(@JsonValue JsonNode json) implements Tool {}

  private final ObjectMapper mapper =
      JsonCodec.newObjectMapper()
          .registerModule(
              new SimpleModule()
                  .addDeserializer(Pet.class, new UnionDecoder<>(PETS))
                  .addDeserializer(Shape.class, new UnionDecoder<>(SHAPES))
                  .addDeserializer(Stall.class, new UnionDecoder<>(STALLS)));

  /** Decodes and checks the variant (the test's records are closed: extra properties are lost). */
  private <V> V decode(Class<?> union, String json, Class<V> variant) throws Exception {
    Object value = mapper.readValue(json, union);
    assertInstanceOf(variant, value, json);
    return variant.cast(value);
  }

  /** Decodes, checks the variant, and checks that encoding gives the same JSON back. */
  private <V> V roundTrip(Class<?> union, String json, Class<V> variant) throws Exception {
    V value = decode(union, json, variant);
    assertEquals(mapper.readTree(json), mapper.valueToTree(value), "re-encoded " + json);
    return value;
  }

  @Test
  void theDiscriminatorChoosesWhateverTheShape() throws Exception {
    assertEquals(
        new Cat("cat", "Tom", 9),
        roundTrip(Pet.class, "{\"type\":\"cat\",\"name\":\"Tom\",\"lives\":9}", Cat.class));
    roundTrip(Pet.class, "{\"bark\":true,\"type\":\"doggo\"}", Dog.class);
    // Cat's properties, Dog's value: the value wins.
    decode(Pet.class, "{\"type\":\"dog\",\"name\":\"Tom\",\"lives\":9}", Dog.class);
  }

  @Test
  void anUnlistedDiscriminatorValueIsKeptAsUnknown() throws Exception {
    UnknownPet parrot =
        roundTrip(Pet.class, "{\"type\":\"parrot\",\"words\":[\"hi\"]}", UnknownPet.class);
    assertEquals("hi", parrot.json().get("words").get(0).asText());
  }

  @Test
  void anObjectAlreadyEnteredIsReadFromItsFirstProperty() throws Exception {
    // Jackson hands a deserializer the property name when it has consumed the object's start.
    try (com.fasterxml.jackson.core.JsonParser parser =
        mapper.createParser("{\"type\":\"cat\",\"name\":\"Tom\"}")) {
      parser.nextToken();
      parser.nextToken();
      assertEquals(new Cat("cat", "Tom", null), mapper.readValue(parser, Pet.class));
    }
  }

  @Test
  void unknownKeepsNumbersAsATreeReadFromTheWireWould() throws Exception {
    String json = "{\"type\":\"owl\",\"a\":1.50,\"b\":123456789012345678901234567890,\"c\":1e-7}";
    UnknownPet owl = decode(Pet.class, json, UnknownPet.class);
    assertEquals(mapper.writeValueAsString(mapper.readTree(json)), mapper.writeValueAsString(owl));
  }

  @Test
  void withoutTheDiscriminatorTheShapeChooses() throws Exception {
    decode(Pet.class, "{\"name\":\"Tom\",\"type\":null}", Cat.class);
    decode(Pet.class, "{\"type\":1,\"bark\":false}", Dog.class);
    roundTrip(Pet.class, "{\"bark\":false}", UnknownPet.class);
  }

  @Test
  void requiredPropertiesAndTheValuesKindDecide() throws Exception {
    roundTrip(Shape.class, "{\"radius\":1.5}", Circle.class);
    roundTrip(Shape.class, "{\"side\":2.0,\"color\":\"red\"}", Square.class);
    roundTrip(Shape.class, "\"label\"", Text.class);
    assertEquals(
        new Words(List.of("a", "b")), roundTrip(Shape.class, "[\"a\",\"b\"]", Words.class));
    roundTrip(Shape.class, "true", UnknownShape.class);
    roundTrip(Shape.class, "{\"corners\":3}", UnknownShape.class);
  }

  @Test
  void theMostDeclaredPropertiesWinAndTiesKeepDeclarationOrder() throws Exception {
    // Both Circle and Square fit; Square declares two of the value's properties.
    decode(Shape.class, "{\"radius\":1.0,\"side\":2.0,\"color\":\"red\"}", Square.class);
    // One each: the first declared.
    decode(Shape.class, "{\"radius\":1.0,\"side\":2.0}", Circle.class);
  }

  @Test
  void aRepeatedPropertyCountsOnceAsInATree() {
    // Jackson's records refuse a repeated property, so the ranking is checked on its own.
    int[] tally = SHAPES.newTally();
    SHAPES.count("radius", JsonToken.VALUE_NUMBER_FLOAT, tally);
    SHAPES.count("radius", JsonToken.VALUE_NUMBER_FLOAT, tally);
    SHAPES.count("color", JsonToken.VALUE_STRING, tally);
    SHAPES.count("color", JsonToken.VALUE_NUMBER_INT, tally);
    List<UnionVariants.Variant<Shape>> candidates =
        SHAPES.candidates(JsonToken.START_OBJECT, tally);
    assertEquals(JsonKind.OBJECT, candidates.get(0).kind());
    assertEquals(Circle.class, candidates.get(0).type().getRawClass());
    assertEquals(1, candidates.size());
  }

  @Test
  void aPropertyOfAnotherKindRanksItsVariantLast() throws Exception {
    // Named comes first and declares more, but would turn 7 into "7".
    roundTrip(Shape.class, "{\"name\":7}", Numbered.class);
    roundTrip(Shape.class, "{\"name\":\"seven\",\"sides\":7}", Named.class);
  }

  @Test
  void aVariantThatFailsToDecodeGivesWayToTheNext() throws Exception {
    roundTrip(Shape.class, "{\"on\":\"2025-01-24\"}", Dated.class);
    UnknownShape malformed = roundTrip(Shape.class, "{\"on\":\"soon\"}", UnknownShape.class);
    assertEquals("soon", malformed.json().get("on").asText());
  }

  @Test
  void unionsInsideListsAndMapsAndObjects() throws Exception {
    List<Shape> shapes =
        mapper.readValue(
            "[{\"radius\":1.0},\"x\",{\"type\":\"cat\"}]", new TypeReference<List<Shape>>() {});
    assertEquals(List.of(Circle.class, Text.class, UnknownShape.class), classes(shapes));
    Map<String, Pet> pets =
        mapper.readValue(
            "{\"a\":{\"type\":\"dog\"},\"b\":{\"type\":\"cow\"}}",
            new TypeReference<Map<String, Pet>>() {});
    assertEquals(List.of(Dog.class, UnknownPet.class), classes(List.copyOf(pets.values())));
  }

  @Test
  void theAnnotatedDecoderIsFoundWithoutAModule() throws Exception {
    ObjectMapper plain = new ObjectMapper();
    assertEquals(new Hammer(3), plain.readValue("{\"weight\":3}", Tool.class));
    Tool saw = plain.readValue("{\"teeth\":40}", Tool.class);
    assertEquals("{\"teeth\":40}", plain.writeValueAsString(saw));
  }

  @Test
  void aValueKeptAsUnknownIsNotedAsDriftAtItsPlace() throws Exception {
    DriftObservations observations =
        observe(
            new TypeReference<Map<String, List<Pet>>>() {},
            "{\"pets\":[{\"type\":\"cat\",\"name\":\"Tom\"},{\"type\":\"cow\"},"
                + "{\"type\":\"cow\",\"moo\":1}],\"more\":[{\"bark\":1}]}");
    assertEquals(
        List.of("UNKNOWN_VARIANT Pet /pets/* x2 e.g. cow", "UNKNOWN_VARIANT Pet /more/* x1"),
        observations.tallies().stream()
            .map(
                tally ->
                    tally.kind()
                        + " "
                        + tally.type()
                        + " "
                        + tally.pointer()
                        + " x"
                        + tally.count()
                        + (tally.example().equals("cow") ? " e.g. cow" : ""))
            .toList());
    assertEquals("{\"bark\":1}", observations.tallies().get(1).example());
  }

  @Test
  void driftInsideAVariantIsNotedFromTheBodysRoot() throws Exception {
    DriftObservations observations =
        observe(
            new TypeReference<Map<String, List<Shape>>>() {},
            "{\"shapes\":[{\"radius\":1.0},{\"pets\":[{\"type\":\"dog\"},{\"type\":\"cow\"}]}]}");
    assertEquals(List.of("UNKNOWN_VARIANT Pet /shapes/*/pets/*"), places(observations));
  }

  @Test
  void aRequiredPropertyLeftOutInsideAVariantIsNotedAtItsOwnPlace() throws Exception {
    DriftObservations observations =
        observe(
            new TypeReference<Map<String, List<Stall>>>() {},
            "{\"stalls\":[{\"keeper\":{\"name\":\"k\"}},{\"keeper\":{}}]}");
    assertEquals(List.of("MISSING_REQUIRED Keeper /stalls/*/keeper/name"), places(observations));
  }

  @Test
  void theKeptVariantsFindingsJoinTheDecodesOnes() throws Exception {
    // Each variant is tried with its findings apart (Dated gives way, so Unknown keeps the first
    // value); the two Circles' unknown property is one drift counted twice.
    DriftObservations observations =
        observe(
            new TypeReference<Map<String, List<Shape>>>() {},
            "{\"shapes\":[{\"extra\":1,\"on\":\"soon\"},{\"radius\":1.0,\"extra\":2},"
                + "{\"radius\":2.0,\"extra\":3}]}");
    assertEquals(
        List.of("UNKNOWN_VARIANT Shape /shapes/*", "UNKNOWN_PROPERTY Circle /shapes/*/extra"),
        places(observations));
    assertEquals(2, observations.tallies().get(1).count());
  }

  @Test
  void aDecodeWithoutObservationsRecordsNothing() throws Exception {
    assertTrue(mapper.readValue("{\"type\":\"cow\"}", Pet.class) instanceof UnknownPet);
  }

  /** Each tally's kind, type and pointer. */
  private static List<String> places(DriftObservations observations) {
    return observations.tallies().stream()
        .map(tally -> tally.kind() + " " + tally.type() + " " + tally.pointer())
        .toList();
  }

  /** Decodes {@code json} as a client call does, collecting drift. */
  private DriftObservations observe(TypeReference<?> type, String json) throws Exception {
    DriftObservations observations = new DriftObservations();
    mapper
        .readerFor(type)
        .withAttribute(DriftObservations.attribute(), observations)
        .readValue(json);
    return observations;
  }

  private static List<Class<?>> classes(List<?> values) {
    return values.stream().<Class<?>>map(Object::getClass).toList();
  }
}
