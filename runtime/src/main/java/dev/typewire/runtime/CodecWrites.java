package dev.typewire.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The value writers of generated codecs that need the runtime's formats. <strong>Not for
 * users</strong>: public only because generated code lives in the user's package; it may change in
 * any release. Output is what {@link JsonCodec#module()}'s serializers write.
 *
 * <p>A record's writer calls one method per property that needs no loop: the name and the value,
 * JSON null for null when the property is always written, nothing at all for null ({@code
 * ...IfPresent}) when it is left out: one line per property in generated code instead of a variable
 * and a branch.
 */
public final class CodecWrites {

  private CodecWrites() {}

  /**
   * Writes a timestamp in the canonical form {@code uuuu-MM-dd'T'HH:mm:ss[.fraction]+HH:MM}.
   *
   * @param generator the generator
   * @param value the timestamp, not null
   * @throws IOException if it cannot be written
   */
  public static void offsetDateTime(JsonGenerator generator, OffsetDateTime value)
      throws IOException {
    generator.writeString(LenientTimestamps.format(value));
  }

  /** Writes the property {@code name} as a string; JSON {@code null} for null. */
  public static void string(JsonGenerator generator, SerializableString name, String value)
      throws IOException {
    if (namedAndPresent(generator, name, value)) {
      generator.writeString(value);
    }
  }

  /** As {@link #string}, writing nothing at all for null. */
  public static void stringIfPresent(JsonGenerator generator, SerializableString name, String value)
      throws IOException {
    if (value != null) {
      string(generator, name, value);
    }
  }

  /**
   * Writes the property {@code name} as an {@code integer} (32 bits); JSON {@code null} for null.
   */
  public static void int32(JsonGenerator generator, SerializableString name, Integer value)
      throws IOException {
    if (namedAndPresent(generator, name, value)) {
      generator.writeNumber(value.intValue());
    }
  }

  /** As {@link #int32}, writing nothing at all for null. */
  public static void int32IfPresent(JsonGenerator generator, SerializableString name, Integer value)
      throws IOException {
    if (value != null) {
      int32(generator, name, value);
    }
  }

  /**
   * Writes the property {@code name} as an {@code integer} of 64 bits; JSON {@code null} for null.
   */
  public static void int64(JsonGenerator generator, SerializableString name, Long value)
      throws IOException {
    if (namedAndPresent(generator, name, value)) {
      generator.writeNumber(value.longValue());
    }
  }

  /** As {@link #int64}, writing nothing at all for null. */
  public static void int64IfPresent(JsonGenerator generator, SerializableString name, Long value)
      throws IOException {
    if (value != null) {
      int64(generator, name, value);
    }
  }

  /**
   * Writes the property {@code name} as a {@code number} held as a double; JSON {@code null} for
   * null.
   */
  public static void float64(JsonGenerator generator, SerializableString name, Double value)
      throws IOException {
    if (namedAndPresent(generator, name, value)) {
      generator.writeNumber(value.doubleValue());
    }
  }

  /** As {@link #float64}, writing nothing at all for null. */
  public static void float64IfPresent(
      JsonGenerator generator, SerializableString name, Double value) throws IOException {
    if (value != null) {
      float64(generator, name, value);
    }
  }

  /**
   * Writes the property {@code name} as an {@code integer} of any size; JSON {@code null} for null.
   */
  public static void bigInteger(JsonGenerator generator, SerializableString name, BigInteger value)
      throws IOException {
    if (namedAndPresent(generator, name, value)) {
      generator.writeNumber(value);
    }
  }

  /** As {@link #bigInteger}, writing nothing at all for null. */
  public static void bigIntegerIfPresent(
      JsonGenerator generator, SerializableString name, BigInteger value) throws IOException {
    if (value != null) {
      bigInteger(generator, name, value);
    }
  }

  /**
   * Writes the property {@code name} as a {@code number} held exactly; JSON {@code null} for null.
   */
  public static void bigDecimal(JsonGenerator generator, SerializableString name, BigDecimal value)
      throws IOException {
    if (namedAndPresent(generator, name, value)) {
      generator.writeNumber(value);
    }
  }

  /** As {@link #bigDecimal}, writing nothing at all for null. */
  public static void bigDecimalIfPresent(
      JsonGenerator generator, SerializableString name, BigDecimal value) throws IOException {
    if (value != null) {
      bigDecimal(generator, name, value);
    }
  }

  /** Writes the property {@code name} as a boolean; JSON {@code null} for null. */
  public static void bool(JsonGenerator generator, SerializableString name, Boolean value)
      throws IOException {
    if (namedAndPresent(generator, name, value)) {
      generator.writeBoolean(value.booleanValue());
    }
  }

  /** As {@link #bool}, writing nothing at all for null. */
  public static void boolIfPresent(JsonGenerator generator, SerializableString name, Boolean value)
      throws IOException {
    if (value != null) {
      bool(generator, name, value);
    }
  }

  /**
   * Writes the property {@code name} as a timestamp in the canonical form {@code
   * uuuu-MM-dd'T'HH:mm:ss[.fraction]+HH:MM}; JSON {@code null} for null.
   */
  public static void offsetDateTime(
      JsonGenerator generator, SerializableString name, OffsetDateTime value) throws IOException {
    if (namedAndPresent(generator, name, value)) {
      offsetDateTime(generator, value);
    }
  }

  /** As {@link #offsetDateTime}, writing nothing at all for null. */
  public static void offsetDateTimeIfPresent(
      JsonGenerator generator, SerializableString name, OffsetDateTime value) throws IOException {
    if (value != null) {
      offsetDateTime(generator, name, value);
    }
  }

  /**
   * Writes the property {@code name} as a date ({@code uuuu-MM-dd}); JSON {@code null} for null.
   */
  public static void date(JsonGenerator generator, SerializableString name, LocalDate value)
      throws IOException {
    if (namedAndPresent(generator, name, value)) {
      generator.writeString(value.toString());
    }
  }

  /** As {@link #date}, writing nothing at all for null. */
  public static void dateIfPresent(
      JsonGenerator generator, SerializableString name, LocalDate value) throws IOException {
    if (value != null) {
      date(generator, name, value);
    }
  }

  /**
   * Writes the property {@code name} as an instant as milliseconds since the epoch; JSON {@code
   * null} for null.
   */
  public static void epochMillis(JsonGenerator generator, SerializableString name, Instant value)
      throws IOException {
    if (namedAndPresent(generator, name, value)) {
      generator.writeNumber(value.toEpochMilli());
    }
  }

  /** As {@link #epochMillis}, writing nothing at all for null. */
  public static void epochMillisIfPresent(
      JsonGenerator generator, SerializableString name, Instant value) throws IOException {
    if (value != null) {
      epochMillis(generator, name, value);
    }
  }

  /**
   * Writes the property {@code name} as a number or boolean the description carries in a string:
   * its {@code toString()}; JSON {@code null} for null.
   */
  public static void quoted(JsonGenerator generator, SerializableString name, Object value)
      throws IOException {
    if (namedAndPresent(generator, name, value)) {
      generator.writeString(value.toString());
    }
  }

  /** As {@link #quoted}, writing nothing at all for null. */
  public static void quotedIfPresent(JsonGenerator generator, SerializableString name, Object value)
      throws IOException {
    if (value != null) {
      quoted(generator, name, value);
    }
  }

  /**
   * Writes the property {@code name} as {@code value} through {@code serializer} (a record's or
   * enum's, resolved once by the writer); JSON {@code null} for null.
   */
  public static void serialized(
      JsonGenerator generator,
      SerializableString name,
      Object value,
      JsonSerializer<Object> serializer,
      SerializerProvider provider)
      throws IOException {
    if (namedAndPresent(generator, name, value)) {
      serializer.serialize(value, generator, provider);
    }
  }

  /** As {@link #serialized}, writing nothing at all for null. */
  public static void serializedIfPresent(
      JsonGenerator generator,
      SerializableString name,
      Object value,
      JsonSerializer<Object> serializer,
      SerializerProvider provider)
      throws IOException {
    if (value != null) {
      serialized(generator, name, value, serializer, provider);
    }
  }

  /**
   * Writes the property {@code name} as {@code value} by the serializer of its own class (a union,
   * free-form JSON); JSON {@code null} for null.
   */
  public static void any(
      JsonGenerator generator, SerializableString name, Object value, SerializerProvider provider)
      throws IOException {
    if (namedAndPresent(generator, name, value)) {
      provider.defaultSerializeValue(value, generator);
    }
  }

  /** As {@link #any}, writing nothing at all for null. */
  public static void anyIfPresent(
      JsonGenerator generator, SerializableString name, Object value, SerializerProvider provider)
      throws IOException {
    if (value != null) {
      any(generator, name, value, provider);
    }
  }

  /** Writes the property's name, and JSON {@code null} if {@code value} is null: then false. */
  private static boolean namedAndPresent(
      JsonGenerator generator, SerializableString name, Object value) throws IOException {
    generator.writeFieldName(name);
    if (value == null) {
      generator.writeNull();
      return false;
    }
    return true;
  }
}
