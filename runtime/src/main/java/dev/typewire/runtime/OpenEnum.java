package dev.typewire.runtime;

/**
 * Implemented by generated enums, which keep a value the schema does not list instead of failing;
 * lets the runtime notice such values as drift.
 */
public interface OpenEnum {

  /**
   * Tells whether the schema lists this value.
   *
   * @return true for one of the generated constants
   */
  boolean isKnown();

  /**
   * Returns the value as it appears on the wire.
   *
   * @return the value
   */
  Object value();
}
