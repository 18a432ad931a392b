package dev.typewire.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The value readers of generated codecs. <strong>Not for users</strong>: public only because
 * generated code lives in the user's package; it may change in any release.
 *
 * <p>Each reader is called with the parser on the value's first token and leaves it on the value's
 * last token, as a {@link JsonDeserializer} does, and keeps the semantics of the deserializers
 * {@link JsonCodec#module()} registers: exact numbers, quoted numbers and booleans accepted and
 * noted as drift unless {@code quoted} says the schema carries them in strings, lenient timestamps.
 * A JSON {@code null} reads as null.
 */
public final class CodecReads {

  private static final ExactNumberDeserializer<Integer> INTEGERS =
      ExactNumberDeserializer.integers();
  private static final ExactNumberDeserializer<Integer> QUOTED_INTEGERS = INTEGERS.quoted();
  private static final ExactNumberDeserializer<Long> LONGS = ExactNumberDeserializer.longs();
  private static final ExactNumberDeserializer<Long> QUOTED_LONGS = LONGS.quoted();
  private static final ExactNumberDeserializer<BigInteger> BIG_INTEGERS =
      ExactNumberDeserializer.bigIntegers();
  private static final ExactNumberDeserializer<BigInteger> QUOTED_BIG_INTEGERS =
      BIG_INTEGERS.quoted();
  private static final ExactNumberDeserializer<Double> DOUBLES = ExactNumberDeserializer.doubles();
  private static final ExactNumberDeserializer<Double> QUOTED_DOUBLES = DOUBLES.quoted();
  private static final StringBooleanDeserializer BOOLEANS = new StringBooleanDeserializer(false);
  private static final StringBooleanDeserializer QUOTED_BOOLEANS =
      new StringBooleanDeserializer(true);
  private static final OffsetDateTimeDeserializer TIMESTAMPS = new OffsetDateTimeDeserializer();
  private static final LocalDateDeserializer DATES = new LocalDateDeserializer();
  private static final EpochMillisInstantDeserializer INSTANTS =
      new EpochMillisInstantDeserializer();

  private CodecReads() {}

  /**
   * Reads a string; other scalars are read as their text, as Jackson does, and noted as drift.
   *
   * @param parser the parser, on the value
   * @param context the decode
   * @return the value, or null for {@code null}
   * @throws IOException if the value is not a string or cannot be read
   */
  public static String string(JsonParser parser, DeserializationContext context)
      throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      return parser.getText();
    }
    return token == JsonToken.VALUE_NULL
        ? null
        : LenientStringDeserializer.INSTANCE.deserialize(parser, context);
  }

  /**
   * Reads an {@link Integer} that fits exactly.
   *
   * @param parser the parser, on the value
   * @param context the decode
   * @param quoted whether the schema carries the value in a string
   * @return the value, or null for {@code null}
   * @throws IOException if the value is not such a number or cannot be read
   */
  public static Integer integer(JsonParser parser, DeserializationContext context, boolean quoted)
      throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT
        && parser.getNumberType() == JsonParser.NumberType.INT) {
      return parser.getIntValue();
    }
    return token == JsonToken.VALUE_NULL
        ? null
        : (quoted ? QUOTED_INTEGERS : INTEGERS).deserialize(parser, context);
  }

  /**
   * Reads a {@link Long} that fits exactly.
   *
   * @param parser the parser, on the value
   * @param context the decode
   * @param quoted whether the schema carries the value in a string
   * @return the value, or null for {@code null}
   * @throws IOException if the value is not such a number or cannot be read
   */
  public static Long longValue(JsonParser parser, DeserializationContext context, boolean quoted)
      throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT
        && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
      return parser.getLongValue();
    }
    return token == JsonToken.VALUE_NULL
        ? null
        : (quoted ? QUOTED_LONGS : LONGS).deserialize(parser, context);
  }

  /**
   * Reads a {@link BigInteger} that is exactly an integer.
   *
   * @param parser the parser, on the value
   * @param context the decode
   * @param quoted whether the schema carries the value in a string
   * @return the value, or null for {@code null}
   * @throws IOException if the value is not such a number or cannot be read
   */
  public static BigInteger bigInteger(
      JsonParser parser, DeserializationContext context, boolean quoted) throws IOException {
    return parser.hasToken(JsonToken.VALUE_NULL)
        ? null
        : (quoted ? QUOTED_BIG_INTEGERS : BIG_INTEGERS).deserialize(parser, context);
  }

  /**
   * Reads a {@link Double} that holds the number exactly.
   *
   * @param parser the parser, on the value
   * @param context the decode
   * @param quoted whether the schema carries the value in a string
   * @return the value, or null for {@code null}
   * @throws IOException if the value is not such a number or cannot be read
   */
  public static Double doubleValue(
      JsonParser parser, DeserializationContext context, boolean quoted) throws IOException {
    return parser.hasToken(JsonToken.VALUE_NULL)
        ? null
        : (quoted ? QUOTED_DOUBLES : DOUBLES).deserialize(parser, context);
  }

  /**
   * Reads a {@link Boolean}, also from {@code "true"} and {@code "false"}.
   *
   * @param parser the parser, on the value
   * @param context the decode
   * @param quoted whether the schema carries the value in a string
   * @return the value, or null for {@code null}
   * @throws IOException if the value is not a boolean or cannot be read
   */
  public static Boolean bool(JsonParser parser, DeserializationContext context, boolean quoted)
      throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_TRUE) {
      return Boolean.TRUE;
    }
    if (token == JsonToken.VALUE_FALSE) {
      return Boolean.FALSE;
    }
    return token == JsonToken.VALUE_NULL
        ? null
        : (quoted ? QUOTED_BOOLEANS : BOOLEANS).deserialize(parser, context);
  }

  /**
   * Reads a timestamp leniently, or epoch milliseconds.
   *
   * @param parser the parser, on the value
   * @param context the decode
   * @return the value, or null for {@code null}
   * @throws IOException if the value is not a timestamp or cannot be read
   */
  public static OffsetDateTime offsetDateTime(JsonParser parser, DeserializationContext context)
      throws IOException {
    return parser.hasToken(JsonToken.VALUE_NULL) ? null : TIMESTAMPS.deserialize(parser, context);
  }

  /**
   * Reads a date, or the date of a timestamp.
   *
   * @param parser the parser, on the value
   * @param context the decode
   * @return the value, or null for {@code null}
   * @throws IOException if the value is not a date or cannot be read
   */
  public static LocalDate localDate(JsonParser parser, DeserializationContext context)
      throws IOException {
    return parser.hasToken(JsonToken.VALUE_NULL) ? null : DATES.deserialize(parser, context);
  }

  /**
   * Reads epoch milliseconds, or a timestamp.
   *
   * @param parser the parser, on the value
   * @param context the decode
   * @return the value, or null for {@code null}
   * @throws IOException if the value is neither or cannot be read
   */
  public static Instant instant(JsonParser parser, DeserializationContext context)
      throws IOException {
    return parser.hasToken(JsonToken.VALUE_NULL) ? null : INSTANTS.deserialize(parser, context);
  }

  /**
   * Makes a list a codec has just filled, and hands to a record's constructor only, unmodifiable
   * without copying it; the record's own copy then keeps it as it is.
   *
   * @param filled the list (an {@code ArrayList}), referenced nowhere else
   * @param <T> the element type
   * @return an unmodifiable list over it
   */
  public static <T> List<T> decodedList(List<T> filled) {
    return new DecodedList<>(filled);
  }

  /**
   * Makes a map a codec has just filled unmodifiable without copying it; see {@link #decodedList}.
   *
   * @param filled the map (a {@code LinkedHashMap}), referenced nowhere else
   * @param <V> the value type
   * @return an unmodifiable map over it, in its order
   */
  public static <V> Map<String, V> decodedMap(Map<String, V> filled) {
    return new DecodedMap<>(filled);
  }

  /**
   * Fails on a token that cannot start a value of {@code type}, as Jackson reports it.
   *
   * @param parser the parser, on the token
   * @param context the decode
   * @param type the expected type
   * @return the failure, for the caller to throw, should a problem handler of the mapper let it
   *     pass (a generated codec does not substitute values)
   * @throws IOException the failure, usually
   */
  public static JsonMappingException unexpected(
      JsonParser parser, DeserializationContext context, Class<?> type) throws IOException {
    context.handleUnexpectedToken(type, parser);
    return MismatchedInputException.from(
        parser, type, "unexpected token " + parser.currentToken() + " for " + type.getName());
  }

  /**
   * Skips the value of a property {@code type} does not declare, noting it as drift when the decode
   * collects drift.
   *
   * @param parser the parser, on the value
   * @param context the decode
   * @param type the record being read
   * @param name the property's wire name
   * @throws IOException if the value cannot be read
   */
  public static void unknownProperty(
      JsonParser parser, DeserializationContext context, Class<?> type, String name)
      throws IOException {
    DriftProblemHandler.skip(context, parser, type, name);
  }

  /**
   * Notes the required properties a record left out, when the decode collects drift. Called when
   * the record's closing token has been read; the place noted is the record's own, inside a union
   * variant too.
   *
   * @param context the decode
   * @param type the record read
   * @param seen one bit per required property, set when it came, in the order of {@code names}
   * @param names the required properties' wire names
   */
  public static void missingRequired(
      DeserializationContext context, Class<?> type, long[] seen, String[] names) {
    if (!DriftObservations.collecting(context)) {
      return;
    }
    for (int i = 0; i < names.length; i++) {
      if ((seen[i >>> 6] & (1L << i)) == 0) {
        DriftObservations.noteMissing(context, type, names[i]);
      }
    }
  }

  /**
   * Adds the record and property to a failure's path, as Jackson's bean deserializer does.
   *
   * @param failure the failure
   * @param type the record being read
   * @param name the property being read, or null
   * @return the failure, for the caller to throw
   */
  public static JsonMappingException atProperty(
      JsonMappingException failure, Class<?> type, String name) {
    return JsonMappingException.wrapWithPath(failure, type, name);
  }
}
