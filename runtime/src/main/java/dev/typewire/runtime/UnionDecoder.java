package dev.typewire.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
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
        context
            .bufferForInputBuffering(parser)
            .overrideParentContext(DriftObservations.valueContext(parser));
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
        return decode(candidate, buffer, context);
      } catch (JsonProcessingException e) {
        // Not this variant after all (a malformed date, say): try the next.
      }
    }
    JsonNode json = tree(buffer, context);
    UnionDrift.unknownVariant(context, parser, handledType(), json);
    return variants.unknown(json);
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
   * Decodes a variant, which may give way to the next: what it finds beyond its schema is drift
   * only if it is the one kept, and is placed by the parser reading the buffer, so it is noted
   * apart and joins the decode's findings on success.
   */
  private T decode(
      UnionVariants.Variant<T> variant, TokenBuffer buffer, DeserializationContext context)
      throws IOException {
    try (JsonParser copy = buffer.asParserOnFirstToken()) {
      DriftObservations observations = DriftObservations.of(context);
      if (observations == null) {
        return variant.build().apply(context.readValue(copy, variant.type()));
      }
      DriftObservations variantDrift = new DriftObservations(copy);
      context.setAttribute(DriftObservations.attribute(), variantDrift);
      try {
        T value = variant.build().apply(context.readValue(copy, variant.type()));
        observations.addAll(variantDrift);
        return value;
      } finally {
        context.setAttribute(DriftObservations.attribute(), observations);
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
