package dev.typewire.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.time.OffsetDateTime;

/** Writes {@link OffsetDateTime} in the canonical form of {@link LenientTimestamps#format}. */
final class OffsetDateTimeSerializer extends StdScalarSerializer<OffsetDateTime> {

  private static final long serialVersionUID = 1L;

  OffsetDateTimeSerializer() {
    super(OffsetDateTime.class);
  }

  @Override
  public void serialize(OffsetDateTime value, JsonGenerator generator, SerializerProvider provider)
      throws IOException {
    generator.writeString(LenientTimestamps.format(value));
  }
}
