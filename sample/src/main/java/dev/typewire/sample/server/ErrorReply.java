package dev.typewire.sample.server;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An error answer, thrown from deep inside a handler and written by the server. The bodies copy
 * Periskope's documented ones (docs pages' 401/404/422/429/500 examples and the official client's
 * "Invalid Limit" 422), because the point of the server is that clients meet the real shapes.
 */
final class ErrorReply extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Not serializable, and never needed after the answer is written. */
  private final transient ObjectNode body;

  private final int status;

  private ErrorReply(int status, ObjectNode body) {
    // No stack trace: this is control flow, not a failure of the server.
    super(body.path("message").asText(), null, false, false);
    this.status = status;
    this.body = body;
  }

  Reply reply() {
    return Reply.json(status, body);
  }

  static ErrorReply unauthorized() {
    return new ErrorReply(401, envelope("UNAUTHORIZED_ERROR", "Invalid bearer auth token", 401));
  }

  static ErrorReply notFound(String message) {
    return new ErrorReply(404, envelope("NOT_FOUND_ERROR", message, 404));
  }

  /** The official client's "Invalid Limit" 422: it names the rejected value as a string. */
  static ErrorReply invalidLimit(String message, String rawValue) {
    return validation(message, "limit", message, rawValue);
  }

  static ErrorReply invalidOffset(String rawValue) {
    String message = "Offset should be a number greater than or equal to 0";
    return validation(message, "offset", message, rawValue);
  }

  /** Newer docs' body validation: field keys carry their location, and there is no value. */
  static ErrorReply missingBodyField(String field) {
    return validation("Request validation failed", "body." + field, field + " is required", null);
  }

  static ErrorReply rateLimited() {
    return new ErrorReply(
        429, envelope("RATE_LIMIT_ERROR", "You can only make 100 requests per second", 429));
  }

  static ErrorReply internal() {
    return new ErrorReply(500, envelope("UNKNOWN_ERROR", "Internal server error", 500));
  }

  private static ErrorReply validation(
      String message, String field, String fieldMessage, String rawValue) {
    ObjectNode body = envelope("VALIDATION_ERROR", message, 422);
    body.put("name", "Validation Error");
    ObjectNode problem = body.putObject("fields").putObject(field);
    problem.put("message", fieldMessage);
    if (rawValue != null) {
      problem.put("value", rawValue);
    }
    return new ErrorReply(422, body);
  }

  private static ObjectNode envelope(String code, String message, int status) {
    ObjectNode body = ServerJson.object();
    body.put("code", code);
    body.put("message", message);
    body.put("status", status);
    return body;
  }
}
