package dev.typewire.processor.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.typewire.processor.model.ObjectType;
import dev.typewire.processor.model.Property;
import javax.lang.model.element.Modifier;

/**
 * A record's {@code toString()} when some of its properties are secrets ({@code format: password})
 * or {@code writeOnly}: the record's usual form, {@code Name[a=1, password=***]}, with those values
 * masked, so that logging a request body cannot leak them.
 */
final class SecretToString {

  static final String MASK = "***";

  private SecretToString() {}

  /**
   * Adds the method if any property is hidden; records without one keep the generated default.
   *
   * @param extra the undeclared-properties component, or null
   */
  static void addTo(TypeSpec.Builder record, String recordName, ObjectType object, String extra) {
    if (object.properties().stream().noneMatch(Property::hiddenInToString)) {
      return;
    }
    CodeBlock.Builder text = CodeBlock.builder().add("$L", StringLiteral.of(recordName + "["));
    String separator = "";
    for (Property property : object.properties()) {
      String label = separator + property.javaName() + "=";
      if (property.hiddenInToString()) {
        text.add("\n+ $L", StringLiteral.of(label + MASK));
      } else {
        text.add("\n+ $L + $N", StringLiteral.of(label), property.javaName());
      }
      separator = ", ";
    }
    if (extra != null) {
      text.add("\n+ $L + $N", StringLiteral.of(separator + extra + "="), extra);
    }
    text.add("\n+ $L", StringLiteral.of("]"));
    record.addMethod(
        MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addJavadoc(
                "Shows every component but the secret and write-only ones, which print as {@code"
                    + " $L}.\n",
                MASK)
            .addStatement("return $>$L$<", text.build())
            .build());
  }
}
