package dev.typewire.runtime;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLConnection;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A file to upload: the content of a request body or of one {@code multipart/form-data} part,
 * streamed from its source, never read into memory whole. Immutable.
 *
 * <pre>{@code
 * UploadFile.of(Path.of("photo.png"))                        // filename and content type from the path
 * UploadFile.of(bytes).withFilename("report.pdf")
 * UploadFile.of(inputStream, "data.csv", "text/csv")         // single use, see below
 * }</pre>
 *
 * <p>A file from a {@link Path} or bytes can be sent again, so a request carrying it is retried as
 * the {@link RetryPolicy} allows. A file from an {@link InputStream} can be read only once: a
 * request carrying it is never retried. The caller closes the stream after the call.
 */
public final class UploadFile {

  private final Source source;
  private final String filename;
  private final String contentType;

  /** Where the content comes from. */
  private sealed interface Source {}

  private record FromPath(Path path) implements Source {}

  // Internal and never compared: array identity does not matter.
  @SuppressWarnings("ArrayRecordComponent")
  private record FromBytes(byte[] bytes) implements Source {}

  private record FromStream(InputStream stream, AtomicBoolean taken) implements Source {}

  private UploadFile(Source source, String filename, String contentType) {
    this.source = source;
    this.filename = filename;
    this.contentType = contentType;
  }

  /**
   * A file read from {@code path} when sent. Its filename is the path's last element, its content
   * type guessed from that name's extension (none when unknown).
   *
   * @param path the file
   * @return the upload
   */
  public static UploadFile of(Path path) {
    Objects.requireNonNull(path, "path");
    Path name = path.getFileName();
    String filename = name == null ? null : name.toString();
    return new UploadFile(
        new FromPath(path),
        filename,
        filename == null ? null : URLConnection.guessContentTypeFromName(filename));
  }

  /**
   * A file holding a copy of {@code bytes}, without filename or content type.
   *
   * @param bytes the content; later changes to the array do not affect the upload
   * @return the upload
   */
  public static UploadFile of(byte[] bytes) {
    return new UploadFile(new FromBytes(bytes.clone()), null, null);
  }

  /**
   * A file read from {@code stream} when sent; it can be sent only once, so a request carrying it
   * is never retried. It is read to its end when sent; the caller closes it after the call.
   *
   * @param stream the content
   * @param filename the filename to declare, or null for none
   * @param contentType the media type, or null to leave it to the operation
   * @return the upload
   */
  public static UploadFile of(InputStream stream, String filename, String contentType) {
    Objects.requireNonNull(stream, "stream");
    return new UploadFile(
        new FromStream(stream, new AtomicBoolean()), filename, checkedType(contentType));
  }

  /**
   * Returns a copy with another filename.
   *
   * @param filename the filename, or null for none
   * @return the copy, sharing this one's content
   */
  public UploadFile withFilename(String filename) {
    return new UploadFile(source, filename, contentType);
  }

  /**
   * Returns a copy with another content type.
   *
   * @param contentType the media type, such as {@code image/png}, or null to leave it to the
   *     operation
   * @return the copy, sharing this one's content
   * @throws IllegalArgumentException if the type contains CR or LF
   */
  public UploadFile withContentType(String contentType) {
    return new UploadFile(source, filename, checkedType(contentType));
  }

  /**
   * Returns the filename declared for the content.
   *
   * @return the filename, empty when none
   */
  public Optional<String> filename() {
    return Optional.ofNullable(filename);
  }

  /**
   * Returns the content's media type.
   *
   * @return the type, empty when the operation's media type (or {@code application/octet-stream})
   *     is to be used
   */
  public Optional<String> contentType() {
    return Optional.ofNullable(contentType);
  }

  /**
   * Returns the content's length when known before sending.
   *
   * @return the length in bytes; empty for a stream
   */
  public OptionalLong length() {
    if (source instanceof FromBytes bytes) {
      return OptionalLong.of(bytes.bytes().length);
    }
    if (source instanceof FromPath path) {
      try {
        return OptionalLong.of(Files.size(path.path()));
      } catch (IOException e) {
        return OptionalLong.empty();
      }
    }
    return OptionalLong.empty();
  }

  /**
   * Whether the content can be sent more than once (from a path or bytes, not from a stream).
   *
   * @return true when a request carrying this file may be retried
   */
  public boolean repeatable() {
    return !(source instanceof FromStream);
  }

  /** The content as a body publisher that streams it. */
  HttpRequest.BodyPublisher publisher() {
    if (source instanceof FromBytes bytes) {
      return HttpRequest.BodyPublishers.ofByteArray(bytes.bytes());
    }
    if (source instanceof FromPath path) {
      try {
        return HttpRequest.BodyPublishers.ofFile(path.path());
      } catch (FileNotFoundException e) {
        throw new UncheckedIOException("cannot read upload " + path.path(), e);
      }
    }
    FromStream stream = (FromStream) source;
    Supplier<InputStream> once =
        () -> {
          if (stream.taken().getAndSet(true)) {
            throw new IllegalStateException("an InputStream upload can be sent only once");
          }
          return stream.stream();
        };
    return HttpRequest.BodyPublishers.ofInputStream(once);
  }

  private static String checkedType(String contentType) {
    return contentType == null ? null : HeaderValues.checkValue("Content-Type", contentType);
  }

  @Override
  public String toString() {
    String from = "stream";
    if (source instanceof FromPath path) {
      from = "path " + path.path();
    } else if (source instanceof FromBytes bytes) {
      from = bytes.bytes().length + " bytes";
    }
    return "UploadFile[" + from + ", filename=" + filename + ", contentType=" + contentType + "]";
  }
}
