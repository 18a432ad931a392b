package dev.typewire.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.typewire.processor.model.EnumType;
import dev.typewire.processor.model.TypeRef;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * A string or integer enum as a value record with one constant per listed value. Unlike a Java enum
 * it cannot fail on a value the schema does not list: the raw value is kept, readable through
 * {@code value()}, and re-encodes unchanged. APIs add enum values without notice; clients must not
 * break.
 */
final class EnumEmitter {

  private final EmitContext context;

  EnumEmitter(EmitContext context) {
    this.context = context;
  }

  TypeSpec emit(EnumType type) {
    ClassName name = context.className(type.javaName());
    boolean text = type.valueType() == TypeRef.Scalar.STRING;
    TypeName valueType = context.typeName(TypeRef.of(type.valueType()));
    CodeBlock.Builder javadoc = CodeBlock.builder().add(Javadocs.of(type.docs()));
    if (!javadoc.isEmpty()) {
      javadoc.add("\n");
    }
    javadoc.add(
        "<p>Values the schema does not list are kept as they are: compare with the constants,"
            + " or read {@link #value()}.\n\n@param value the value as it appears on the wire\n");
    TypeSpec.Builder record =
        context
            .stamp(TypeSpec.recordBuilder(name))
            .addModifiers(Modifier.PUBLIC)
            .addSuperinterface(EmitContext.runtime("OpenEnum"))
            .addJavadoc(javadoc.build())
            .recordConstructor(
                MethodSpec.constructorBuilder()
                    .addParameter(
                        ParameterSpec.builder(valueType, "value")
                            .addAnnotation(EmitContext.jackson("JsonValue"))
                            .build())
                    .build())
            .addMethod(
                MethodSpec.compactConstructorBuilder()
                    .addModifiers(Modifier.PUBLIC)
                    .addJavadoc("@throws NullPointerException if {@code value} is null\n")
                    .addStatement(
                        "$T.requireNonNull(value, $L)", Objects.class, StringLiteral.of("value"))
                    .build());
    CodeBlock.Builder cases = CodeBlock.builder();
    CodeBlock.Builder known = CodeBlock.builder();
    for (EnumType.EnumConstant constant : type.constants()) {
      record.addField(
          FieldSpec.builder(
                  name, constant.javaName(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc("$L\n", JavadocText.code(constant.wireValue()))
              .initializer(
                  "new $T($L)",
                  name,
                  text
                      ? StringLiteral.of(constant.wireValue())
                      : type.valueType() == TypeRef.Scalar.INTEGER
                          ? constant.wireValue()
                          : constant.wireValue() + "L")
              .build());
      cases.addStatement(
          "case $L -> $N", StringLiteral.of(constant.wireValue()), constant.javaName());
      known.add(known.isEmpty() ? "$N" : ", $N", constant.javaName());
    }
    ParameterizedTypeName listOfName = ParameterizedTypeName.get(ClassName.get(List.class), name);
    record.addField(
        FieldSpec.builder(
                listOfName, "KNOWN_VALUES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.of($L)", List.class, known.build())
            .build());
    record.addMethod(
        MethodSpec.methodBuilder("of")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addAnnotation(EmitContext.jackson("JsonCreator"))
            .addParameter(valueType, "value")
            .returns(name)
            .addJavadoc(
                "Returns the constant for {@code value}, or a new instance holding it when the"
                    + " schema does not list it.\n\n@param value the wire value\n@return the"
                    + " matching value\n")
            .addCode(
                type.constants().isEmpty()
                    ? CodeBlock.of("return new $T(value);\n", name)
                    : !text
                        ? CodeBlock.builder()
                            .beginControlFlow("for ($T known : KNOWN_VALUES)", name)
                            .beginControlFlow("if (known.value.equals(value))")
                            .addStatement("return known")
                            .endControlFlow()
                            .endControlFlow()
                            .addStatement("return new $T(value)", name)
                            .build()
                        : CodeBlock.builder()
                            .add("return switch (value) {\n")
                            .indent()
                            .add(cases.build())
                            .addStatement("default -> new $T(value)", name)
                            .unindent()
                            .add("};\n")
                            .build())
            .build());
    record.addMethod(
        MethodSpec.methodBuilder("knownValues")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(listOfName)
            .addJavadoc(
                "Returns the values the schema lists, in its order.\n\n@return the values\n")
            .addStatement("return KNOWN_VALUES")
            .build());
    record.addMethod(
        MethodSpec.methodBuilder("isKnown")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(boolean.class)
            .addJavadoc(
                "Returns whether the schema lists this value.\n\n@return false for a value the"
                    + " server sent that this client does not know\n")
            // Decoding checks every value, nearly always one of the constants: identity first.
            // Equality after it, not instead: the record's constructor is public, so an equal
            // value need not be a constant.
            .beginControlFlow("for ($T known : KNOWN_VALUES)", name)
            .beginControlFlow("if (known == this)")
            .addStatement("return true")
            .endControlFlow()
            .endControlFlow()
            .addStatement("return KNOWN_VALUES.contains(this)")
            .build());
    record.addMethod(
        MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addJavadoc("Returns the wire value, as sent in query strings and headers.\n")
            .addCode(
                text
                    ? CodeBlock.of("return value;\n")
                    : CodeBlock.of("return $T.valueOf(value);\n", String.class))
            .build());
    record.addType(new CodecEmitter(context).enumeration(type, name, valueType));
    if (type.docs().deprecated()) {
      record.addAnnotation(Deprecated.class);
    }
    return record.build();
  }
}
