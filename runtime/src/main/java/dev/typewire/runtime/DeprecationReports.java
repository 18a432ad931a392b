package dev.typewire.runtime;

import java.net.http.HttpHeaders;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers which operations were already reported as deprecated by one transport: a warning on
 * every call would drown the log, and the server sends the headers on every response.
 */
final class DeprecationReports {

  private final Set<String> reported = ConcurrentHashMap.newKeySet();

  /** The notice the headers carry, if this is the first for {@code operation}. */
  Optional<DeprecationNotice> firstNotice(String operation, HttpHeaders headers) {
    if (reported.contains(operation)) {
      return Optional.empty();
    }
    Optional<DeprecationNotice> notice = DeprecationNotice.of(operation, headers);
    return notice.isPresent() && reported.add(operation) ? notice : Optional.empty();
  }
}
