package dev.typewire.testing.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a path segment written in OpenAPI's {@code label} ({@code .a,b}) or {@code matrix} ({@code
 * ;name=a,b}) style back into its strings, decoded, so they can be typed and validated like any
 * parameter value. It works on the raw segment: a percent-encoded {@code ,}, {@code ;} or {@code =}
 * is part of a value, never a separator.
 *
 * @param values a primitive's one value or an array's items; empty for an object
 * @param entries an object's properties in order; empty otherwise
 */
public record StyledPathValue(List<String> values, Map<String, String> entries) {

  /** What the schema says the value is. */
  public enum Shape {
    PRIMITIVE,
    ARRAY,
    OBJECT
  }

  /** The segment does not have the form its style and explode give. */
  public static final class MalformedException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedException(String message) {
      super(message);
    }
  }

  /**
   * Splits a label or matrix path segment into its values (or entries) by style and explode.
   *
   * @param raw the segment as received, still percent-encoded
   * @param style {@code label} or {@code matrix}
   */
  public static StyledPathValue read(
      String raw, String name, String style, boolean explode, Shape shape)
      throws MalformedException {
    String prefix = style.equals("label") ? "." : ";";
    if (!raw.startsWith(prefix)) {
      throw new MalformedException(
          "'" + raw + "' does not start with '" + prefix + "' as style " + style + " says");
    }
    List<String> parts = split(raw.substring(1), explode ? prefix : ",");
    boolean matrix = style.equals("matrix");
    if (shape == Shape.OBJECT && explode) {
      Map<String, String> entries = new LinkedHashMap<>();
      for (String part : parts) {
        int eq = part.indexOf('=');
        if (eq < 0) {
          throw new MalformedException("'" + part + "' in '" + raw + "' is not key=value");
        }
        entries.put(decode(part.substring(0, eq)), decode(part.substring(eq + 1)));
      }
      return new StyledPathValue(List.of(), entries);
    }
    List<String> values = new ArrayList<>();
    if (matrix && explode) {
      for (String part : parts) {
        values.add(named(part, name, raw));
      }
    } else if (matrix) {
      values.addAll(split(named(raw.substring(1), name, raw), ","));
    } else {
      values.addAll(parts);
    }
    if (shape == Shape.PRIMITIVE && values.size() != 1) {
      // Only a primitive's own, unsplit text is its value.
      values = List.of(matrix ? named(raw.substring(1), name, raw) : raw.substring(1));
    }
    if (shape != Shape.OBJECT) {
      return new StyledPathValue(values.stream().map(StyledPathValue::decode).toList(), Map.of());
    }
    if (values.size() % 2 != 0) {
      throw new MalformedException("'" + raw + "' does not list keys and values in pairs");
    }
    Map<String, String> entries = new LinkedHashMap<>();
    for (int i = 0; i < values.size(); i += 2) {
      entries.put(decode(values.get(i)), decode(values.get(i + 1)));
    }
    return new StyledPathValue(List.of(), entries);
  }

  /** The value of {@code name=value} (or of a bare {@code name}, which is empty). */
  private static String named(String part, String name, String raw) throws MalformedException {
    int eq = part.indexOf('=');
    String key = decode(eq < 0 ? part : part.substring(0, eq));
    if (!key.equals(name)) {
      throw new MalformedException("'" + raw + "' names '" + key + "', not '" + name + "'");
    }
    return eq < 0 ? "" : part.substring(eq + 1);
  }

  private static List<String> split(String text, String separator) {
    return Arrays.asList(text.split(java.util.regex.Pattern.quote(separator), -1));
  }

  private static String decode(String text) {
    return PercentDecoding.decode(text);
  }
}
