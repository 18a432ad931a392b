package dev.typewire.sample;

import dev.typewire.runtime.ApiException;
import dev.typewire.sample.periskope.ErrorField;
import dev.typewire.sample.periskope.ErrorResponse;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Prints a failed call the way an operator needs it: status, Periskope's error code and message,
 * and the trace id to quote to Periskope support. The runtime scrubs the token from its own
 * message, but the decoded error body is the server's text, so every line is scrubbed here too: a
 * gateway that echoes the rejected credential must not get it printed.
 */
final class ErrorReport {

  private ErrorReport() {}

  static void print(ApiException failure, String token, PrintStream err) {
    List<String> lines = lines(failure);
    for (String line : lines) {
      err.println(token == null || token.isEmpty() ? line : line.replace(token, "***"));
    }
  }

  private static List<String> lines(ApiException failure) {
    List<String> lines = new ArrayList<>();
    if (failure.status() == 0) {
      lines.add("error: no response: " + failure.getMessage());
      return lines;
    }
    Optional<ErrorResponse> body = failure.errorBody(ErrorResponse.class);
    String code = body.map(ErrorResponse::code).orElse(null);
    String message = body.map(ErrorResponse::message).orElse(null);
    StringBuilder line = new StringBuilder("error: HTTP ").append(failure.status());
    if (code != null) {
      line.append(' ').append(code);
    }
    // Without a Periskope error body (a proxy's HTML page, say) the runtime's message says most.
    line.append(": ").append(message != null ? message : failure.getMessage());
    lines.add(line.toString());
    lines.add("trace id: " + failure.traceId().orElse("(none)"));
    Map<String, ErrorField> fields = body.map(ErrorResponse::fields).orElse(Map.of());
    for (Map.Entry<String, ErrorField> field : fields.entrySet()) {
      ErrorField problem = field.getValue();
      String value =
          problem == null || problem.value() == null ? "" : " (value " + problem.value() + ")";
      lines.add("  " + field.getKey() + ": " + (problem == null ? "" : problem.message()) + value);
    }
    return lines;
  }
}
