package dev.typewire.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Removes secrets (the bearer token, sensitive header values) from text that leaves the runtime:
 * exception messages, body excerpts, log lines. Servers do echo credentials back in error pages.
 */
final class Redactor {

  static final String MASK = "[redacted]";

  // Shorter "secrets" would mangle ordinary text without protecting anything real.
  private static final int MIN_SECRET_LENGTH = 4;

  private final List<String> secrets;
  // The last result of with(): one immutable pair, so racing calls at worst rebuild it.
  private volatile Extended lastExtended;

  private record Extended(List<String> more, Redactor redactor) {}

  Redactor(List<String> secrets) {
    this.secrets =
        secrets.stream()
            .filter(Objects::nonNull)
            .filter(secret -> secret.length() >= MIN_SECRET_LENGTH)
            .distinct()
            .toList();
  }

  /**
   * A redactor that also removes {@code more}, for credentials read per request. Consecutive calls
   * usually read the same credentials: the last result is reused rather than rebuilt each call.
   */
  Redactor with(List<String> more) {
    boolean nothingNew = true;
    // Indexed: no iterator on every call (the lists are ArrayLists or immutable lists).
    for (int i = 0; i < more.size(); i++) {
      String secret = more.get(i);
      if (secret != null && secret.length() >= MIN_SECRET_LENGTH && !secrets.contains(secret)) {
        nothingNew = false;
        break;
      }
    }
    if (nothingNew) {
      return this;
    }
    Extended previous = lastExtended;
    if (previous != null && sameSecrets(previous.more(), more)) {
      return previous.redactor();
    }
    List<String> all = new ArrayList<>(secrets);
    all.addAll(more);
    Redactor extended = new Redactor(all);
    lastExtended = new Extended(new ArrayList<>(more), extended);
    return extended;
  }

  /** {@link List#equals}, by index: no iterator on every call. */
  private static boolean sameSecrets(List<String> known, List<String> more) {
    if (known.size() != more.size()) {
      return false;
    }
    for (int i = 0; i < known.size(); i++) {
      if (!Objects.equals(known.get(i), more.get(i))) {
        return false;
      }
    }
    return true;
  }

  String scrub(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String result = text;
    for (String secret : secrets) {
      result = result.replace(secret, MASK);
    }
    return result;
  }

  /**
   * Scrubs every string value of a decoded JSON body in place, so that a token a server echoes in
   * an error body ({@code {"message": "bad token abc"}}) is gone before anything reads the tree.
   */
  void scrub(JsonNode node) {
    if (secrets.isEmpty() || node == null) {
      return;
    }
    if (node instanceof ObjectNode object) {
      for (var field : object.properties()) {
        JsonNode value = field.getValue();
        if (value.isTextual()) {
          String scrubbed = scrub(value.asText());
          if (!scrubbed.equals(value.asText())) {
            field.setValue(TextNode.valueOf(scrubbed));
          }
        } else {
          scrub(value);
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        JsonNode value = array.get(i);
        if (value.isTextual()) {
          array.set(i, TextNode.valueOf(scrub(value.asText())));
        } else {
          scrub(value);
        }
      }
    }
  }
}
