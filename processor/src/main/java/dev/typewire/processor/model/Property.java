package dev.typewire.processor.model;

/**
 * One property of an object schema.
 *
 * @param wireName the JSON key, kept exactly
 * @param javaName a legal, distinct Java identifier within the owning record
 * @param required the key is always present on the wire (so it is always written, null included)
 * @param nullable the value may be null (or the key absent) on the wire
 * @param stringEncoded a number or boolean carried in a JSON string; written back as a string
 * @param readOnly the server sends it but a request need not ({@code readOnly: true}): even when
 *     required it is neither demanded by builders nor written when unset
 * @param writeOnly a request sends it but a response need not ({@code writeOnly: true}): even when
 *     required it is not written when unset, so a decoded response re-encodes as it came
 */
public record Property(
    String wireName,
    String javaName,
    TypeRef type,
    boolean required,
    boolean nullable,
    boolean stringEncoded,
    boolean readOnly,
    boolean writeOnly,
    Docs docs,
    Constraints constraints) {

  /** Written even when null: a required key that travels in both directions. */
  public boolean alwaysWritten() {
    return required && !readOnly && !writeOnly;
  }
}
