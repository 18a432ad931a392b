package dev.typewire.processor.read;

import dev.typewire.processor.model.TypeRef;

/**
 * A schema's translation: the type, and what the schema says about null and string encoding.
 *
 * @param nullable the schema admits null
 * @param stringEncoded a number or boolean the wire carries as a string
 */
record Typed(TypeRef type, boolean nullable, boolean stringEncoded) {

  Typed nullable(boolean value) {
    return new Typed(type, value, stringEncoded);
  }
}
