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
 * <p>Each kind of value has three writers. The value alone writes it, or JSON null for null: the
 * items of lists and maps. The property writer writes a name and then the value, for a property
 * that is always written; its {@code ...IfPresent} form writes nothing at all for null, for a
 * property left out when null. A record's writer calls one of them per property that needs no loop:
 * one line in generated code instead of a variable and a branch, and each format in one place.
 */
public final class CodecWrites {

  private CodecWrites() {}

  /**
   * Writes {@code value} as a string; JSON {@code null} for null.
   *
   * @param generator the generator
   * @param value the value, or null
   * @throws IOException if it cannot be written
   */
  public static void string(JsonGenerator generator, String value) throws IOException {
    if (value == null) {
      generator.writeNull();
    } else {
      generator.writeString(value);
    }
  }

  /** Writes the property {@code name}, its value as {@link #string(JsonGenerator, String)} does. */
  public static void string(JsonGenerator generator, SerializableString name, String value)
      throws IOException {
    generator.writeFieldName(name);
    string(generator, value);
  }

  /**
   * As {@link #string(JsonGenerator, SerializableString, String)}, writing nothing at all for null.
   */
  public static void stringIfPresent(JsonGenerator generator, SerializableString name, String value)
      throws IOException {
    if (value != null) {
      string(generator, name, value);
    }
  }

  /**
   * Writes {@code value} as an {@code integer} (32 bits); JSON {@code null} for null.
   *
   * @param generator the generator
   * @param value the value, or null
   * @throws IOException if it cannot be written
   */
  public static void int32(JsonGenerator generator, Integer value) throws IOException {
    if (value == null) {
      generator.writeNull();
    } else {
      generator.writeNumber(value.intValue());
    }
  }

  /** Writes the property {@code name}, its value as {@link #int32(JsonGenerator, Integer)} does. */
  public static void int32(JsonGenerator generator, SerializableString name, Integer value)
      throws IOException {
    generator.writeFieldName(name);
    int32(generator, value);
  }

  /**
   * As {@link #int32(JsonGenerator, SerializableString, Integer)}, writing nothing at all for null.
   */
  public static void int32IfPresent(JsonGenerator generator, SerializableString name, Integer value)
      throws IOException {
    if (value != null) {
      int32(generator, name, value);
    }
  }

  /**
   * Writes {@code value} as an {@code integer} of 64 bits; JSON {@code null} for null.
   *
   * @param generator the generator
   * @param value the value, or null
   * @throws IOException if it cannot be written
   */
  public static void int64(JsonGenerator generator, Long value) throws IOException {
    if (value == null) {
      generator.writeNull();
    } else {
      generator.writeNumber(value.longValue());
    }
  }

  /** Writes the property {@code name}, its value as {@link #int64(JsonGenerator, Long)} does. */
  public static void int64(JsonGenerator generator, SerializableString name, Long value)
      throws IOException {
    generator.writeFieldName(name);
    int64(generator, value);
  }

  /**
   * As {@link #int64(JsonGenerator, SerializableString, Long)}, writing nothing at all for null.
   */
  public static void int64IfPresent(JsonGenerator generator, SerializableString name, Long value)
      throws IOException {
    if (value != null) {
      int64(generator, name, value);
    }
  }

  /**
   * Writes {@code value} as a {@code number} held as a double; JSON {@code null} for null.
   *
   * @param generator the generator
   * @param value the value, or null
   * @throws IOException if it cannot be written
   */
  public static void float64(JsonGenerator generator, Double value) throws IOException {
    if (value == null) {
      generator.writeNull();
    } else {
      generator.writeNumber(value.doubleValue());
    }
  }

  /**
   * Writes the property {@code name}, its value as {@link #float64(JsonGenerator, Double)} does.
   */
  public static void float64(JsonGenerator generator, SerializableString name, Double value)
      throws IOException {
    generator.writeFieldName(name);
    float64(generator, value);
  }

  /**
   * As {@link #float64(JsonGenerator, SerializableString, Double)}, writing nothing at all for
   * null.
   */
  public static void float64IfPresent(
      JsonGenerator generator, SerializableString name, Double value) throws IOException {
    if (value != null) {
      float64(generator, name, value);
    }
  }

  /**
   * Writes {@code value} as an {@code integer} of any size; JSON {@code null} for null.
   *
   * @param generator the generator
   * @param value the value, or null
   * @throws IOException if it cannot be written
   */
  public static void bigInteger(JsonGenerator generator, BigInteger value) throws IOException {
    if (value == null) {
      generator.writeNull();
    } else {
      generator.writeNumber(value);
    }
  }

  /**
   * Writes the property {@code name}, its value as {@link #bigInteger(JsonGenerator, BigInteger)}
   * does.
   */
  public static void bigInteger(JsonGenerator generator, SerializableString name, BigInteger value)
      throws IOException {
    generator.writeFieldName(name);
    bigInteger(generator, value);
  }

  /**
   * As {@link #bigInteger(JsonGenerator, SerializableString, BigInteger)}, writing nothing at all
   * for null.
   */
  public static void bigIntegerIfPresent(
      JsonGenerator generator, SerializableString name, BigInteger value) throws IOException {
    if (value != null) {
      bigInteger(generator, name, value);
    }
  }

  /**
   * Writes {@code value} as a {@code number} held exactly; JSON {@code null} for null.
   *
   * @param generator the generator
   * @param value the value, or null
   * @throws IOException if it cannot be written
   */
  public static void bigDecimal(JsonGenerator generator, BigDecimal value) throws IOException {
    if (value == null) {
      generator.writeNull();
    } else {
      generator.writeNumber(value);
    }
  }

  /**
   * Writes the property {@code name}, its value as {@link #bigDecimal(JsonGenerator, BigDecimal)}
   * does.
   */
  public static void bigDecimal(JsonGenerator generator, SerializableString name, BigDecimal value)
      throws IOException {
    generator.writeFieldName(name);
    bigDecimal(generator, value);
  }

  /**
   * As {@link #bigDecimal(JsonGenerator, SerializableString, BigDecimal)}, writing nothing at all
   * for null.
   */
  public static void bigDecimalIfPresent(
      JsonGenerator generator, SerializableString name, BigDecimal value) throws IOException {
    if (value != null) {
      bigDecimal(generator, name, value);
    }
  }

  /**
   * Writes {@code value} as a boolean; JSON {@code null} for null.
   *
   * @param generator the generator
   * @param value the value, or null
   * @throws IOException if it cannot be written
   */
  public static void bool(JsonGenerator generator, Boolean value) throws IOException {
    if (value == null) {
      generator.writeNull();
    } else {
      generator.writeBoolean(value.booleanValue());
    }
  }

  /** Writes the property {@code name}, its value as {@link #bool(JsonGenerator, Boolean)} does. */
  public static void bool(JsonGenerator generator, SerializableString name, Boolean value)
      throws IOException {
    generator.writeFieldName(name);
    bool(generator, value);
  }

  /**
   * As {@link #bool(JsonGenerator, SerializableString, Boolean)}, writing nothing at all for null.
   */
  public static void boolIfPresent(JsonGenerator generator, SerializableString name, Boolean value)
      throws IOException {
    if (value != null) {
      bool(generator, name, value);
    }
  }

  /**
   * Writes {@code value} as a timestamp in the canonical form {@code
   * uuuu-MM-dd'T'HH:mm:ss[.fraction]+HH:MM}; JSON {@code null} for null.
   *
   * @param generator the generator
   * @param value the value, or null
   * @throws IOException if it cannot be written
   */
  public static void offsetDateTime(JsonGenerator generator, OffsetDateTime value)
      throws IOException {
    if (value == null) {
      generator.writeNull();
    } else {
      generator.writeString(LenientTimestamps.format(value));
    }
  }

  /**
   * Writes the property {@code name}, its value as {@link #offsetDateTime(JsonGenerator,
   * OffsetDateTime)} does.
   */
  public static void offsetDateTime(
      JsonGenerator generator, SerializableString name, OffsetDateTime value) throws IOException {
    generator.writeFieldName(name);
    offsetDateTime(generator, value);
  }

  /**
   * As {@link #offsetDateTime(JsonGenerator, SerializableString, OffsetDateTime)}, writing nothing
   * at all for null.
   */
  public static void offsetDateTimeIfPresent(
      JsonGenerator generator, SerializableString name, OffsetDateTime value) throws IOException {
    if (value != null) {
      offsetDateTime(generator, name, value);
    }
  }

  /**
   * Writes {@code value} as a date ({@code uuuu-MM-dd}); JSON {@code null} for null.
   *
   * @param generator the generator
   * @param value the value, or null
   * @throws IOException if it cannot be written
   */
  public static void date(JsonGenerator generator, LocalDate value) throws IOException {
    if (value == null) {
      generator.writeNull();
    } else {
      generator.writeString(value.toString());
    }
  }

  /**
   * Writes the property {@code name}, its value as {@link #date(JsonGenerator, LocalDate)} does.
   */
  public static void date(JsonGenerator generator, SerializableString name, LocalDate value)
      throws IOException {
    generator.writeFieldName(name);
    date(generator, value);
  }

  /**
   * As {@link #date(JsonGenerator, SerializableString, LocalDate)}, writing nothing at all for
   * null.
   */
  public static void dateIfPresent(
      JsonGenerator generator, SerializableString name, LocalDate value) throws IOException {
    if (value != null) {
      date(generator, name, value);
    }
  }

  /**
   * Writes {@code value} as milliseconds since the epoch; JSON {@code null} for null.
   *
   * @param generator the generator
   * @param value the value, or null
   * @throws IOException if it cannot be written
   */
  public static void epochMillis(JsonGenerator generator, Instant value) throws IOException {
    if (value == null) {
      generator.writeNull();
    } else {
      generator.writeNumber(value.toEpochMilli());
    }
  }

  /**
   * Writes the property {@code name}, its value as {@link #epochMillis(JsonGenerator, Instant)}
   * does.
   */
  public static void epochMillis(JsonGenerator generator, SerializableString name, Instant value)
      throws IOException {
    generator.writeFieldName(name);
    epochMillis(generator, value);
  }

  /**
   * As {@link #epochMillis(JsonGenerator, SerializableString, Instant)}, writing nothing at all for
   * null.
   */
  public static void epochMillisIfPresent(
      JsonGenerator generator, SerializableString name, Instant value) throws IOException {
    if (value != null) {
      epochMillis(generator, name, value);
    }
  }

  /**
   * Writes {@code value} in a string, as the description carries this number or boolean: its {@code
   * toString()}; JSON {@code null} for null.
   *
   * @param generator the generator
   * @param value the value, or null
   * @throws IOException if it cannot be written
   */
  public static void quoted(JsonGenerator generator, Object value) throws IOException {
    if (value == null) {
      generator.writeNull();
    } else {
      generator.writeString(value.toString());
    }
  }

  /** Writes the property {@code name}, its value as {@link #quoted(JsonGenerator, Object)} does. */
  public static void quoted(JsonGenerator generator, SerializableString name, Object value)
      throws IOException {
    generator.writeFieldName(name);
    quoted(generator, value);
  }

  /**
   * As {@link #quoted(JsonGenerator, SerializableString, Object)}, writing nothing at all for null.
   */
  public static void quotedIfPresent(JsonGenerator generator, SerializableString name, Object value)
      throws IOException {
    if (value != null) {
      quoted(generator, name, value);
    }
  }

  /**
   * Writes {@code value} through {@code serializer}, a record's or enum's that the writer resolved
   * once; JSON {@code null} for null.
   *
   * @param generator the generator
   * @param value the value, or null
   * @param serializer the serializer of the value's declared type
   * @param provider the provider the writer was called with
   * @throws IOException if it cannot be written
   */
  public static void serialized(
      JsonGenerator generator,
      Object value,
      JsonSerializer<Object> serializer,
      SerializerProvider provider)
      throws IOException {
    if (value == null) {
      generator.writeNull();
    } else {
      serializer.serialize(value, generator, provider);
    }
  }

  /** Writes the property {@code name}, its value as {@link #serialized} does. */
  public static void serialized(
      JsonGenerator generator,
      SerializableString name,
      Object value,
      JsonSerializer<Object> serializer,
      SerializerProvider provider)
      throws IOException {
    generator.writeFieldName(name);
    serialized(generator, value, serializer, provider);
  }

  /**
   * As {@link #serialized(JsonGenerator, SerializableString, Object, JsonSerializer,
   * SerializerProvider)}, writing nothing at all for null.
   */
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
   * Writes {@code value} by the serializer of its own class (a union, free-form JSON); JSON {@code
   * null} for null.
   *
   * @param generator the generator
   * @param value the value, or null
   * @param provider the provider the writer was called with
   * @throws IOException if it cannot be written
   */
  public static void any(JsonGenerator generator, Object value, SerializerProvider provider)
      throws IOException {
    if (value == null) {
      generator.writeNull();
    } else {
      provider.defaultSerializeValue(value, generator);
    }
  }

  /** Writes the property {@code name}, its value as {@link #any} does. */
  public static void any(
      JsonGenerator generator, SerializableString name, Object value, SerializerProvider provider)
      throws IOException {
    generator.writeFieldName(name);
    any(generator, value, provider);
  }

  /**
   * As {@link #any(JsonGenerator, SerializableString, Object, SerializerProvider)}, writing nothing
   * at all for null.
   */
  public static void anyIfPresent(
      JsonGenerator generator, SerializableString name, Object value, SerializerProvider provider)
      throws IOException {
    if (value != null) {
      any(generator, name, value, provider);
    }
  }
}
