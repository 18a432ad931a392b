package dev.typewire.testing.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code multipart/form-data} body as the validating server received it (RFC 7578), so that
 * its fields can be checked against the description like a form: written here rather than taken
 * from the client's runtime, which must not vouch for itself.
 */
public final class MultipartParts {

  private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=\"?([^\";]+)\"?");
  private static final Pattern NAME = Pattern.compile("(?i);\\s*name=\"([^\"]*)\"");
  private static final Pattern FILENAME = Pattern.compile("(?i);\\s*filename=\"([^\"]*)\"");

  /** One part: its field name, file name (or null), content type (or null) and bytes. */
  // Parts are read once by the validator, never compared or printed: an array is fine.
  @SuppressWarnings("ArrayRecordComponent")
  public record Part(String name, String filename, String contentType, byte[] content) {

    public String text() {
      return new String(content, StandardCharsets.UTF_8);
    }
  }

  private MultipartParts() {}

  /**
   * The parts of {@code body}.
   *
   * @throws IllegalArgumentException when the body is not multipart as its content type says
   */
  public static List<Part> parse(String contentType, byte[] body) {
    Matcher boundaryMatch = BOUNDARY.matcher(contentType == null ? "" : contentType);
    if (!boundaryMatch.find()) {
      throw new IllegalArgumentException("no boundary in content type " + contentType);
    }
    byte[] delimiter = ("--" + boundaryMatch.group(1)).getBytes(StandardCharsets.ISO_8859_1);
    List<Part> parts = new ArrayList<>();
    int at = indexOf(body, delimiter, 0);
    if (at < 0) {
      throw new IllegalArgumentException("the body does not contain its boundary");
    }
    while (true) {
      int start = at + delimiter.length;
      if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
        return parts;
      }
      start += 2; // CRLF after the delimiter
      int next = indexOf(body, delimiter, start);
      if (next < 0) {
        throw new IllegalArgumentException("the last part is not closed by the boundary");
      }
      parts.add(part(Arrays.copyOfRange(body, start, next - 2))); // CRLF before the delimiter
      at = next;
    }
  }

  private static Part part(byte[] raw) {
    byte[] separator = "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
    int split = indexOf(raw, separator, 0);
    if (split < 0) {
      throw new IllegalArgumentException("a part has no blank line after its headers");
    }
    String name = null;
    String filename = null;
    String contentType = null;
    for (String header : new String(raw, 0, split, StandardCharsets.UTF_8).split("\r\n", -1)) {
      String lower = header.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-disposition:")) {
        Matcher nameMatch = NAME.matcher(header);
        name = nameMatch.find() ? nameMatch.group(1) : null;
        Matcher fileMatch = FILENAME.matcher(header);
        filename = fileMatch.find() ? fileMatch.group(1) : null;
      } else if (lower.startsWith("content-type:")) {
        contentType = header.substring("content-type:".length()).trim();
      }
    }
    if (name == null) {
      throw new IllegalArgumentException("a part has no Content-Disposition name");
    }
    return new Part(
        name, filename, contentType, Arrays.copyOfRange(raw, split + separator.length, raw.length));
  }

  private static int indexOf(byte[] data, byte[] pattern, int from) {
    outer:
    for (int i = from; i <= data.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
