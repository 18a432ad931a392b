package dev.typewire.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.typewire.processor.model.Constraints;
import dev.typewire.processor.model.Operation;
import dev.typewire.processor.model.Parameter;
import dev.typewire.processor.model.TypeRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * One record per operation with query or header parameters, with a builder. Its compact constructor
 * checks the documented bounds, so an invalid value fails where it is set, before any request
 * leaves.
 */
final class ParamsEmitter {

  private final EmitContext context;

  ParamsEmitter(EmitContext context) {
    this.context = context;
  }

  static List<Parameter> parameters(Operation operation) {
    List<Parameter> parameters = new ArrayList<>(operation.parameters(Parameter.Location.QUERY));
    parameters.addAll(operation.parameters(Parameter.Location.HEADER));
    parameters.addAll(operation.parameters(Parameter.Location.COOKIE));
    return parameters;
  }

  TypeSpec emit(Operation operation) {
    ClassName name = context.className(context.model().paramsClass(operation));
    List<Parameter> parameters = parameters(operation);
    CodeBlock.Builder javadoc =
        CodeBlock.builder()
            .add(
                "Query, header and cookie parameters of $L ($L).\n\n",
                JavadocText.code(operation.method() + " " + operation.path()),
                JavadocText.code(operation.operationId()));
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    MethodSpec.Builder checks =
        MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
    MethodSpec.Builder applyTo =
        MethodSpec.methodBuilder("applyTo")
            .addParameter(EmitContext.runtime("ApiRequest").nestedClass("Builder"), "request")
            .addJavadoc("Adds these parameters to a request.\n");
    List<BuilderEmitter.Field> fields = new ArrayList<>();
    for (Parameter parameter : parameters) {
      String doc = Javadocs.text(parameter.docs());
      String where =
          switch (parameter.location()) {
            case HEADER -> "header";
            case COOKIE -> "cookie";
            default -> "query parameter";
          };
      String paramDoc =
          (doc.isEmpty() ? "the " + JavadocText.code(parameter.wireName()) + " " + where : doc)
              + (parameter.required() ? " Required." : "");
      javadoc.add("@param $L $L\n", parameter.javaName(), paramDoc);
      constructor.addParameter(
          ParameterSpec.builder(
                  context.nullable(context.typeName(parameter.type()), !parameter.required()),
                  parameter.javaName())
              .build());
      addChecks(checks, parameter);
      fields.add(
          new BuilderEmitter.Field(
              parameter.javaName(),
              context.typeName(parameter.type()),
              parameter.wireName(),
              !parameter.required(),
              false,
              false,
              doc));
    }
    new ParameterWriter(context).write(applyTo, parameters);
    TypeSpec.Builder record =
        context
            .stamp(TypeSpec.recordBuilder(name))
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(javadoc.build())
            .recordConstructor(constructor.build())
            .addMethod(
                checks
                    .addJavadoc(
                        "Checks the values against the schema before any request is made.\n\n"
                            + "@throws IllegalArgumentException if a value is outside its documented"
                            + " bounds\n")
                    .addJavadoc(
                        parameters.stream().anyMatch(Parameter::required)
                            ? "@throws NullPointerException if a required parameter is missing\n"
                            : "")
                    .build())
            .addMethod(applyTo.build());
    new BuilderEmitter(context).addBuilder(record, name, fields);
    return record.build();
  }

  private static void addChecks(MethodSpec.Builder checks, Parameter parameter) {
    ClassName parameterChecks = EmitContext.runtime("ParameterChecks");
    if (parameter.required()) {
      checks.addStatement(
          "$T.required($L, $N)",
          parameterChecks,
          StringLiteral.of(parameter.wireName()),
          parameter.javaName());
    }
    if (!(parameter.type() instanceof TypeRef.Primitive)) {
      // Bounds of an enum or list parameter are not checked here.
      return;
    }
    Constraints bounds = parameter.constraints();
    if (bounds.minimum() != null && bounds.maximum() != null) {
      checks.addStatement(
          "$T.range($L, $N, $L, $L)",
          parameterChecks,
          StringLiteral.of(parameter.wireName()),
          parameter.javaName(),
          literal(bounds.minimum()),
          literal(bounds.maximum()));
    } else if (bounds.minimum() != null) {
      checks.addStatement(
          "$T.minimum($L, $N, $L)",
          parameterChecks,
          StringLiteral.of(parameter.wireName()),
          parameter.javaName(),
          literal(bounds.minimum()));
    } else if (bounds.maximum() != null) {
      checks.addStatement(
          "$T.maximum($L, $N, $L)",
          parameterChecks,
          StringLiteral.of(parameter.wireName()),
          parameter.javaName(),
          literal(bounds.maximum()));
    }
    if (bounds.minLength() != null || bounds.maxLength() != null) {
      checks.addStatement(
          "$T.length($L, $N, $L, $L)",
          parameterChecks,
          StringLiteral.of(parameter.wireName()),
          parameter.javaName(),
          bounds.minLength() == null ? -1 : bounds.minLength(),
          bounds.maxLength() == null ? -1 : bounds.maxLength());
    }
  }

  private static String literal(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    boolean integral = stripped.scale() <= 0;
    if (integral && stripped.toBigInteger().bitLength() < 64) {
      return stripped.toBigInteger().toString() + "L";
    }
    if (!integral && stripped.precision() <= 15) {
      return stripped.toPlainString();
    }
    // Beyond long or double: compared exactly by ParameterChecks.
    return "new java.math.BigDecimal(\"" + stripped.toPlainString() + "\")";
  }
}
