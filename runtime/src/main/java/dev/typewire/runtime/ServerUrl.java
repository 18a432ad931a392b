package dev.typewire.runtime;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Server URLs as a description declares them: a template whose {@code {variables}} the caller may
 * set, checked before a client is built. Generated client builders call these; they are public so
 * hand-written code can do the same.
 */
public final class ServerUrl {

  private static final Pattern VARIABLE = Pattern.compile("\\{([^}]*)}");
  private static final String STRUCTURAL = "/?#";

  private ServerUrl() {}

  /**
   * Fills a server URL template and checks the result. A default is used as the description wrote
   * it. A value set by the caller is percent-encoded, except {@code :}; it may contain {@code /},
   * {@code ?} or {@code #} only where the variable's default does, since otherwise a value could
   * move the request to another path or host than the template allows.
   *
   * @param template the URL with {@code {name}} placeholders, for example {@code
   *     https://{region}.api.example.com/v1}
   * @param defaults each variable's default from the description
   * @param values the values the caller set; they replace the defaults
   * @return the URL, an absolute http(s) URL without query, fragment or trailing slash
   * @throws IllegalArgumentException if a variable has no value, a value holds a character its
   *     default does not allow, or the result is not an absolute http(s) URL
   */
  public static String expand(
      String template, Map<String, String> defaults, Map<String, String> values) {
    Objects.requireNonNull(template, "template");
    Matcher matcher = VARIABLE.matcher(template);
    StringBuilder url = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      String fallback = defaults.get(name);
      String value = values.get(name);
      String text;
      if (value != null) {
        text = encode(name, value, fallback == null ? "" : fallback);
      } else if (fallback != null) {
        text = fallback;
      } else {
        throw new IllegalArgumentException(
            "server variable " + name + " has no default; set it before build()");
      }
      matcher.appendReplacement(url, Matcher.quoteReplacement(text));
    }
    matcher.appendTail(url);
    try {
      return checkedBase("server URL " + template + " with " + values, new URI(url.toString()))
          .toString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "server URL " + template + " with " + values + " is not a valid URL: " + url, e);
    }
  }

  /**
   * Checks a value of a variable whose description lists the values it may take.
   *
   * @param variable the variable's name, for the message
   * @param value the value, not null
   * @param allowed the values the description allows
   * @return the value
   * @throws IllegalArgumentException if the value is not one of {@code allowed}
   */
  public static String allowedValue(String variable, String value, String... allowed) {
    Objects.requireNonNull(value, variable);
    if (!Arrays.asList(allowed).contains(value)) {
      throw new IllegalArgumentException(
          "server variable "
              + variable
              + " must be one of "
              + Arrays.toString(allowed)
              + ", not "
              + value);
    }
    return value;
  }

  private static String encode(String name, String value, String fallback) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < value.length(); ) {
      int end = value.offsetByCodePoints(i, 1);
      String character = value.substring(i, end);
      if (STRUCTURAL.contains(character) && !fallback.contains(character)) {
        throw new IllegalArgumentException(
            "server variable " + name + " must not contain '" + character + "': " + value);
      }
      out.append(
          STRUCTURAL.contains(character) || character.equals(":")
              ? character
              : PercentEncoding.queryComponent(character));
      i = end;
    }
    return out.toString();
  }

  /**
   * The URL as a base for request paths: absolute http(s), no query or fragment, no trailing slash.
   *
   * @param what names the URL in the message
   */
  static URI checkedBase(String what, URI url) {
    String scheme = url.getScheme();
    if (scheme == null
        || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
        || url.getHost() == null) {
      throw new IllegalArgumentException(what + " is not an absolute http(s) URL: " + url);
    }
    if (url.getRawQuery() != null || url.getRawFragment() != null) {
      throw new IllegalArgumentException(what + " must not have a query or fragment: " + url);
    }
    String text = url.toString();
    while (text.endsWith("/")) {
      text = text.substring(0, text.length() - 1);
    }
    return URI.create(text);
  }

  /**
   * Where an operation's own server is: itself when absolute, else resolved against the client's
   * base URL, which stands for the document's server (OpenAPI resolves relative server URLs against
   * the document). The base counts as a directory, so {@code files} under {@code https://h/v1} is
   * {@code https://h/v1/files} and {@code /files} is {@code https://h/files}.
   */
  static URI resolve(URI base, String server) {
    URI resolved = URI.create(base + "/").resolve(URI.create(server));
    return checkedBase("server URL " + server, resolved);
  }
}
