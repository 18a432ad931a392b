package dev.typewire.processor.model;

/**
 * One property of an object schema.
 *
 * @param wireName the JSON key, kept exactly
 * @param javaName a legal, distinct Java identifier within the owning record
 * @param required the key is always present on the wire (so it is always written, null included)
 * @param nullable the value may be null (or the key absent) on the wire
 * @param stringEncoded a number or boolean carried in a JSON string; written back as a string
 */
public record Property(
    String wireName,
    String javaName,
    TypeRef type,
    boolean required,
    boolean nullable,
    boolean stringEncoded,
    Docs docs,
    Constraints constraints) {}
