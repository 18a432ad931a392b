package dev.typewire.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.Function;

/**
 * Reads a number into {@link Integer}, {@link Long}, {@link BigInteger} or {@link Double} only when
 * the value fits exactly. Jackson's own deserializers truncate {@code 1.9} to {@code 1} and turn
 * {@code 1e400} into infinity; a client that silently changes the numbers a server sent is worse
 * than one that reports a {@link DecodeException}. Integral values written as decimals ({@code
 * 1.0}, {@code 1e2}) are integers in JSON Schema and are accepted, and numbers quoted in strings
 * ({@code "4"}) are read by the same rules, as servers often quote them.
 */
final class ExactNumberDeserializer<T> extends StdScalarDeserializer<T>
    implements ContextualDeserializer {

  private static final long serialVersionUID = 1L;

  /**
   * Any decimal with at most this many significant digits survives the trip through a double and
   * back, so the common case needs no exactness check.
   */
  private static final int DOUBLE_SAFE_DIGITS = 15;

  private final transient Function<BigDecimal, T> exact;
  // The schema carries this value in a string (format int64 on a string): a string is no drift.
  private final boolean quoted;

  private ExactNumberDeserializer(Class<T> type, Function<BigDecimal, T> exact, boolean quoted) {
    super(type);
    this.exact = exact;
    this.quoted = quoted;
  }

  private ExactNumberDeserializer(Class<T> type, Function<BigDecimal, T> exact) {
    this(type, exact, false);
  }

  @Override
  public JsonDeserializer<?> createContextual(
      DeserializationContext context, BeanProperty property) {
    boolean declaredQuoted = QuotedScalars.declaredQuoted(context, property, handledType());
    return declaredQuoted == quoted
        ? this
        : new ExactNumberDeserializer<>(handledType(), exact, declaredQuoted);
  }

  /** This deserializer for a property the schema carries in a string: a string is no drift. */
  ExactNumberDeserializer<T> quoted() {
    return new ExactNumberDeserializer<>(handledType(), exact, true);
  }

  static ExactNumberDeserializer<Integer> integers() {
    return new ExactNumberDeserializer<>(Integer.class, BigDecimal::intValueExact);
  }

  static ExactNumberDeserializer<Long> longs() {
    return new ExactNumberDeserializer<>(Long.class, BigDecimal::longValueExact);
  }

  static ExactNumberDeserializer<BigInteger> bigIntegers() {
    return new ExactNumberDeserializer<>(BigInteger.class, BigDecimal::toBigIntegerExact);
  }

  static ExactNumberDeserializer<Double> doubles() {
    return new ExactNumberDeserializer<>(Double.class, ExactNumberDeserializer::exactDouble);
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      T fast = fastPath(parser, token);
      return fast != null ? fast : fromDecimal(parser.getDecimalValue(), context);
    }
    if (token == JsonToken.VALUE_STRING) {
      String text = parser.getText().trim();
      if (!quoted) {
        DriftObservations.note(context, parser, DriftKind.COERCED_VALUE, handledType(), text);
      }
      if (text.isEmpty()) {
        return null;
      }
      BigDecimal decimal;
      try {
        decimal = new BigDecimal(text);
      } catch (NumberFormatException e) {
        return handledType()
            .cast(context.handleWeirdStringValue(handledType(), text, "not a number"));
      }
      return fromDecimal(decimal, context);
    }
    return handledType().cast(context.handleUnexpectedToken(handledType(), parser));
  }

  @Override
  @SuppressWarnings("unchecked") // the constructor ties T to the handled type
  public Class<T> handledType() {
    return (Class<T>) super.handledType();
  }

  /** The value without a detour through BigDecimal when the parser's own reading is exact. */
  private T fastPath(JsonParser parser, JsonToken token) throws IOException {
    Class<?> type = handledType();
    if (token == JsonToken.VALUE_NUMBER_INT) {
      JsonParser.NumberType number = parser.getNumberType();
      if (type == Integer.class && number == JsonParser.NumberType.INT) {
        return handledType().cast(parser.getIntValue());
      }
      if (type == Long.class && number != JsonParser.NumberType.BIG_INTEGER) {
        return handledType().cast(parser.getLongValue());
      }
      if (type == BigInteger.class) {
        return handledType().cast(parser.getBigIntegerValue());
      }
    }
    if (type == Double.class && significantDigits(parser) <= DOUBLE_SAFE_DIGITS) {
      double value = parser.getDoubleValue();
      return Double.isInfinite(value) ? null : handledType().cast(value);
    }
    return null;
  }

  private T fromDecimal(BigDecimal decimal, DeserializationContext context) throws IOException {
    try {
      return exact.apply(decimal);
    } catch (ArithmeticException e) {
      return handledType()
          .cast(
              context.handleWeirdNumberValue(
                  handledType(),
                  decimal,
                  "does not fit "
                      + handledType().getSimpleName()
                      + " exactly (declare format: decimal or a wider type in the schema)"));
    }
  }

  private static Double exactDouble(BigDecimal decimal) {
    double value = decimal.doubleValue();
    if (Double.isInfinite(value)
        || new BigDecimal(Double.toString(value)).compareTo(decimal) != 0) {
      throw new ArithmeticException("rounded");
    }
    return value;
  }

  /** Digits of the number's text before any exponent, leading zeros and sign not counted. */
  private static int significantDigits(JsonParser parser) throws IOException {
    if (parser.getTextLength() > 2 * DOUBLE_SAFE_DIGITS) {
      // Long runs of zeros can underflow a double; let the exact check decide.
      return Integer.MAX_VALUE;
    }
    char[] text = parser.getTextCharacters();
    int end = parser.getTextOffset() + parser.getTextLength();
    int digits = 0;
    boolean leading = true;
    for (int i = parser.getTextOffset(); i < end; i++) {
      char c = text[i];
      if (c == 'e' || c == 'E') {
        // Exponents move the value out of the range where a short mantissa is enough.
        return Integer.MAX_VALUE;
      }
      if ((c >= '1' && c <= '9') || (c == '0' && !leading)) {
        digits++;
        leading = false;
      }
    }
    return digits;
  }
}
