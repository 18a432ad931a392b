package dev.typewire.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.time.LocalDate;

/** Writes {@link LocalDate} as {@code uuuu-MM-dd}. */
final class LocalDateSerializer extends StdScalarSerializer<LocalDate> {

  private static final long serialVersionUID = 1L;

  LocalDateSerializer() {
    super(LocalDate.class);
  }

  @Override
  public void serialize(LocalDate value, JsonGenerator generator, SerializerProvider provider)
      throws IOException {
    generator.writeString(value.toString());
  }
}
