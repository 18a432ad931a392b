package dev.typewire.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;

/**
 * Decodes a generated union from the table of its variants. With a discriminator, the property's
 * value picks the variant (a value the mapping lacks gives {@code Unknown}); without one, or when
 * the property is missing, the variants whose shape fits are tried in the order {@link
 * UnionVariants} ranks them, and the first that decodes wins. A value no variant takes is kept
 * whole as the union's {@code Unknown} and noted as drift ({@link DriftKind#UNKNOWN_VARIANT}).
 *
 * <p>The value is read once, into one {@link TokenBuffer}, while its top-level properties are
 * counted against the variants; each attempt reads that buffer. Variants are decoded by whatever
 * deserializer the mapper has for their type. For generated code: a union's nested {@code Decoder}
 * extends this class with its table, so that {@code @JsonDeserialize} and modules can create it
 * with {@code new}.
 *
 * @param <T> the union's sealed interface
 */
public class UnionDecoder<T> extends StdDeserializer<T> {

  private static final long serialVersionUID = 1L;

  // Jackson's deserializers are serializable by inheritance only; none is ever serialized.
  private final transient UnionVariants<T> variants;

  /**
   * A decoder of the union {@code variants} describes.
   *
   * @param variants the union's table
   */
  public UnionDecoder(UnionVariants<T> variants) {
    super(variants.union());
    this.variants = variants;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    JsonToken first = parser.currentToken();
    // The buffer's root stands where the value sits in the body, so that drift inside a variant
    // is noted with its pointer from the body's root.
    TokenBuffer buffer =
        context.bufferForInputBuffering(parser).overrideParentContext(place(parser));
    int[] tally = variants.newTally();
    String tag = null;
    if (first == JsonToken.START_OBJECT || first == JsonToken.FIELD_NAME) {
      tag = copyObject(parser, buffer, tally);
    } else {
      buffer.copyCurrentStructure(parser);
    }
    // The parser now stands on the value's last token, where drift about the whole value belongs.
    if (tag != null) {
      UnionVariants.Variant<T> tagged = variants.tagged(tag);
      if (tagged == null) {
        UnionDrift.unknownVariant(context, parser, handledType(), tag);
        return variants.unknown(tree(buffer, context));
      }
      return decode(tagged, buffer, context);
    }
    for (UnionVariants.Variant<T> candidate : variants.candidates(first, tally)) {
      try {
        return tryDecode(candidate, buffer, context);
      } catch (JsonProcessingException e) {
        // Not this variant after all (a malformed date, say): try the next.
      }
    }
    JsonNode json = tree(buffer, context);
    UnionDrift.unknownVariant(context, parser, handledType(), json);
    return variants.unknown(json);
  }

  /**
   * The context holding the value the parser stands on: on a container's first token (or an
   * object's first name) the parser is already inside the value's own context.
   */
  private static JsonStreamContext place(JsonParser parser) {
    JsonStreamContext context = parser.getParsingContext();
    return parser.hasToken(JsonToken.START_OBJECT)
            || parser.hasToken(JsonToken.START_ARRAY)
            || parser.hasToken(JsonToken.FIELD_NAME)
        ? context.getParent()
        : context;
  }

  /**
   * Copies an object value into {@code buffer}, counting its properties against the variants.
   *
   * @return the discriminator's value when it is a string, else null
   */
  private String copyObject(JsonParser parser, TokenBuffer buffer, int[] tally) throws IOException {
    String discriminator = variants.discriminator();
    String tag = null;
    buffer.writeStartObject();
    JsonToken token =
        parser.hasToken(JsonToken.START_OBJECT) ? parser.nextToken() : parser.currentToken();
    for (; token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      variants.count(name, value, tally);
      if (name.equals(discriminator)) {
        // As in a tree, the last occurrence of a repeated property counts.
        tag = value == JsonToken.VALUE_STRING ? parser.getText() : null;
      }
      buffer.writeFieldName(name);
      buffer.copyCurrentStructure(parser);
    }
    buffer.writeEndObject();
    return tag;
  }

  /**
   * Decodes a variant that may give way to the next: what it finds beyond its schema is drift only
   * if it is the one kept, so it notes its findings apart and they join the decode's on success.
   */
  private T tryDecode(
      UnionVariants.Variant<T> variant, TokenBuffer buffer, DeserializationContext context)
      throws IOException {
    DriftObservations observations = DriftObservations.of(context);
    if (observations == null) {
      return decode(variant, buffer, context);
    }
    DriftObservations trial = new DriftObservations();
    context.setAttribute(DriftObservations.attribute(), trial);
    try {
      T value = decode(variant, buffer, context);
      observations.addAll(trial);
      return value;
    } finally {
      context.setAttribute(DriftObservations.attribute(), observations);
    }
  }

  private T decode(
      UnionVariants.Variant<T> variant, TokenBuffer buffer, DeserializationContext context)
      throws IOException {
    try (JsonParser copy = buffer.asParserOnFirstToken()) {
      DriftObservations observations = DriftObservations.of(context);
      JsonParser enclosing = observations == null ? null : observations.readVariantWith(copy);
      try {
        return variant.build().apply(context.readValue(copy, variant.type()));
      } finally {
        if (observations != null) {
          observations.readVariantWith(enclosing);
        }
      }
    }
  }

  private static JsonNode tree(TokenBuffer buffer, DeserializationContext context)
      throws IOException {
    try (JsonParser copy = buffer.asParserOnFirstToken()) {
      return context.readTree(copy);
    }
  }
}
