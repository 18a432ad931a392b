package dev.typewire.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/** Which of a body's media types the generated client uses: JSON first, then form, then text. */
public final class MediaTypes {

  /** A concrete type for each top-level type a range names ({@code image/*}). */
  private static final Map<String, String> CONCRETE =
      Map.of(
          "image", "image/png",
          "text", "text/plain",
          "audio", "audio/mpeg",
          "video", "video/mp4",
          "application", "application/octet-stream");

  private MediaTypes() {}

  /**
   * The key of {@code content} that a request's media type (its base, lower case) falls under, as
   * OpenAPI matches them: the exact type, else its range ({@code image/*}), else {@code *}{@code
   * /*}; null when none does.
   */
  public static String declaredFor(JsonNode content, String mediaType) {
    if (mediaType.isEmpty()) {
      return null;
    }
    String range = mediaType.substring(0, Math.max(0, mediaType.indexOf('/'))) + "/*";
    String exact = null;
    String ranged = null;
    String any = null;
    Iterator<String> names = content.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      String declared = base(name).toLowerCase(Locale.ROOT);
      if (declared.equals(mediaType) && exact == null) {
        exact = name;
      } else if (declared.equals(range) && ranged == null) {
        ranged = name;
      } else if (declared.equals("*/*") && any == null) {
        any = name;
      }
    }
    return exact != null ? exact : ranged != null ? ranged : any;
  }

  /**
   * A concrete media type that {@code declared} admits: itself without parameters, or for a range a
   * common type of it ({@code image/png} for {@code image/*}).
   */
  public static String concrete(String declared) {
    String base = base(declared).toLowerCase(Locale.ROOT);
    if (base.equals("*/*") || base.isEmpty()) {
      return "application/octet-stream";
    }
    if (base.endsWith("/*")) {
      String type = base.substring(0, base.length() - 2);
      return CONCRETE.getOrDefault(type, type + "/octet-stream");
    }
    return base;
  }

  /** The chosen media type of a {@code content} object, or null when it has none. */
  public static String chosen(JsonNode content) {
    String first = null;
    String form = null;
    String text = null;
    Iterator<String> names = content.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (isJson(name)) {
        return name;
      }
      if (first == null) {
        first = name;
      }
      if (form == null && name.startsWith("application/x-www-form-urlencoded")) {
        form = name;
      }
      if (text == null && name.startsWith("text/plain")) {
        text = name;
      }
    }
    return form != null ? form : text != null ? text : first;
  }

  /** The media type without its parameters ({@code ; charset=...}), as written. */
  public static String base(String mediaType) {
    int parameters = mediaType.indexOf(';');
    return (parameters < 0 ? mediaType : mediaType.substring(0, parameters)).trim();
  }

  public static boolean isJson(String mediaType) {
    String base = base(mediaType);
    return base.equals("application/json") || base.endsWith("+json") || base.equals("*/*");
  }
}
