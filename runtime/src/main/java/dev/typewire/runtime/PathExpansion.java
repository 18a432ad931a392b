package dev.typewire.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Writes one path parameter in its style. A list or a map stays a list or a map of values; any
 * other value that the mapper turns into a JSON object (a record) is written as its properties, and
 * anything else as one value.
 */
record PathExpansion(PathStyle style, boolean explode) {

  /** The default style, of a path parameter that declares none. */
  static final PathExpansion SIMPLE = new PathExpansion(PathStyle.SIMPLE, false);

  String expand(String name, Object value, ParameterFormat format) {
    if (style == PathStyle.SIMPLE) {
      String text = simple(name, value, format);
      // A whole segment of "." or ".." would be removed by URI normalization.
      return text.equals(".") || text.equals("..") ? text.replace(".", "%2E") : text;
    }
    String prefix = style == PathStyle.LABEL ? "." : ";";
    if (value instanceof Collection<?> items) {
      List<String> texts = new ArrayList<>();
      items.forEach(item -> texts.add(encode(format.text(item))));
      requireSome(name, texts.isEmpty());
      return list(name, prefix, texts);
    }
    Map<String, String> entries = entries(value, format);
    if (entries != null) {
      requireSome(name, entries.isEmpty());
      return object(name, prefix, entries);
    }
    return single(name, prefix, encode(format.text(value)));
  }

  /**
   * RFC 6570's {@code {name}} and {@code {name*}}: a list {@code 3,4,5} either way, an object
   * {@code k,v,k2,v2} or, exploded, {@code k=v,k2=v2}.
   */
  private String simple(String name, Object value, ParameterFormat format) {
    if (value instanceof Collection<?> items) {
      StringJoiner texts = new StringJoiner(",");
      items.forEach(item -> texts.add(encode(format.text(item))));
      requireSome(name, texts.length() == 0);
      return texts.toString();
    }
    Map<String, String> entries = entries(value, format);
    if (entries == null) {
      String text = encode(format.text(value));
      requireSome(name, text.isEmpty());
      return text;
    }
    requireSome(name, entries.isEmpty());
    StringJoiner pairs = new StringJoiner(",");
    entries.forEach(
        (key, text) -> {
          if (explode) {
            pairs.add(encode(key) + "=" + text);
          } else {
            pairs.add(encode(key)).add(text);
          }
        });
    return pairs.toString();
  }

  private String single(String name, String prefix, String text) {
    if (style == PathStyle.LABEL) {
      return prefix + text;
    }
    // RFC 6570: an empty value in {;name} is the bare name.
    return prefix + encode(name) + (text.isEmpty() ? "" : "=" + text);
  }

  private String list(String name, String prefix, List<String> texts) {
    if (!explode) {
      return single(name, prefix, String.join(",", texts));
    }
    StringBuilder out = new StringBuilder();
    texts.forEach(text -> out.append(single(name, prefix, text)));
    return out.toString();
  }

  private String object(String name, String prefix, Map<String, String> entries) {
    if (!explode) {
      StringJoiner pairs = new StringJoiner(",");
      entries.forEach((key, text) -> pairs.add(encode(key)).add(text));
      return single(name, prefix, pairs.toString());
    }
    StringBuilder out = new StringBuilder();
    entries.forEach((key, text) -> out.append(prefix).append(encode(key)).append('=').append(text));
    return out.toString();
  }

  /** The entries of a map or of a value written as a JSON object, values encoded; else null. */
  private static Map<String, String> entries(Object value, ParameterFormat format) {
    Map<String, String> entries = new LinkedHashMap<>();
    if (value instanceof Map<?, ?> map) {
      map.forEach(
          (key, item) -> {
            if (item != null) {
              entries.put(String.valueOf(key), encode(format.text(item)));
            }
          });
      return entries;
    }
    if (value instanceof CharSequence
        || value instanceof Number
        || value instanceof Boolean
        || value instanceof Enum<?>) {
      return null;
    }
    JsonNode node = format.tree(value);
    if (!node.isObject()) {
      return null;
    }
    node.properties()
        .forEach(
            property -> {
              if (!property.getValue().isNull()) {
                entries.put(property.getKey(), encode(format.text(property.getValue())));
              }
            });
    return entries;
  }

  private static void requireSome(String name, boolean empty) {
    if (empty) {
      // Nothing at all would leave the placeholder empty and address a different resource.
      throw new IllegalArgumentException("path parameter " + name + " is empty");
    }
  }

  private static String encode(String text) {
    return PercentEncoding.pathValue(text);
  }
}
