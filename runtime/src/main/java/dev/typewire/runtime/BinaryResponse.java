package dev.typewire.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A successful response whose body is binary content (a file, an image, a PDF), handed over as a
 * stream still connected to the server: nothing of it is buffered beyond what the caller reads.
 * Close it (try-with-resources) to release the connection, whether or not the body was read.
 *
 * <pre>{@code
 * try (BinaryResponse file = client.files().download(id)) {
 *   file.saveTo(Path.of("out", file.filename().orElse("download.bin")));
 * }
 * }</pre>
 *
 * <p>{@link ClientOptions#maxResponseBytes()} does not limit this body, and the request timeout
 * only bounds the wait for the response headers: the caller reads at its own pace. Error statuses
 * never produce a {@code BinaryResponse}: they throw the usual {@link ApiException}, and retries
 * happen before anything is handed out.
 */
public final class BinaryResponse implements AutoCloseable {

  private static final Pattern FILENAME =
      Pattern.compile("(?i)(?:^|;)\\s*filename\\s*=\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^;\\s]+))");
  private static final Pattern FILENAME_EXTENDED =
      Pattern.compile("(?i)(?:^|;)\\s*filename\\*\\s*=\\s*([^']*)'[^']*'([^;\\s]+)");

  private final int status;
  private final HttpHeaders headers;
  private final InputStream body;

  BinaryResponse(int status, HttpHeaders headers, InputStream body) {
    this.status = status;
    this.headers = headers;
    this.body = body;
  }

  /**
   * Returns the body, to be read once.
   *
   * @return the stream; reading it reads from the connection
   */
  public InputStream body() {
    return body;
  }

  /**
   * Returns the HTTP status (a 2xx).
   *
   * @return the status
   */
  public int status() {
    return status;
  }

  /**
   * Returns the response headers.
   *
   * @return the headers
   */
  public HttpHeaders headers() {
    return headers;
  }

  /**
   * Returns the body's media type.
   *
   * @return the {@code Content-Type} header, empty when absent
   */
  public Optional<String> contentType() {
    return Optional.ofNullable(ResponseDecoder.contentType(headers));
  }

  /**
   * Returns the body's length when the server announced it.
   *
   * @return the {@code Content-Length}, empty when absent (for example a chunked body)
   */
  public OptionalLong contentLength() {
    return headers.firstValueAsLong("Content-Length");
  }

  /**
   * Returns the filename the server suggests in {@code Content-Disposition}, reduced to its last
   * path element so it cannot point outside a directory the caller chooses.
   *
   * @return the filename ({@code filename*} preferred over {@code filename}), empty when none
   */
  public Optional<String> filename() {
    Optional<String> header = headers.firstValue("Content-Disposition");
    if (header.isEmpty()) {
      return Optional.empty();
    }
    String name = null;
    Matcher extended = FILENAME_EXTENDED.matcher(header.get());
    if (extended.find() && extended.group(1).toUpperCase(Locale.ROOT).equals("UTF-8")) {
      try {
        name = URLDecoder.decode(extended.group(2).replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException badEncoding) {
        name = null;
      }
    }
    Matcher plain = FILENAME.matcher(header.get());
    if (name == null && plain.find()) {
      name = plain.group(1) != null ? plain.group(1).replaceAll("\\\\(.)", "$1") : plain.group(2);
    }
    if (name == null) {
      return Optional.empty();
    }
    String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    return last.isBlank() || last.equals(".") || last.equals("..")
        ? Optional.empty()
        : Optional.of(last);
  }

  /**
   * Writes the rest of the body to {@code target}, replacing it if it exists, and closes this
   * response.
   *
   * @param target the file to write
   * @return the number of bytes written
   * @throws UncheckedIOException if reading or writing fails
   */
  public long saveTo(Path target) {
    try {
      return Files.copy(body, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save response body to " + target, e);
    } finally {
      close();
    }
  }

  /** Closes the body, releasing the connection; unread content is discarded. */
  @Override
  public void close() {
    try {
      body.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "BinaryResponse[" + status + ", " + contentType().orElse("no content type") + "]";
  }
}
