package dev.typewire.processor.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewire.processor.model.Docs;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * One schema node as Typewire understands it, read once by {@link SchemaNormalizer}: the dialects'
 * spellings of the same thing (3.0 {@code nullable} and 3.1 type arrays, boolean and numeric
 * exclusive bounds, a single example and 3.1's list of them) are resolved here, so the translation
 * asks each question of this record and gets one answer.
 *
 * @param node the schema node as written, for the keywords only one translator step reads
 * @param form what the node is, which decides how it is translated
 * @param types the JSON types it names, {@code null} left out; unknown names are left out too
 *     (reported by {@link SchemaChecks})
 * @param admitsNull JSON null is a valid value, in any spelling; for a {@code $ref}, also when its
 *     target admits null; for an {@code allOf} wrapper, also when a part that only annotates says
 *     so
 * @param readOnly {@code readOnly: true} beside a {@code $ref} or on its target
 * @param writeOnly likewise for {@code writeOnly}
 * @param example the {@code example} keyword, else the first of 3.1's list; null when neither
 * @param bounds the numeric bounds, exclusive ones in one form whatever the dialect
 * @param format {@code format} when it is a string, else empty
 * @param unionKeyword {@code oneOf} or {@code anyOf} for a union, a nullable option or a union of
 *     constants; else null
 * @param constUnion the union's alternatives are all single constants: an enum with named values
 * @param options the indexes of the union's alternatives that are not {@code {type: null}}
 * @param wrappedPart for {@link Form#WRAPPER}, the index of the {@code allOf} part it wraps; else
 *     -1
 * @param declaresType the node becomes a declared type (record, enum or union) when it is a
 *     component, or an inline schema that is not a wrapper
 * @param docs the human-facing keywords, deprecation included
 */
record NormalizedSchema(
    JsonNode node,
    Form form,
    Set<String> types,
    boolean admitsNull,
    boolean readOnly,
    boolean writeOnly,
    JsonNode example,
    Bounds bounds,
    String format,
    String unionKeyword,
    boolean constUnion,
    List<Integer> options,
    int wrappedPart,
    boolean declaresType,
    Docs docs) {

  /** What a schema node is, in the order the translation tests for it. */
  enum Form {
    /** Not an object: {@code true}, {@code false} or a mistake; any value. */
    ANY,
    /** A {@code $ref}; siblings add nullness, read/write direction, docs and rules. */
    REF,
    /** An {@code allOf} whose one real part is the value; the others only annotate or narrow. */
    WRAPPER,
    /** A {@code oneOf}/{@code anyOf} that is not a non-empty array. */
    MALFORMED_UNION,
    /** A {@code oneOf}/{@code anyOf} of only {@code {type: null}}. */
    NULL_ONLY,
    /** A {@code oneOf}/{@code anyOf} of one schema and {@code {type: null}}: a nullable value. */
    NULLABLE_OPTION,
    /** A type of its own: record, enum, union of several schemas or union of constants. */
    DECLARED,
    /** An array, a map, a scalar or a free-form value. */
    STRUCTURAL
  }

  /**
   * Numeric bounds. OpenAPI 3.0's {@code exclusiveMinimum: true} beside {@code minimum: 5} and
   * 3.1's {@code exclusiveMinimum: 5} are both {@code exclusiveMinimum = 5, minimum = null}.
   */
  record Bounds(
      BigDecimal minimum,
      BigDecimal maximum,
      BigDecimal exclusiveMinimum,
      BigDecimal exclusiveMaximum) {

    static final Bounds NONE = new Bounds(null, null, null, null);

    /** The lowest and highest values allowed, whether inclusive or not. */
    List<BigDecimal> limits() {
      return java.util.Arrays.asList(
          minimum != null ? minimum : exclusiveMinimum,
          maximum != null ? maximum : exclusiveMaximum);
    }
  }

  /** Whether this node names a single non-null type, and which: else empty. */
  String singleType() {
    return types.size() == 1 ? types.iterator().next() : "";
  }
}
