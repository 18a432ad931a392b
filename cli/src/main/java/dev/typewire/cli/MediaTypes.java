package dev.typewire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;

/** Which of a body's media types the generated client uses: JSON first, then form, then text. */
final class MediaTypes {

  private MediaTypes() {}

  /** The chosen media type of a {@code content} object, or null when it has none. */
  static String chosen(JsonNode content) {
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
  static String base(String mediaType) {
    int parameters = mediaType.indexOf(';');
    return (parameters < 0 ? mediaType : mediaType.substring(0, parameters)).trim();
  }

  static boolean isJson(String mediaType) {
    String base = base(mediaType);
    return base.equals("application/json") || base.endsWith("+json") || base.equals("*/*");
  }
}
