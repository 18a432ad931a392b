package dev.typewire.runtime;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The JSON configuration generated types are written against. Use {@link #newObjectMapper()} as is,
 * or add {@link #module()} to a mapper of your own.
 *
 * <ul>
 *   <li>Unknown properties are ignored, so a server adding fields does not break old clients; when
 *       a client decodes a response they are noted as drift ({@link DriftReport}).
 *   <li>{@link OffsetDateTime} is read leniently (0 to 9 fraction digits, {@code Z}, {@code +00},
 *       {@code +00:00}, a space for {@code T}, epoch milliseconds) and written as {@code
 *       uuuu-MM-dd'T'HH:mm:ss[.fraction without trailing zeros]+HH:MM}.
 *   <li>{@link Instant} is read from and written as epoch milliseconds; timestamp text is also
 *       read.
 *   <li>{@link LocalDate} is read from and written as {@code uuuu-MM-dd}.
 *   <li>Strings are coerced to numbers and booleans ({@code "4"}, {@code "false"}), as servers
 *       often quote them (also on a mapper of your own with {@link #module()}, which sets that
 *       mapper's coercion of strings to numbers and booleans); a quoted value is noted as drift.
 *   <li>Numbers are never rounded or truncated: {@code 1.9} for an {@link Integer}, or a decimal a
 *       {@link Double} cannot hold exactly, is a decode error; {@code 1.0} is an integer. Free-form
 *       values ({@code JsonNode}) keep decimals as sent, trailing zeros included.
 *   <li>Trailing content after the value is an error; default typing is off.
 * </ul>
 */
public final class JsonCodec {

  private JsonCodec() {}

  /**
   * Returns a new mapper with the configuration described above; it may be customized further.
   *
   * @return a new, independently configurable mapper
   */
  public static ObjectMapper newObjectMapper() {
    return JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        // Free-form values (JsonNode) keep numbers exactly as sent: 19.990 stays 19.990.
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .addModule(module())
        .build();
  }

  /**
   * Returns the module with Typewire's value handling (dates and times, exact numbers, quoted
   * numbers and booleans, unknown properties skipped), for callers who build their own mapper.
   *
   * @return a new module
   */
  public static SimpleModule module() {
    SimpleModule module =
        new SimpleModule("typewire-time") {
          private static final long serialVersionUID = 1L;

          @Override
          public void setupModule(SetupContext context) {
            super.setupModule(context);
            // Drift recording: skipped properties and unlisted enum values are noted, not lost.
            context.addDeserializationProblemHandler(new DriftProblemHandler());
            context.addValueInstantiators(MissingRequiredDrift.instantiators());
            // Carried by the module so that a caller's own mapper quotes numbers alike; explicit
            // rather than relying on defaults, which Jackson has tightened before (2.12).
            if (context.getOwner() instanceof ObjectMapper mapper) {
              for (LogicalType type :
                  new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
                mapper
                    .coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
              }
            }
          }
        };
    module.setDeserializerModifier(OpenEnumDrift.modifier());
    module.addDeserializer(OffsetDateTime.class, new OffsetDateTimeDeserializer());
    module.addSerializer(OffsetDateTime.class, new OffsetDateTimeSerializer());
    module.addDeserializer(Instant.class, new EpochMillisInstantDeserializer());
    module.addSerializer(Instant.class, new EpochMillisInstantSerializer());
    module.addDeserializer(LocalDate.class, new LocalDateDeserializer());
    module.addDeserializer(Integer.class, ExactNumberDeserializer.integers());
    module.addDeserializer(Long.class, ExactNumberDeserializer.longs());
    module.addDeserializer(BigInteger.class, ExactNumberDeserializer.bigIntegers());
    module.addDeserializer(Double.class, ExactNumberDeserializer.doubles());
    module.addDeserializer(Boolean.class, new StringBooleanDeserializer());
    module.addDeserializer(String.class, LenientStringDeserializer.INSTANCE);
    module.addSerializer(LocalDate.class, new LocalDateSerializer());
    return module;
  }
}
