package dev.typewire.runtime;

/**
 * How a path parameter's value is written into its placeholder, after OpenAPI 3's {@code style} of
 * a path parameter (RFC 6570 expansions {@code {name}}, {@code {.name}} and {@code {;name}}).
 *
 * <p>Values and keys are percent-encoded as path segments are, so a {@code ,}, {@code ;}, {@code =}
 * or {@code /} in a value never reads as a separator; a {@code .} is unreserved and stays literal,
 * as RFC 6570 has it.
 */
public enum PathStyle {
  /** {@code 5}, a list {@code 3,4,5}: what {@link ApiRequest.Builder#pathParam} does by default. */
  SIMPLE,
  /**
   * {@code .5}; a list {@code .3,4,5} or, exploded, {@code .3.4.5}; an object {@code .k,v,k2,v2}
   * or, exploded, {@code .k=v.k2=v2}.
   */
  LABEL,
  /**
   * {@code ;id=5}; a list {@code ;id=3,4,5} or, exploded, {@code ;id=3;id=4;id=5}; an object {@code
   * ;id=k,v,k2,v2} or, exploded, {@code ;k=v;k2=v2}.
   */
  MATRIX
}
