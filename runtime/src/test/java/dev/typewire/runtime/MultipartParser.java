package dev.typewire.runtime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a received multipart/form-data body, written from RFC 7578/2046 for the tests and sharing
 * no code with the runtime's writer, so a test checks the bytes on the wire rather than the writer
 * against itself.
 */
final class MultipartParser {

  private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
  private static final Pattern PARAMETER = Pattern.compile(";\\s*([a-zA-Z*]+)=\"([^\"]*)\"");

  /** One part: its header lines (lower-case names), disposition parameters and content. */
  // Test-only and never compared: array identity does not matter.
  @SuppressWarnings("ArrayRecordComponent")
  record Part(Map<String, String> headers, String name, String filename, byte[] content) {
    String contentType() {
      return headers.get("content-type");
    }

    String text() {
      return new String(content, StandardCharsets.UTF_8);
    }
  }

  private MultipartParser() {}

  static List<Part> parse(String contentType, byte[] body) {
    Matcher boundaryMatch = BOUNDARY.matcher(contentType);
    if (!contentType.startsWith("multipart/form-data") || !boundaryMatch.find()) {
      throw new AssertionError("not multipart/form-data: " + contentType);
    }
    byte[] delimiter = ("--" + boundaryMatch.group(1)).getBytes(StandardCharsets.US_ASCII);
    List<Part> parts = new ArrayList<>();
    int start = indexOf(body, delimiter, 0);
    if (start != 0) {
      throw new AssertionError("body does not start with the boundary");
    }
    int position = start + delimiter.length;
    while (true) {
      if (body[position] == '-' && body[position + 1] == '-') {
        return parts;
      }
      position += 2; // CRLF after the delimiter
      byte[] next = concat("\r\n".getBytes(StandardCharsets.US_ASCII), delimiter);
      int end = indexOf(body, next, position);
      if (end < 0) {
        throw new AssertionError("unterminated part");
      }
      parts.add(part(Arrays.copyOfRange(body, position, end)));
      position = end + next.length;
    }
  }

  private static Part part(byte[] raw) {
    int split = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
    String head = new String(raw, 0, split, StandardCharsets.UTF_8);
    Map<String, String> headers = new LinkedHashMap<>();
    for (String line : head.split("\r\n", -1)) {
      int colon = line.indexOf(':');
      headers.put(
          line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
          line.substring(colon + 1).trim());
    }
    String disposition = headers.get("content-disposition");
    Map<String, String> parameters = new LinkedHashMap<>();
    Matcher parameter = PARAMETER.matcher(disposition);
    while (parameter.find()) {
      parameters.put(parameter.group(1), parameter.group(2));
    }
    return new Part(
        headers,
        parameters.get("name"),
        parameters.get("filename"),
        Arrays.copyOfRange(raw, split + 4, raw.length));
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = from; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] joined = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, joined, a.length, b.length);
    return joined;
  }
}
