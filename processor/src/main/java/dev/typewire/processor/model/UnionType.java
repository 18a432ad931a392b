package dev.typewire.processor.model;

import java.util.List;

/**
 * A {@code oneOf} or {@code anyOf} of several schemas, generated as a sealed interface with one
 * implementation per variant and an {@code Unknown} for values no variant accepts.
 *
 * @param discriminator the property whose value names the variant, or null to choose by shape
 */
public record UnionType(
    String javaName, String pointer, Docs docs, List<Variant> variants, String discriminator)
    implements TypeDecl {

  /**
   * One alternative.
   *
   * @param type the variant's type; an object record implements the interface itself, any other
   *     type is wrapped in a nested record named {@code wrapperName}
   * @param wrapperName a simple name, distinct within the union, for the wrapping record
   * @param tags the discriminator values that select this variant (empty without a discriminator)
   */
  public record Variant(TypeRef type, String wrapperName, List<String> tags) {}
}
