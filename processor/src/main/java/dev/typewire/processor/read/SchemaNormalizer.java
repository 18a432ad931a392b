package dev.typewire.processor.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.typewire.processor.read.NormalizedSchema.Bounds;
import dev.typewire.processor.read.NormalizedSchema.Form;
import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Reads each schema node once into a {@link NormalizedSchema}. The only place that knows how the
 * dialects spell nullness, exclusive bounds, examples and the direction of a property: OpenAPI 3.0
 * and 3.1 spellings are both accepted in both, since real 3.0 descriptions use 3.1's type arrays
 * and 3.1 ones keep 3.0's {@code nullable}.
 *
 * <p>Siblings of {@code $ref}: 3.1 honours them and 3.0 says to ignore them, but 3.0 descriptions
 * write {@code nullable}, {@code description}, {@code readOnly} and validation rules beside a ref
 * meaning them, so Typewire honours those in both dialects. Keywords that would give the ref a
 * shape of its own ({@code properties}, {@code items}) are not honoured in either.
 */
final class SchemaNormalizer {

  private final RefResolver refs;

  /** By identity: two equal nodes at different places are different schemas. */
  private final IdentityHashMap<JsonNode, NormalizedSchema> read = new IdentityHashMap<>();

  SchemaNormalizer(RefResolver refs) {
    this.refs = refs;
  }

  NormalizedSchema normalize(JsonNode schema) {
    if (schema == null || !schema.isObject()) {
      return any(schema);
    }
    NormalizedSchema known = read.get(schema);
    if (known == null) {
      known = read(schema);
      read.put(schema, known);
    }
    return known;
  }

  private NormalizedSchema read(JsonNode schema) {
    Form form = form(schema);
    boolean admitsNull =
        form == Form.WRAPPER
            ? SchemaShapes.wrapperAdmitsNull(schema)
            : SchemaShapes.admitsNull(schema);
    boolean readOnly = schema.path("readOnly").asBoolean(false);
    boolean writeOnly = schema.path("writeOnly").asBoolean(false);
    if (form == Form.REF) {
      JsonNode target = refs.peek(schema);
      // peek ends a chain at a node without $ref (or null), so this does not recurse further.
      if (target != null && !target.has("$ref")) {
        NormalizedSchema resolved = normalize(target);
        admitsNull |= resolved.admitsNull();
        readOnly |= resolved.readOnly();
        writeOnly |= resolved.writeOnly();
      }
    }
    String unionKeyword = SchemaShapes.unionKeyword(schema);
    JsonNode options = unionKeyword == null ? null : schema.get(unionKeyword);
    return new NormalizedSchema(
        schema,
        form,
        nonNullTypes(schema),
        admitsNull,
        readOnly,
        writeOnly,
        example(schema),
        bounds(schema),
        schema.path("format").isTextual() ? schema.get("format").asText() : "",
        unionKeyword,
        SchemaShapes.constUnionKeyword(schema) != null,
        options != null && options.isArray() ? SchemaShapes.nonNullOptions(options) : List.of(),
        SchemaShapes.wrappedPartIndex(schema),
        SchemaShapes.declaresType(schema),
        SchemaDocs.docs(schema));
  }

  private static NormalizedSchema any(JsonNode schema) {
    return new NormalizedSchema(
        schema,
        Form.ANY,
        Set.of(),
        true,
        false,
        false,
        null,
        Bounds.NONE,
        "",
        null,
        false,
        List.of(),
        -1,
        false,
        SchemaDocs.docs(JsonNodeFactory.instance.objectNode()));
  }

  private static Form form(JsonNode schema) {
    if (schema.has("$ref")) {
      return Form.REF;
    }
    if (SchemaShapes.wrappedPartIndex(schema) >= 0) {
      return Form.WRAPPER;
    }
    String keyword = SchemaShapes.unionKeyword(schema);
    if (keyword != null && SchemaShapes.constUnionKeyword(schema) == null) {
      JsonNode options = schema.get(keyword);
      if (!options.isArray() || options.isEmpty()) {
        return Form.MALFORMED_UNION;
      }
      int nonNull = SchemaShapes.nonNullOptions(options).size();
      return nonNull == 0 ? Form.NULL_ONLY : nonNull == 1 ? Form.NULLABLE_OPTION : Form.DECLARED;
    }
    return SchemaShapes.declaresType(schema) ? Form.DECLARED : Form.STRUCTURAL;
  }

  private static Set<String> nonNullTypes(JsonNode schema) {
    Set<String> types = SchemaShapes.typeNames(schema);
    types.remove("null");
    return Set.copyOf(types);
  }

  /** {@code example} (3.0, deprecated in 3.1), else the first of 3.1's {@code examples}. */
  private static JsonNode example(JsonNode schema) {
    JsonNode example = schema.get("example");
    if (example != null) {
      return example;
    }
    JsonNode examples = schema.get("examples");
    return examples != null && examples.isArray() && !examples.isEmpty() ? examples.get(0) : null;
  }

  private static Bounds bounds(JsonNode schema) {
    BigDecimal minimum = number(schema, "minimum");
    BigDecimal maximum = number(schema, "maximum");
    BigDecimal exclusiveMinimum = number(schema, "exclusiveMinimum");
    BigDecimal exclusiveMaximum = number(schema, "exclusiveMaximum");
    // OpenAPI 3.0 (JSON Schema draft 4): a boolean that makes minimum/maximum exclusive.
    if (schema.path("exclusiveMinimum").asBoolean(false) && minimum != null) {
      exclusiveMinimum = minimum;
      minimum = null;
    }
    if (schema.path("exclusiveMaximum").asBoolean(false) && maximum != null) {
      exclusiveMaximum = maximum;
      maximum = null;
    }
    return new Bounds(minimum, maximum, exclusiveMinimum, exclusiveMaximum);
  }

  private static BigDecimal number(JsonNode schema, String field) {
    JsonNode value = schema.get(field);
    return value != null && value.isNumber() ? value.decimalValue() : null;
  }
}
