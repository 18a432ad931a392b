package dev.typewire.runtime;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Base64;

/**
 * Binary content carried in JSON as base64 text ({@code type: string, format: byte}): an immutable
 * value that compares, hashes and prints by its content, which a {@code byte[]} record component
 * does not.
 *
 * <p>Read from standard or URL-safe base64, with or without padding and line breaks; written as
 * standard base64 with padding.
 */
public final class Bytes {

  // Enough to tell two values apart in a log line without printing a whole file.
  private static final int PRINTED_BYTES = 24;

  private final byte[] content;

  private Bytes(byte[] content) {
    this.content = content;
  }

  /**
   * Returns a value holding a copy of {@code content}.
   *
   * @param content the bytes; later changes to the array do not affect the value
   * @return the value
   */
  public static Bytes of(byte[] content) {
    return new Bytes(content.clone());
  }

  /**
   * Decodes base64 text, as the wire carries it.
   *
   * @param base64 standard or URL-safe base64; padding and line breaks are optional
   * @return the decoded value
   * @throws IllegalArgumentException if the text is not base64
   */
  @JsonCreator
  public static Bytes fromBase64(String base64) {
    String compact = base64.replaceAll("[\\r\\n\\t ]", "");
    boolean urlSafe = compact.indexOf('-') >= 0 || compact.indexOf('_') >= 0;
    return new Bytes((urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(compact));
  }

  /**
   * Returns the content as standard base64 with padding, as it is sent.
   *
   * @return the base64 text
   */
  @JsonValue
  public String base64() {
    return Base64.getEncoder().encodeToString(content);
  }

  /**
   * Returns a copy of the content.
   *
   * @return a new array
   */
  public byte[] toByteArray() {
    return content.clone();
  }

  /**
   * Returns the number of bytes.
   *
   * @return the size
   */
  public int size() {
    return content.length;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Bytes bytes && Arrays.equals(content, bytes.content);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(content);
  }

  /** The size and the first bytes in base64, so large content does not flood a log. */
  @Override
  public String toString() {
    if (content.length <= PRINTED_BYTES) {
      return "Bytes[" + content.length + ": " + base64() + "]";
    }
    return "Bytes["
        + content.length
        + ": "
        + Base64.getEncoder().encodeToString(Arrays.copyOf(content, PRINTED_BYTES))
        + "...]";
  }
}
