package dev.typewire.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;

/**
 * What a generated union's decoder calls when it keeps a value as {@code Unknown}: the value is
 * tolerated, and noted as drift when the decode is a client's. Not for use outside generated code.
 */
public final class UnionDrift {

  private UnionDrift() {}

  /**
   * Notes a union value no variant took, when the decode collects drift; otherwise does nothing.
   * Call it once the value has been read, with the parser still on its last token, so the pointer
   * is the value's own.
   *
   * @param context the decode's context
   * @param parser the parser that read the value
   * @param union the generated union type
   * @param example the discriminator value the mapping lacks, or the whole value
   */
  public static void unknownVariant(
      DeserializationContext context, JsonParser parser, Class<?> union, Object example) {
    DriftObservations.note(context, parser, DriftKind.UNKNOWN_VARIANT, union, example);
  }
}
