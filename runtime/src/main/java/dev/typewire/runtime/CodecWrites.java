package dev.typewire.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.OffsetDateTime;

/**
 * The value writers of generated codecs that need the runtime's formats. <strong>Not for
 * users</strong>: public only because generated code lives in the user's package; it may change in
 * any release. Output is what {@link JsonCodec#module()}'s serializers write.
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
}
