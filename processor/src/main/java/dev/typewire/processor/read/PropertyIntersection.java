package dev.typewire.processor.read;

import dev.typewire.processor.model.EnumType;
import dev.typewire.processor.model.TypeDecl;
import dev.typewire.processor.model.TypeRef;
import dev.typewire.processor.model.TypeRef.Scalar;
import java.util.List;
import java.util.function.Function;

/**
 * The type of a property that two {@code allOf} parts both define. A value must be valid against
 * both, so the result is the narrower type when one contains the other (a string enum within a
 * string, a record within a free-form value); integers of different widths take the widest, which
 * decodes every value either accepts. Types with nothing in common (an integer and a string) have
 * no Java type that is honest for both: the caller widens to {@link TypeRef.AnyJson}, which decodes
 * whatever the server sends, and warns.
 */
final class PropertyIntersection {

  private static final List<Scalar> INTEGERS =
      List.of(Scalar.INTEGER, Scalar.LONG, Scalar.BIG_INTEGER);
  private static final List<Scalar> DECIMALS = List.of(Scalar.DOUBLE, Scalar.BIG_DECIMAL);

  private final Function<String, TypeDecl> declarations;

  PropertyIntersection(Function<String, TypeDecl> declarations) {
    this.declarations = declarations;
  }

  /** Both parts' intersection, or null when they have nothing in common. */
  Typed of(Typed earlier, Typed later) {
    TypeRef type = type(earlier.type(), later.type());
    if (type == null) {
      return null;
    }
    // Null is accepted when either part accepts it: refusing a null one part allows would make
    // the response it came in undecodable.
    return new Typed(
        type,
        earlier.nullable() || later.nullable(),
        earlier.stringEncoded() || later.stringEncoded());
  }

  private TypeRef type(TypeRef earlier, TypeRef later) {
    if (earlier.equals(later) || earlier instanceof TypeRef.AnyJson) {
      return later;
    }
    if (later instanceof TypeRef.AnyJson) {
      return earlier;
    }
    if (earlier instanceof TypeRef.Primitive a && later instanceof TypeRef.Primitive b) {
      return widest(a.scalar(), b.scalar());
    }
    if (isString(earlier) && isEnum(later)) {
      return later;
    }
    if (isEnum(earlier) && isString(later)) {
      return earlier;
    }
    if (earlier instanceof TypeRef.ListOf a && later instanceof TypeRef.ListOf b) {
      TypeRef items = type(a.items(), b.items());
      return items == null ? null : new TypeRef.ListOf(items);
    }
    if (earlier instanceof TypeRef.MapOf a && later instanceof TypeRef.MapOf b) {
      TypeRef values = type(a.values(), b.values());
      return values == null ? null : new TypeRef.MapOf(values);
    }
    return null;
  }

  private static TypeRef widest(Scalar a, Scalar b) {
    for (List<Scalar> family : List.of(INTEGERS, DECIMALS)) {
      if (family.contains(a) && family.contains(b)) {
        return TypeRef.of(family.get(Math.max(family.indexOf(a), family.indexOf(b))));
      }
    }
    return null;
  }

  private static boolean isString(TypeRef type) {
    return type instanceof TypeRef.Primitive p && p.scalar() == Scalar.STRING;
  }

  private boolean isEnum(TypeRef type) {
    return type instanceof TypeRef.Named named
        && declarations.apply(named.javaName()) instanceof EnumType values
        && values.valueType() == Scalar.STRING;
  }
}
