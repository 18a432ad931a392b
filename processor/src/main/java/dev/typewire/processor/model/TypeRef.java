package dev.typewire.processor.model;

/**
 * A Java-independent description of a value's type. The emitters map it to Java types; the model
 * itself knows nothing about javac, JavaPoet or Jackson.
 */
public sealed interface TypeRef {

  /** Scalar kinds the schema can express. */
  enum Scalar {
    STRING,
    INTEGER,
    LONG,
    BIG_INTEGER,
    DOUBLE,
    BIG_DECIMAL,
    BOOLEAN,
    DATE_TIME,
    DATE,
    UUID,
    EPOCH_MILLIS,
    BYTES,
    /** Binary content sent: a whole request body or a multipart file part. */
    FILE,
    /** Binary content received: a successful response body handed over as a stream. */
    DOWNLOAD
  }

  /** A scalar value. */
  record Primitive(Scalar scalar) implements TypeRef {}

  /** A generated type (record or enum) by its simple Java name. */
  record Named(String javaName) implements TypeRef {}

  /** A JSON array. */
  record ListOf(TypeRef items) implements TypeRef {}

  /** A JSON object used as a map with string keys. */
  record MapOf(TypeRef values) implements TypeRef {}

  /** Any JSON value: free-form objects and values whose type varies on the wire. */
  record AnyJson() implements TypeRef {}

  static TypeRef of(Scalar scalar) {
    return new Primitive(scalar);
  }
}
