package dev.typewire.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.typewire.processor.model.Property;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Adds {@code builder()}, {@code toBuilder()} and a nested {@code Builder} to a record, so callers
 * name what they set instead of passing long positional argument lists.
 */
final class BuilderEmitter {

  /**
   * One settable component.
   *
   * @param mustBeSet {@code build()} rejects a null value, naming the wire name
   */
  record Field(
      String javaName,
      TypeName type,
      String wireName,
      boolean nullable,
      boolean mustBeSet,
      String doc) {}

  private final EmitContext context;

  BuilderEmitter(EmitContext context) {
    this.context = context;
  }

  /** A builder for a request body record: required, non-null properties must be set. */
  void addBuilder(TypeSpec.Builder record, ClassName recordName, List<Property> properties) {
    addBuilder(record, recordName, fields(properties));
  }

  /** The builder fields of a record's properties. */
  List<Field> fields(List<Property> properties) {
    return properties.stream()
        .map(
            p ->
                new Field(
                    p.javaName(),
                    context.typeName(p.type()),
                    p.wireName(),
                    p.nullable(),
                    p.required() && !p.nullable(),
                    Javadocs.text(p.docs())))
        .toList();
  }

  void addBuilder(TypeSpec.Builder record, ClassName recordName, Iterable<Field> fields) {
    ClassName builderName = recordName.nestedClass("Builder");
    TypeSpec.Builder builder =
        TypeSpec.classBuilder(builderName)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Builds a {@link $T}.\n", recordName)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    MethodSpec.Builder toBuilder =
        MethodSpec.methodBuilder("toBuilder")
            .addModifiers(Modifier.PUBLIC)
            .returns(builderName)
            .addJavadoc("Returns a builder holding this object's values.\n")
            .addStatement("$T builder = new $T()", builderName, builderName);
    MethodSpec.Builder build =
        MethodSpec.methodBuilder("build")
            .addModifiers(Modifier.PUBLIC)
            .returns(recordName)
            .addJavadoc("Returns the built object.\n");
    CodeBlock.Builder arguments = CodeBlock.builder();
    boolean first = true;
    for (Field field : fields) {
      // A builder starts empty, so every field may be null until set.
      builder.addField(
          FieldSpec.builder(
                  context.nullable(field.type(), true), field.javaName(), Modifier.PRIVATE)
              .build());
      builder.addMethod(
          MethodSpec.methodBuilder(field.javaName())
              .addModifiers(Modifier.PUBLIC)
              .returns(builderName)
              .addParameter(context.nullable(field.type(), field.nullable()), field.javaName())
              .addJavadoc(
                  "Sets $L$L\n\n@return this builder\n",
                  JavadocText.code(field.wireName()),
                  field.doc().isEmpty() ? "." : ": " + field.doc())
              .addStatement("this.$N = $N", field.javaName(), field.javaName())
              .addStatement("return this")
              .build());
      toBuilder.addStatement("builder.$N = $N", field.javaName(), field.javaName());
      if (field.mustBeSet()) {
        build.addStatement(
            "$T.required($L, $N)",
            EmitContext.runtime("ParameterChecks"),
            StringLiteral.of(field.wireName()),
            field.javaName());
      }
      arguments.add(first ? "$N" : ", $N", field.javaName());
      first = false;
    }
    build.addStatement("return new $T($L)", recordName, arguments.build());
    record
        .addMethod(
            MethodSpec.methodBuilder("builder")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builderName)
                .addJavadoc("Returns an empty builder.\n")
                .addStatement("return new $T()", builderName)
                .build())
        .addMethod(toBuilder.addStatement("return builder").build())
        .addType(builder.addMethod(build.build()).build());
  }
}
