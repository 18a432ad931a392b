package dev.typewire.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.typewire.processor.model.Operation;
import dev.typewire.processor.model.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * One record per operation with query or header parameters, with a builder. Its compact constructor
 * checks the documented constraints, so an invalid value fails where it is set, before any request
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
    ConstraintWriter constraints =
        new ConstraintWriter(
            parameters.stream().map(Parameter::javaName).collect(Collectors.toSet()));
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
      javadoc.add(
          "@param $L $L\n", parameter.javaName(), Javadocs.param(parameter.javaName(), paramDoc));
      constructor.addParameter(
          ParameterSpec.builder(
                  context.nullable(context.typeName(parameter.type()), !parameter.required()),
                  parameter.javaName())
              .build());
      checks.addCode(constraints.parameterChecks(parameter));
      fields.add(
          new BuilderEmitter.Field(
              parameter.javaName(),
              context.typeName(parameter.type()),
              parameter.wireName(),
              !parameter.required(),
              false,
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
                            + "@throws IllegalArgumentException if a value breaks a documented\n"
                            + "    constraint (bounds, length, pattern, item count)\n")
                    .addJavadoc(
                        parameters.stream().anyMatch(Parameter::required)
                            ? "@throws NullPointerException if a required parameter is missing\n"
                            : "")
                    .build())
            .addMethod(applyTo.build());
    constraints.addPatternFields(record);
    new BuilderEmitter(context).addBuilder(record, name, fields, CodeBlock.of(""));
    return record.build();
  }
}
