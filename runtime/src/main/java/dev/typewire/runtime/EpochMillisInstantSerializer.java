package dev.typewire.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.time.Instant;

/** Writes {@link Instant} as epoch milliseconds; finer precision is dropped. */
final class EpochMillisInstantSerializer extends StdScalarSerializer<Instant> {

  private static final long serialVersionUID = 1L;

  EpochMillisInstantSerializer() {
    super(Instant.class);
  }

  @Override
  public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider)
      throws IOException {
    generator.writeNumber(value.toEpochMilli());
  }
}
