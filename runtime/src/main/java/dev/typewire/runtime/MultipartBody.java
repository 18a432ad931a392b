package dev.typewire.runtime;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A {@code multipart/form-data} body (RFC 7578) as a chain of publishers: part headers are small
 * byte arrays, file content is streamed from its source, so no file is ever held in memory.
 *
 * <p>The boundary is 32 random bytes in hex. It is not searched for in the content (that would mean
 * reading every file twice); the chance that 256 random bits occur in real content is negligible.
 */
final class MultipartBody {

  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * One part: {@code content} is either the part's bytes (a formatted field) or an {@link
   * UploadFile}.
   *
   * @param filename the declared filename, or null
   * @param contentType the part's Content-Type, or null for none (text/plain by RFC 7578)
   */
  record Part(String name, String filename, String contentType, Object content) {}

  private final String boundary;

  MultipartBody(String boundary) {
    this.boundary = boundary;
  }

  static MultipartBody withRandomBoundary() {
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    return new MultipartBody("typewire-" + HexFormat.of().formatHex(random));
  }

  String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  HttpRequest.BodyPublisher publisher(List<Part> parts) {
    List<HttpRequest.BodyPublisher> chain = new ArrayList<>();
    for (Part part : parts) {
      chain.add(HttpRequest.BodyPublishers.ofByteArray(header(part)));
      if (part.content() instanceof UploadFile file) {
        chain.add(file.publisher());
      } else {
        chain.add(HttpRequest.BodyPublishers.ofByteArray((byte[]) part.content()));
      }
      chain.add(HttpRequest.BodyPublishers.ofByteArray(ascii("\r\n")));
    }
    chain.add(HttpRequest.BodyPublishers.ofByteArray(ascii("--" + boundary + "--\r\n")));
    return HttpRequest.BodyPublishers.concat(chain.toArray(HttpRequest.BodyPublisher[]::new));
  }

  private byte[] header(Part part) {
    StringBuilder header = new StringBuilder("--").append(boundary).append("\r\n");
    header
        .append("Content-Disposition: form-data; name=\"")
        .append(quoted(part.name()))
        .append('"');
    if (part.filename() != null) {
      header.append("; filename=\"").append(quoted(part.filename())).append('"');
    }
    header.append("\r\n");
    if (part.contentType() != null) {
      header
          .append("Content-Type: ")
          .append(HeaderValues.checkValue("Content-Type", part.contentType()))
          .append("\r\n");
    }
    return header.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A name or filename made safe inside a quoted string, as browsers do (WHATWG HTML, "multipart
   * form data"): quote, CR and LF percent-encoded, so no name can end the string or start a new
   * header line; other characters, non-ASCII included, sent as UTF-8.
   */
  static String quoted(String text) {
    return text.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
