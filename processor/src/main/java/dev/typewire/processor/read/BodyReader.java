package dev.typewire.processor.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewire.processor.diag.Diagnostics;
import dev.typewire.processor.diag.JsonPointer;
import dev.typewire.processor.model.ObjectType;
import dev.typewire.processor.model.TypeDecl;
import dev.typewire.processor.model.TypeRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Reads an operation's request body and responses. */
final class BodyReader {

  private final RefResolver refs;
  private final SchemaTranslator schemas;
  private final Diagnostics diagnostics;

  BodyReader(RefResolver refs, SchemaTranslator schemas, Diagnostics diagnostics) {
    this.refs = refs;
    this.schemas = schemas;
    this.diagnostics = diagnostics;
  }

  record Body(TypeRef type, boolean required) {}

  /**
   * @param success the body type of the first 2xx response, or null when it has none
   * @param error the body type of the first documented error response, or null
   */
  record Responses(TypeRef success, TypeRef error) {}

  Body requestBody(JsonNode operation, String pointer, String nameHint) {
    JsonNode node = operation.get("requestBody");
    if (node == null) {
      return null;
    }
    RefResolver.Resolved body =
        refs.resolve(node, JsonPointer.child(pointer, "requestBody"), "requestBodies");
    if (body == null) {
      return null;
    }
    TypeRef type = jsonContent(body.node(), body.pointer(), nameHint);
    if (type == null) {
      return null;
    }
    markRequestBody(type);
    return new Body(type, body.node().path("required").asBoolean(false));
  }

  Responses responses(JsonNode operation, String pointer, String nameHint) {
    JsonNode responses = operation.get("responses");
    String responsesPointer = JsonPointer.child(pointer, "responses");
    if (responses == null || !responses.isObject()) {
      diagnostics.error("TW-RESPONSES", responsesPointer, "an operation needs a responses object");
      return new Responses(null, null);
    }
    List<String> codes = new ArrayList<>();
    responses.fieldNames().forEachRemaining(codes::add);
    codes.sort(null);
    TypeRef success = null;
    boolean successSeen = false;
    TypeRef error = null;
    for (String code : codes) {
      RefResolver.Resolved response =
          refs.resolve(responses.get(code), JsonPointer.child(responsesPointer, code), "responses");
      if (response == null) {
        continue;
      }
      if (code.startsWith("2") && !successSeen) {
        successSeen = true;
        success = jsonContent(response.node(), response.pointer(), nameHint);
      } else if ((code.startsWith("4") || code.startsWith("5") || code.equals("default"))
          && error == null) {
        error = jsonContent(response.node(), response.pointer(), nameHint + "Error");
      }
    }
    return new Responses(success, error);
  }

  /** The schema of the JSON media type in a body or response, or null when it has none. */
  private TypeRef jsonContent(JsonNode owner, String pointer, String nameHint) {
    diagnostics.workingAt(pointer);
    JsonNode content = owner.get("content");
    if (content == null || !content.isObject()) {
      return null;
    }
    String contentPointer = JsonPointer.child(pointer, "content");
    var names = content.fieldNames();
    while (names.hasNext()) {
      String mediaType = names.next();
      if (mediaType.equals("application/json") || mediaType.endsWith("+json")) {
        JsonNode schema = content.get(mediaType).get("schema");
        diagnostics.workingAt(JsonPointer.child(contentPointer, mediaType));
        String schemaPointer =
            JsonPointer.child(JsonPointer.child(contentPointer, mediaType), "schema");
        if (schema == null) {
          return new TypeRef.AnyJson();
        }
        return schemas.typeOf(schema, schemaPointer, nameHint).type();
      }
    }
    if (content.has("text/plain")) {
      return TypeRef.of(TypeRef.Scalar.STRING);
    }
    diagnostics.warning(
        "TW-MEDIA-TYPE",
        contentPointer,
        "no application/json content; only JSON and text/plain bodies are supported, this one is"
            + " ignored");
    return null;
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
