package dev.typewire.processor.model;

/**
 * One property of an object schema.
 *
 * @param wireName the JSON key, kept exactly
 * @param javaName a legal, distinct Java identifier within the owning record
 * @param required the key is always present on the wire (so it is always written, null included)
 * @param admitsNull the schema allows JSON null as the value
 * @param stringEncoded a number or boolean carried in a JSON string; written back as a string
 * @param readOnly the server sends it but a request need not ({@code readOnly: true}): even when
 *     required it is neither demanded by builders nor written when unset
 * @param writeOnly a request sends it but a response need not ({@code writeOnly: true}): even when
 *     required it is not written when unset, so a decoded response re-encodes as it came
 * @param secret the value is a secret ({@code format: password}): never shown by {@code toString()}
 */
public record Property(
    String wireName,
    String javaName,
    TypeRef type,
    boolean required,
    boolean admitsNull,
    boolean stringEncoded,
    boolean readOnly,
    boolean writeOnly,
    Docs docs,
    Constraints constraints,
    boolean secret) {

  /** The Java value may be null: the wire may send null or leave the key out. */
  public boolean nullable() {
    return admitsNull || !required;
  }

  /**
   * Left out of {@code toString()}: a password, or a value only requests carry ({@code writeOnly}),
   * which descriptions use for credentials and personal data.
   */
  public boolean hiddenInToString() {
    return secret || writeOnly;
  }

  /** Written even when null: a required key that travels in both directions. */
  public boolean alwaysWritten() {
    return required && !readOnly && !writeOnly;
  }
}
