package dev.typewire.processor.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewire.processor.diag.Diagnostics;
import dev.typewire.processor.diag.JsonPointer;
import dev.typewire.processor.model.BodyEncoding;
import dev.typewire.processor.model.Constraints;
import dev.typewire.processor.model.ObjectType;
import dev.typewire.processor.model.Property;
import dev.typewire.processor.model.RequestMedia;
import dev.typewire.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code multipart/form-data} request body: its object schema's record, with binary
 * properties (and arrays of them) turned into files, and each part's declared content type from
 * {@code encoding}.
 */
final class MultipartReader {

  private final RefResolver refs;
  private final SchemaTranslator schemas;
  private final Diagnostics diagnostics;

  MultipartReader(RefResolver refs, SchemaTranslator schemas, Diagnostics diagnostics) {
    this.refs = refs;
    this.schemas = schemas;
    this.diagnostics = diagnostics;
  }

  /**
   * Whether a schema describes raw bytes: {@code format: binary}, or 3.1's {@code contentMediaType}
   * without a text {@code contentEncoding} such as base64.
   */
  static boolean isFileSchema(JsonNode schema) {
    return schema.path("format").asText("").equals("binary")
        || (schema.has("contentMediaType") && !schema.has("contentEncoding"));
  }

  /**
   * Returns the body with files in place of binary properties.
   *
   * @param typed the body's record as the schema translator made it
   * @return the body with files in place, or null (after a warning) when it is not an object
   */
  BodyReader.Content read(JsonNode media, String mediaPointer, BodyReader.Content typed) {
    JsonNode schema = media.has("schema") ? refs.peek(media.get("schema")) : null;
    if (!(typed.type() instanceof TypeRef.Named named)
        || !(schemas.declaration(named.javaName()) instanceof ObjectType record)
        || schema == null) {
      diagnostics.warning(
          "TW-MEDIA-TYPE",
          JsonPointer.child(mediaPointer, "schema"),
          "a multipart/form-data body needs an object schema, one part per property; this one is"
              + " ignored");
      return null;
    }
    JsonNode declared = schema.path("properties");
    List<Property> properties = new ArrayList<>();
    for (Property property : record.properties()) {
      JsonNode propertySchema = declared.get(property.wireName());
      JsonNode resolved = propertySchema == null ? null : refs.peek(propertySchema);
      TypeRef file = resolved == null ? null : fileType(resolved);
      properties.add(file == null ? property : asFile(property, file));
    }
    schemas.replace(
        new ObjectType(
            record.javaName(),
            record.pointer(),
            record.docs(),
            properties,
            record.additionalProperties(),
            record.requestBody()));
    return new BodyReader.Content(
        typed.type(),
        BodyEncoding.MULTIPART,
        new RequestMedia(
            typed.media().mediaType(), partTypes(media, mediaPointer, record.properties())));
  }

  private TypeRef fileType(JsonNode schema) {
    if (isFileSchema(schema)) {
      return TypeRef.of(TypeRef.Scalar.FILE);
    }
    JsonNode items = schema.get("items");
    JsonNode resolvedItems = items == null ? null : refs.peek(items);
    return resolvedItems != null && isFileSchema(resolvedItems)
        ? new TypeRef.ListOf(TypeRef.of(TypeRef.Scalar.FILE))
        : null;
  }

  private static Property asFile(Property property, TypeRef file) {
    // A file has no string constraints to check, and is never carried in a JSON string.
    return new Property(
        property.wireName(),
        property.javaName(),
        file,
        property.required(),
        property.admitsNull(),
        false,
        property.readOnly(),
        property.writeOnly(),
        property.docs(),
        Constraints.NONE,
        property.secret());
  }

  /**
   * Each part's {@code encoding.contentType}: the first of a list, since one part has one type.
   * What cannot be honoured is named in a warning.
   */
  private Map<String, String> partTypes(
      JsonNode media, String mediaPointer, List<Property> properties) {
    Map<String, String> types = new LinkedHashMap<>();
    JsonNode encoding = media.get("encoding");
    if (encoding == null || !encoding.isObject()) {
      return types;
    }
    String encodingPointer = JsonPointer.child(mediaPointer, "encoding");
    var names = encoding.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      String pointer = JsonPointer.child(encodingPointer, name);
      JsonNode part = encoding.get(name);
      if (properties.stream().noneMatch(p -> p.wireName().equals(name))) {
        diagnostics.warning(
            "TW-MULTIPART-ENCODING",
            pointer,
            "the encoding names no property of the body; it is ignored");
        continue;
      }
      String type = part.path("contentType").asText("").split(",", 2)[0].trim();
      if (type.chars().anyMatch(c -> c < 0x20 || c >= 0x7F)) {
        diagnostics.warning(
            "TW-MULTIPART-ENCODING",
            JsonPointer.child(pointer, "contentType"),
            "the part's content type is not a media type; it is ignored");
      } else if (!type.isEmpty()) {
        types.put(name, type);
      }
      for (String unsupported : List.of("headers", "style", "explode", "allowReserved")) {
        if (part.has(unsupported)) {
          diagnostics.warning(
              "TW-MULTIPART-ENCODING",
              JsonPointer.child(pointer, unsupported),
              "'"
                  + unsupported
                  + "' of a multipart part is not generated; the part is sent without it");
        }
      }
    }
    return types;
  }
}
