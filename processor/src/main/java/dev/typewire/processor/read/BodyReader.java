package dev.typewire.processor.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewire.processor.diag.Diagnostics;
import dev.typewire.processor.diag.JsonPointer;
import dev.typewire.processor.model.BodyEncoding;
import dev.typewire.processor.model.ObjectType;
import dev.typewire.processor.model.RequestMedia;
import dev.typewire.processor.model.TypeDecl;
import dev.typewire.processor.model.TypeRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads an operation's request body and responses. */
final class BodyReader {

  private static final String FORM = "application/x-www-form-urlencoded";
  private static final String MULTIPART = "multipart/form-data";

  private final RefResolver refs;
  private final SchemaTranslator schemas;
  private final Diagnostics diagnostics;

  BodyReader(RefResolver refs, SchemaTranslator schemas, Diagnostics diagnostics) {
    this.refs = refs;
    this.schemas = schemas;
    this.diagnostics = diagnostics;
  }

  /**
   * @param type the body's type, or null when its $ref cannot be followed: nothing is known of the
   *     body, so the operation cannot be called correctly
   */
  record Body(TypeRef type, boolean required, BodyEncoding encoding, RequestMedia media) {
    boolean unknown() {
      return type == null;
    }
  }

  /** A body's type and how it travels. */
  record Content(TypeRef type, BodyEncoding encoding, RequestMedia media) {
    Content(TypeRef type, BodyEncoding encoding, String mediaType) {
      this(type, encoding, new RequestMedia(mediaType, Map.of()));
    }
  }

  /**
   * @param success the body type of the first 2xx response, or null when it has none
   * @param successEncoding how that body travels, or null
   * @param error the body type of the first documented error response, or null
   */
  record Responses(TypeRef success, BodyEncoding successEncoding, TypeRef error) {}

  /**
   * Returns the operation's request body, or null when it has none; a body whose $ref cannot be
   * followed is {@link Body#unknown()}, and the warning says the operation is skipped.
   *
   * @param skipped the warning's words for skipping the operation: "operation 'x' (GET /x) is
   *     skipped"
   */
  Body requestBody(JsonNode operation, String pointer, String nameHint, String skipped) {
    JsonNode node = operation.get("requestBody");
    if (node == null) {
      return null;
    }
    RefResolver.Resolved body =
        refs.resolve(
            node,
            JsonPointer.child(pointer, "requestBody"),
            "requestBodies",
            skipped + ", since nothing is known of its request body");
    if (body == null) {
      return new Body(null, true, null, null);
    }
    Content content = content(body.node(), body.pointer(), nameHint, true);
    if (content == null) {
      return null;
    }
    markRequestBody(content.type());
    return new Body(
        content.type(),
        body.node().path("required").asBoolean(false),
        content.encoding(),
        content.media());
  }

  Responses responses(JsonNode operation, String pointer, String nameHint) {
    JsonNode responses = operation.get("responses");
    String responsesPointer = JsonPointer.child(pointer, "responses");
    if (responses == null) {
      // Optional since OpenAPI 3.1 (and often left out in 3.0): nothing is documented, so the
      // operation returns nothing.
      return new Responses(null, null, null);
    }
    if (!responses.isObject()) {
      diagnostics.warning(
          "TW-RESPONSES",
          responsesPointer,
          "responses must be an object; it is ignored: the operation returns nothing and error"
              + " bodies are not decoded");
      return new Responses(null, null, null);
    }
    List<String> codes = new ArrayList<>();
    responses.fieldNames().forEachRemaining(codes::add);
    codes.sort(null);
    Content success = null;
    boolean successSeen = false;
    TypeRef error = null;
    for (String code : codes) {
      boolean success2xx = code.startsWith("2") && !successSeen;
      boolean errorCandidate =
          (code.startsWith("4") || code.startsWith("5") || code.equals("default")) && error == null;
      RefResolver.Resolved response =
          refs.resolve(
              responses.get(code),
              JsonPointer.child(responsesPointer, code),
              "responses",
              "the response is skipped"
                  + (success2xx
                      ? ": the operation returns nothing"
                      : errorCandidate ? ": its body is not decoded into errorBody" : ""));
      if (response == null) {
        // A later 2xx must not stand in for the first one: its body may have another shape.
        successSeen |= success2xx;
        continue;
      }
      if (success2xx) {
        successSeen = true;
        success = content(response.node(), response.pointer(), nameHint, false);
      } else if (errorCandidate) {
        Content content = errorContent(response.node(), response.pointer(), nameHint + "Error");
        error = content == null || content.encoding() != BodyEncoding.JSON ? null : content.type();
      }
    }
    return success == null
        ? new Responses(null, null, error)
        : new Responses(success.type(), success.encoding(), error);
  }

  /**
   * The body of the first documented error response, or null. A body the client cannot type is only
   * not decoded into {@code errorBody}: the status still raises its typed {@code ApiException},
   * which keeps an excerpt of the body, so the warning says that much and no more.
   */
  private Content errorContent(JsonNode owner, String pointer, String nameHint) {
    JsonNode content = owner.get("content");
    if (content != null && content.isObject() && !content.isEmpty()) {
      boolean typed = false;
      var names = content.fieldNames();
      while (names.hasNext()) {
        String mediaType = names.next();
        typed |= mediaType.equals("application/json") || mediaType.endsWith("+json");
        typed |= mediaType.equals("text/plain") || isBinary(mediaType, content.get(mediaType));
      }
      if (!typed) {
        diagnostics.warning(
            "TW-MEDIA-TYPE",
            JsonPointer.child(pointer, "content"),
            "no application/json content in this error response, so its body is not decoded into"
                + " errorBody; the status still raises its typed ApiException, whose bodyExcerpt()"
                + " keeps the start of the body");
        return null;
      }
    }
    return content(owner, pointer, nameHint, false);
  }

  /**
   * The schema of a body or response and its encoding: JSON first, then (for a request) form
   * fields, then (for a request) multipart, then text/plain, then binary content; null when it has
   * none of these. JSON is preferred when an operation also offers multipart: a record is simpler
   * to call with than parts.
   */
  private Content content(JsonNode owner, String pointer, String nameHint, boolean request) {
    diagnostics.workingAt(pointer);
    JsonNode content = owner.get("content");
    // An empty content map, like none, says there is no body (Traccar writes every 4xx so).
    if (content == null || !content.isObject() || content.isEmpty()) {
      return null;
    }
    String contentPointer = JsonPointer.child(pointer, "content");
    var names = content.fieldNames();
    while (names.hasNext()) {
      String mediaType = names.next();
      if (mediaType.equals("application/json") || mediaType.endsWith("+json")) {
        return typed(content, contentPointer, mediaType, nameHint, BodyEncoding.JSON);
      }
    }
    if (request && content.has(FORM)) {
      Content form = typed(content, contentPointer, FORM, nameHint, BodyEncoding.FORM);
      if (isFormShape(form.type())) {
        return form;
      }
      diagnostics.warning(
          "TW-MEDIA-TYPE",
          JsonPointer.child(JsonPointer.child(contentPointer, FORM), "schema"),
          "a form body needs an object or map schema; this one is ignored");
      return null;
    }
    if (request && content.has(MULTIPART)) {
      Content multipart =
          typed(content, contentPointer, MULTIPART, nameHint, BodyEncoding.MULTIPART);
      Content parts =
          new MultipartReader(refs, schemas, diagnostics)
              .read(
                  content.get(MULTIPART), JsonPointer.child(contentPointer, MULTIPART), multipart);
      // Null after a warning that already names the body: it is not reported twice.
      return parts;
    }
    if (content.has("text/plain")) {
      return new Content(TypeRef.of(TypeRef.Scalar.STRING), BodyEncoding.TEXT, "text/plain");
    }
    names = content.fieldNames();
    while (names.hasNext()) {
      String mediaType = names.next();
      if (isBinary(mediaType, content.get(mediaType))) {
        return new Content(
            TypeRef.of(request ? TypeRef.Scalar.FILE : TypeRef.Scalar.DOWNLOAD),
            BodyEncoding.BINARY,
            mediaType);
      }
    }
    diagnostics.warning(
        "TW-MEDIA-TYPE",
        contentPointer,
        "no application/json content; only "
            + (request
                ? "JSON, form-urlencoded, multipart/form-data, text/plain and binary"
                : "JSON, text/plain and binary")
            + " bodies are supported, so this one is ignored");
    return null;
  }

  private Content typed(
      JsonNode content,
      String contentPointer,
      String mediaType,
      String nameHint,
      BodyEncoding encoding) {
    JsonNode schema = content.get(mediaType).get("schema");
    String mediaPointer = JsonPointer.child(contentPointer, mediaType);
    diagnostics.workingAt(mediaPointer);
    if (schema == null) {
      return new Content(new TypeRef.AnyJson(), encoding, mediaType);
    }
    String schemaPointer = JsonPointer.child(mediaPointer, "schema");
    return new Content(schemas.typeOf(schema, schemaPointer, nameHint).type(), encoding, mediaType);
  }

  /**
   * Whether a media type carries raw bytes: its schema says so ({@code format: binary}, 3.1's
   * {@code contentMediaType}), or it is a string (without a format, or {@code format: byte}), empty
   * or absent schema under a media type that is neither JSON, XML nor text.
   */
  private boolean isBinary(String mediaType, JsonNode media) {
    String type = mediaType.toLowerCase(Locale.ROOT);
    // Sent as the Content-Type header: a name with control characters could not be.
    if (type.startsWith("multipart/")
        || type.equals(FORM)
        || type.chars().anyMatch(c -> c < 0x20 || c >= 0x7F)) {
      return false;
    }
    JsonNode schema = media == null ? null : media.get("schema");
    JsonNode resolved = schema == null ? null : refs.peek(schema);
    if (resolved != null && MultipartReader.isFileSchema(resolved)) {
      return true;
    }
    boolean textual =
        type.startsWith("text/")
            || type.endsWith("json")
            || type.endsWith("xml")
            || type.contains("+json")
            || type.contains("+xml");
    if (textual) {
      return false;
    }
    return resolved == null
        || resolved.isEmpty()
        || (resolved.path("type").asText("").equals("string")
            // "byte" (base64) under a binary media type is a common slip for raw bytes (Xero).
            && List.of("", "byte").contains(resolved.path("format").asText("")));
  }

  /** Form fields come from a record's properties or a map's entries. */
  private boolean isFormShape(TypeRef type) {
    return type instanceof TypeRef.MapOf
        || (type instanceof TypeRef.Named named
            && schemas.declaration(named.javaName()) instanceof ObjectType);
  }

  /**
   * Marks every record reachable from a request body type. A worklist, not recursion: a legal chain
   * of thousands of records, each holding the next, must not overflow the stack.
   */
  private void markRequestBody(TypeRef root) {
    Deque<TypeRef> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      TypeRef type = pending.pop();
      if (type instanceof TypeRef.Named named) {
        TypeDecl declaration = schemas.declaration(named.javaName());
        if (declaration instanceof ObjectType object && !object.requestBody()) {
          schemas.replace(object.withRequestBody());
          object.properties().forEach(property -> pending.push(property.type()));
        }
      } else if (type instanceof TypeRef.ListOf list) {
        pending.push(list.items());
      } else if (type instanceof TypeRef.MapOf map) {
        pending.push(map.values());
      }
    }
  }
}
