package dev.typewire.processor.read;

import dev.typewire.processor.model.TypeRef;
import dev.typewire.processor.model.TypeRef.Scalar;
import java.math.BigDecimal;

/** Which Java scalar a JSON Schema {@code string}, {@code integer} or {@code number} becomes. */
final class ScalarTypes {

  private ScalarTypes() {}

  static Typed stringType(String format, boolean nullable) {
    return switch (format) {
      case "date-time" -> new Typed(TypeRef.of(Scalar.DATE_TIME), nullable, false);
      case "date" -> new Typed(TypeRef.of(Scalar.DATE), nullable, false);
      case "uuid" -> new Typed(TypeRef.of(Scalar.UUID), nullable, false);
      case "byte" -> new Typed(TypeRef.of(Scalar.BYTES), nullable, false);
      // Typewire convention: a number or boolean the wire carries in a string.
      case "int32" -> new Typed(TypeRef.of(Scalar.INTEGER), nullable, true);
      case "int64" -> new Typed(TypeRef.of(Scalar.LONG), nullable, true);
      case "boolean" -> new Typed(TypeRef.of(Scalar.BOOLEAN), nullable, true);
      default -> new Typed(TypeRef.of(Scalar.STRING), nullable, false);
    };
  }

  static TypeRef integerType(NormalizedSchema.Bounds bounds, String format) {
    return switch (format) {
      case "int64" -> TypeRef.of(Scalar.LONG);
      case "epoch-millis" -> TypeRef.of(Scalar.EPOCH_MILLIS);
      case "int32" -> TypeRef.of(Scalar.INTEGER);
      case "int128", "uint64", "big-integer" -> TypeRef.of(Scalar.BIG_INTEGER);
      default -> {
        if (!fitsLong(bounds)) {
          yield TypeRef.of(Scalar.BIG_INTEGER);
        }
        yield fitsInt(bounds) ? TypeRef.of(Scalar.INTEGER) : TypeRef.of(Scalar.LONG);
      }
    };
  }

  /**
   * Bounds beyond 64 bits need {@code BigInteger}; a {@code Long} would silently overflow.
   * Exclusive bounds count as well: {@code exclusiveMaximum: 3000000000} admits values past an
   * {@code int}.
   */
  static boolean fitsLong(NormalizedSchema.Bounds bounds) {
    return fits(bounds, Long.MIN_VALUE, Long.MAX_VALUE);
  }

  static boolean fitsInt(NormalizedSchema.Bounds bounds) {
    return fits(bounds, Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  private static boolean fits(NormalizedSchema.Bounds bounds, long lowest, long highest) {
    for (BigDecimal limit : bounds.limits()) {
      if (limit != null
          && (limit.compareTo(BigDecimal.valueOf(lowest)) < 0
              || limit.compareTo(BigDecimal.valueOf(highest)) > 0)) {
        return false;
      }
    }
    return true;
  }
}
