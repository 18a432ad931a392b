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
 * @param server the server of the operation or its path, or null for the client's base URL
 * @param security the accepted alternatives, each the ids of schemes sent together (an empty one
 *     means no credentials needed), or null when neither the operation nor the document declares
 *     security
 * @param requestMedia the request body's media type and multipart part types, or null without a
 *     body
 * @param idempotencyHeader the header carrying a generated idempotency key, or null when requests
 *     carry none ({@code x-typewire-idempotency})
 * @param emptySuccess a success response without a body is documented too, so the method may return
 *     null
 */
public record Operation(
    String operationId,
    String javaName,
    String method,
    String path,
    String group,
    String pointer,
    Docs docs,
    OperationServer server,
    List<Parameter> parameters,
    TypeRef requestBody,
    boolean requestBodyRequired,
    BodyEncoding requestEncoding,
    TypeRef response,
    BodyEncoding responseEncoding,
    TypeRef errorBody,
    Pagination pagination,
    List<List<String>> security,
    RequestMedia requestMedia,
    String idempotencyHeader,
    boolean emptySuccess) {

  /**
   * The path requests are sent to. A path key may end in a fragment to tell apart operations on one
   * path ({@code /files/{id}#get_shared_link}, as Box writes); no HTTP request carries a fragment,
   * and sent as part of the path it would swallow the query string.
   */
  public String wirePath() {
    int fragment = path.indexOf('#');
    return fragment < 0 ? path : path.substring(0, fragment);
  }

  public List<Parameter> parameters(Parameter.Location location) {
    return parameters.stream().filter(p -> p.location() == location).toList();
  }
}
