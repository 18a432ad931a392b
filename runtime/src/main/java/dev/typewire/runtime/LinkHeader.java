package dev.typewire.runtime;

import java.net.http.HttpHeaders;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the {@code rel="next"} target in {@code Link} headers (RFC 8288): {@code <url>;
 * rel="next"}, several links per header separated by commas, several headers, and {@code rel}
 * holding a space-separated list of relations.
 */
final class LinkHeader {

  private static final Pattern SEMICOLON = Pattern.compile(";");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private LinkHeader() {}

  /** The target of the first link whose relations include {@code next}, as written. */
  static Optional<String> next(HttpHeaders headers) {
    for (String value : headers.allValues("Link")) {
      int at = 0;
      while (true) {
        int open = value.indexOf('<', at);
        int close = open < 0 ? -1 : value.indexOf('>', open);
        if (close < 0) {
          break;
        }
        // The parameters run to the next link, which starts with '<' after a comma.
        int following = value.indexOf('<', close);
        String parameters = value.substring(close + 1, following < 0 ? value.length() : following);
        if (isNext(parameters)) {
          return Optional.of(value.substring(open + 1, close).trim());
        }
        at = close + 1;
      }
    }
    return Optional.empty();
  }

  private static boolean isNext(String parameters) {
    return SEMICOLON.splitAsStream(parameters).anyMatch(LinkHeader::isNextRelation);
  }

  private static boolean isNextRelation(String parameter) {
    int equals = parameter.indexOf('=');
    if (equals <= 0 || !parameter.substring(0, equals).trim().equalsIgnoreCase("rel")) {
      return false;
    }
    String relations = parameter.substring(equals + 1).replace('"', ' ').replace(',', ' ');
    return SPACES.splitAsStream(relations.toLowerCase(Locale.ROOT)).anyMatch("next"::equals);
  }
}
