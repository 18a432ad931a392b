package dev.typewire.processor.model;

import java.util.List;

/**
 * One HTTP operation.
 *
 * @param javaName method name, from the operationId
 * @param group the API class it belongs to (from its tag)
 * @param requestBody the body type, or null when the operation takes none
 * @param requestEncoding how the request body travels (JSON or form), or null without one
 * @param response the success body type, or null when the success response has no body
 * @param responseEncoding how the success body travels (JSON or text), or null without one
 * @param errorBody the type of documented error bodies, or null
 * @param pagination the paging convention the schema declares, or null
 * @param requestMedia the request body's media type and multipart part types, or null without a
 *     body
 */
public record Operation(
    String operationId,
    String javaName,
    String method,
    String path,
    String group,
    String pointer,
    Docs docs,
    List<Parameter> parameters,
    TypeRef requestBody,
    boolean requestBodyRequired,
    BodyEncoding requestEncoding,
    TypeRef response,
    BodyEncoding responseEncoding,
    TypeRef errorBody,
    Pagination pagination,
    RequestMedia requestMedia) {

  public List<Parameter> parameters(Parameter.Location location) {
    return parameters.stream().filter(p -> p.location() == location).toList();
  }
}
