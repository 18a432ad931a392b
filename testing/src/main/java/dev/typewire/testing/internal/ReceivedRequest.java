package dev.typewire.testing.internal;

import java.util.List;
import java.util.Map;

/**
 * A request as the validating server received it.
 *
 * @param headers lower-case names to their values
 */
// The body is read once by the validator and never compared or printed, so an array is fine.
@SuppressWarnings("ArrayRecordComponent")
public record ReceivedRequest(
    String method, String path, String query, Map<String, List<String>> headers, byte[] body) {

  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? null : String.join(",", values);
  }
}
