package dev.typewire.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.typewire.processor.model.ApiModel;
import dev.typewire.processor.model.DocumentServer;
import dev.typewire.processor.model.ServerVariable;
import dev.typewire.processor.read.JavaNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * The client builder's setters for the variables of the document's server URL. The URL is filled
 * and checked in {@code build()}, so a builder is never refused before the caller could set
 * anything; an explicit base URL replaces the template, so setting both is an error.
 */
final class ServerVariableSetters {

  private static final ClassName SERVER_URL = EmitContext.runtime("ServerUrl");
  private static final ParameterizedTypeName STRING_MAP =
      ParameterizedTypeName.get(Map.class, String.class, String.class);

  private final DocumentServer server;
  private final boolean hasDefaultBaseUrl;

  ServerVariableSetters(ApiModel model) {
    this.server = model.server();
    this.hasDefaultBaseUrl = model.defaultBaseUrl() != null;
  }

  /** Whether the builder has any: without, it is generated as before. */
  boolean exist() {
    return server != null && !server.variables().isEmpty();
  }

  /** Names of the builder's own fields, which a setter's parameter must not shadow. */
  static Set<String> fieldNames() {
    return Set.of("serverVariables", "baseUrlSet");
  }

  /** Adds the fields and one setter per variable, named without clashing with {@code used}. */
  void addTo(TypeSpec.Builder builder, ClassName builderName, Set<String> used) {
    builder.addField(
        FieldSpec.builder(String.class, "SERVER_URL", Modifier.PRIVATE, Modifier.STATIC)
            .addModifiers(Modifier.FINAL)
            .initializer(StringLiteral.of(server.template()))
            .build());
    builder.addField(
        FieldSpec.builder(STRING_MAP, "SERVER_DEFAULTS", Modifier.PRIVATE, Modifier.STATIC)
            .addModifiers(Modifier.FINAL)
            .initializer(defaults())
            .build());
    builder.addField(
        FieldSpec.builder(STRING_MAP, "serverVariables", Modifier.PRIVATE, Modifier.FINAL)
            .initializer("new $T<>()", LinkedHashMap.class)
            .build());
    builder.addField(boolean.class, "baseUrlSet", Modifier.PRIVATE);
    for (ServerVariable variable : server.variables()) {
      String name = JavaNames.distinct(JavaNames.lowerCamel(variable.name()), used);
      builder.addMethod(setter(builderName, variable, name));
    }
  }

  private CodeBlock defaults() {
    List<CodeBlock> entries =
        server.variables().stream()
            .filter(variable -> variable.defaultValue() != null)
            .map(
                variable ->
                    CodeBlock.of(
                        "$T.entry($L, $L)",
                        Map.class,
                        StringLiteral.of(variable.name()),
                        StringLiteral.of(variable.defaultValue())))
            .toList();
    return CodeBlock.of("$T.ofEntries($L)", Map.class, CodeBlock.join(entries, ", "));
  }

  private MethodSpec setter(ClassName builderName, ServerVariable variable, String name) {
    CodeBlock value =
        variable.allowed().isEmpty()
            ? CodeBlock.of(
                "$T.requireNonNull($N, $L)", Objects.class, name, StringLiteral.of(variable.name()))
            : CodeBlock.of(
                "$T.allowedValue($L, $N, $L)",
                SERVER_URL,
                StringLiteral.of(variable.name()),
                name,
                variable.allowed().stream()
                    .map(StringLiteral::of)
                    .collect(CodeBlock.joining(", ")));
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .returns(builderName)
        .addParameter(String.class, name)
        .addJavadoc(javadoc(variable, name))
        .addStatement("serverVariables.put($L, $L)", StringLiteral.of(variable.name()), value)
        .addStatement("return this")
        .build();
  }

  private CodeBlock javadoc(ServerVariable variable, String name) {
    CodeBlock.Builder doc =
        CodeBlock.builder()
            .add(
                "Sets the server variable $L of $L; {@link #baseUrl} replaces it.\n",
                JavadocText.code(variable.name()),
                JavadocText.code(server.template()));
    String text = Javadocs.text(variable.docs());
    if (!text.isEmpty()) {
      doc.add("\n<p>$L\n", Javadocs.wrap(text, 3));
    } else if (variable.defaultValue() == null) {
      doc.add("\n<p>No default: set it, or set the base URL.\n");
    }
    if (!variable.allowed().isEmpty()) {
      doc.add(
          "\n<p>One of $L.\n",
          variable.allowed().stream().map(JavadocText::code).collect(Collectors.joining(", ")));
    }
    doc.add(
        "\n@param $L the value; percent-encoded, and it may hold {@code /} only where the default"
            + " does\n@return this builder\n",
        name);
    if (!variable.allowed().isEmpty()) {
      doc.add("@throws IllegalArgumentException if the value is not one of those listed\n");
    }
    return doc.build();
  }

  /**
   * The start of {@code build()}: the template filled with the values set, when the caller set any
   * or there is no default URL to fall back on.
   */
  CodeBlock beforeBuild() {
    CodeBlock.Builder code = CodeBlock.builder();
    code.beginControlFlow("if (baseUrlSet && !serverVariables.isEmpty())")
        .addStatement(
            "throw new $T($L + serverVariables.keySet())",
            IllegalStateException.class,
            StringLiteral.of(
                "baseUrl(...) replaces the server URL; do not also set its variables "))
        .endControlFlow();
    code.beginControlFlow(
            hasDefaultBaseUrl ? "if (!serverVariables.isEmpty())" : "if (!baseUrlSet)")
        .addStatement(
            "options.baseUrl($T.expand(SERVER_URL, SERVER_DEFAULTS, serverVariables))", SERVER_URL)
        .endControlFlow();
    return code.build();
  }
}
