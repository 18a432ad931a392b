package dev.typewire.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.typewire.processor.model.ObjectType;
import dev.typewire.processor.model.TypeRef;
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
   * @param distinguishesNull held as an {@code OptionalNullable}: unset is absent, and the setter
   *     turns null into the null state
   * @param nullNodeWhenNull a free-form value always written: {@code build()} turns null into
   *     {@code NullNode}, what decoding the {@code null} it is sent as gives
   */
  record Field(
      String javaName,
      TypeName type,
      String wireName,
      boolean nullable,
      boolean mustBeSet,
      boolean distinguishesNull,
      boolean nullNodeWhenNull,
      String doc) {}

  private static final ClassName OPTIONAL_NULLABLE = EmitContext.runtime("OptionalNullable");
  private static final ClassName NULL_NODE =
      ClassName.get("com.fasterxml.jackson.databind.node", "NullNode");

  private final EmitContext context;

  BuilderEmitter(EmitContext context) {
    this.context = context;
  }

  /** The builder fields of a record's properties. */
  List<Field> fields(ObjectType object) {
    return object.properties().stream()
        .map(
            p ->
                new Field(
                    p.javaName(),
                    context.typeName(p.type()),
                    p.wireName(),
                    p.nullable(),
                    p.required() && !p.nullable() && !p.readOnly(),
                    object.distinguishesNull(p),
                    p.alwaysWritten() && p.nullable() && p.type() instanceof TypeRef.AnyJson,
                    Javadocs.text(p.docs())))
        .toList();
  }

  /** What a setter's null means, when it is more than "unset". */
  private static String nullNote(Field field) {
    if (field.distinguishesNull()) {
      return "\n\n<p><code>null</code> sends JSON <code>null</code>; leave it unset to omit the key.";
    }
    if (field.nullNodeWhenNull()) {
      return "\n\n<p><code>null</code> or unset is JSON <code>null</code>, built as"
          + " <code>NullNode</code> as decoding gives it.";
    }
    return "";
  }

  private FieldSpec builderField(Field field) {
    if (field.distinguishesNull()) {
      return FieldSpec.builder(
              ParameterizedTypeName.get(OPTIONAL_NULLABLE, field.type()),
              field.javaName(),
              Modifier.PRIVATE)
          .initializer("$T.absent()", OPTIONAL_NULLABLE)
          .build();
    }
    // A builder starts empty, so every other field may be null until set.
    return FieldSpec.builder(
            context.nullable(field.type(), true), field.javaName(), Modifier.PRIVATE)
        .build();
  }

  /**
   * @param checks statements {@code build()} runs on the builder's fields before building, after
   *     the required-field checks
   */
  void addBuilder(
      TypeSpec.Builder record, ClassName recordName, Iterable<Field> fields, CodeBlock checks) {
    addBuilder(record, recordName, recordName, fields, checks);
  }

  /**
   * @param selfReference how the builder names the record in code; {@code recordName} unless a
   *     member type would shadow it there
   */
  void addBuilder(
      TypeSpec.Builder record,
      ClassName recordName,
      ClassName selfReference,
      Iterable<Field> fields,
      CodeBlock checks) {
    // A nested class may not share its enclosing class's name: a schema may call a record Builder.
    ClassName builderName =
        recordName.nestedClass(
            recordName.simpleName().equals("Builder") ? "RecordBuilder" : "Builder");
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
            .returns(selfReference)
            .addJavadoc("Returns the built object.\n");
    CodeBlock.Builder arguments = CodeBlock.builder();
    boolean first = true;
    for (Field field : fields) {
      builder.addField(builderField(field));
      builder.addMethod(
          MethodSpec.methodBuilder(field.javaName())
              .addModifiers(Modifier.PUBLIC)
              .returns(builderName)
              .addParameter(context.nullable(field.type(), field.nullable()), field.javaName())
              .addJavadoc(
                  "$L\n\n@return this builder\n",
                  Javadocs.wrap(
                      "Sets "
                          + JavadocText.code(field.wireName())
                          + (field.doc().isEmpty() ? "." : ": " + field.doc())
                          + nullNote(field),
                      0))
              .addStatement(
                  "this.$N = $L",
                  field.javaName(),
                  field.distinguishesNull()
                      ? CodeBlock.of("$T.of($N)", OPTIONAL_NULLABLE, field.javaName())
                      : CodeBlock.of("$N", field.javaName()))
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
      if (!first) {
        arguments.add(", ");
      }
      arguments.add(
          field.nullNodeWhenNull()
              ? CodeBlock.of(
                  "$N == null ? $T.getInstance() : $N",
                  field.javaName(),
                  NULL_NODE,
                  field.javaName())
              : CodeBlock.of("$N", field.javaName()));
      first = false;
    }
    build.addCode(checks).addStatement("return new $T($L)", selfReference, arguments.build());
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
