package dev.typewire.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.typewire.processor.model.ObjectType;
import dev.typewire.processor.model.Property;
import dev.typewire.processor.model.TypeRef;
import javax.lang.model.element.Modifier;

/**
 * A record's compact constructor replacing each list and map component by an unmodifiable copy, so
 * decoded responses and built fixtures cannot be changed through the collections they hold. Jackson
 * decodes through the canonical constructor, so this covers decoded records too.
 */
final class CollectionCopies {

  private static final ClassName COPIES = EmitContext.runtime("UnmodifiableCopies");

  private CollectionCopies() {}

  /**
   * Adds the constructor when the record has a list or map component.
   *
   * @param extra the undeclared-properties map, or null; it is copied as well
   */
  static void addTo(TypeSpec.Builder record, ObjectType object, String extra) {
    MethodSpec.Builder constructor =
        MethodSpec.compactConstructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Keeps unmodifiable copies of the lists and maps it is given.\n");
    boolean any = false;
    for (Property property : object.properties()) {
      // An OptionalNullable wraps its value; its three states matter more than copying.
      if (object.distinguishesNull(property)) {
        continue;
      }
      String kind =
          property.type() instanceof TypeRef.ListOf
              ? "list"
              : property.type() instanceof TypeRef.MapOf ? "map" : null;
      if (kind != null) {
        constructor.addStatement(
            "$N = $T.$N($N)", property.javaName(), COPIES, kind, property.javaName());
        any = true;
      }
    }
    if (extra != null) {
      constructor.addStatement("$N = $T.map($N)", extra, COPIES, extra);
      any = true;
    }
    if (any) {
      record.addMethod(constructor.build());
    }
  }
}
