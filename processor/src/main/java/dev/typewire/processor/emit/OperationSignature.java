package dev.typewire.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.typewire.processor.model.BodyEncoding;
import dev.typewire.processor.model.Operation;
import dev.typewire.processor.model.Parameter;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * The Java parameters of one operation's methods, in a fixed order: path parameters, the params
 * record, the body, then request options.
 */
final class OperationSignature {

  private static final ClassName API_REQUEST = EmitContext.runtime("ApiRequest");
  private static final ClassName REQUEST_OPTIONS = EmitContext.runtime("RequestOptions");
  private static final ClassName CHECKS = EmitContext.runtime("ParameterChecks");
  private static final ClassName PATH_STYLE = EmitContext.runtime("PathStyle");
  private static final ClassName JSON_PARAMETER = EmitContext.runtime("JsonParameter");

  private final EmitContext context;
  private final Operation operation;
  private final List<Parameter> pathParameters;
  private final boolean hasParams;
  private final boolean hasBody;

  OperationSignature(EmitContext context, Operation operation) {
    this.context = context;
    this.operation = operation;
    this.pathParameters = operation.parameters(Parameter.Location.PATH);
    this.hasParams = !ParamsEmitter.parameters(operation).isEmpty();
    this.hasBody = operation.requestBody() != null;
  }

  boolean hasOptionalParamsOnly() {
    return hasParams && ParamsEmitter.parameters(operation).stream().noneMatch(Parameter::required);
  }

  /** A public method with this operation's parameters, options last when asked for. */
  MethodSpec.Builder method(String name, TypeName returns, boolean withOptions) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(returns);
    addParameters(method, true, withOptions);
    if (operation.docs().deprecated()) {
      method.addAnnotation(Deprecated.class);
    }
    return method;
  }

  /** The overload without a params record, for operations whose parameters are all optional. */
  MethodSpec withoutParams(String name, TypeName returns, CodeBlock doc) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(returns);
    addParameters(method, false, false);
    CodeBlock call =
        arguments(
            CodeBlock.of("$T.builder().build()", paramsType()),
            CodeBlock.of("$T.none()", REQUEST_OPTIONS));
    if (operation.docs().deprecated()) {
      method.addAnnotation(Deprecated.class);
    }
    return method
        .addJavadoc(doc)
        .addStatement(returns.equals(TypeName.VOID) ? "$N($L)" : "return $N($L)", name, call)
        .build();
  }

  /** Call arguments in signature order; a null {@code options} leaves options out. */
  CodeBlock arguments(CodeBlock params, CodeBlock options) {
    CodeBlock.Builder code = CodeBlock.builder();
    for (Parameter parameter : pathParameters) {
      append(code, CodeBlock.of("$N", parameter.javaName()));
    }
    if (hasParams) {
      append(code, params);
    }
    if (hasBody) {
      append(code, CodeBlock.of("body"));
    }
    if (options != null) {
      append(code, options);
    }
    return code.build();
  }

  CodeBlock requestCall(String name) {
    return CodeBlock.of(
        "$N($L)", name + "Request", arguments(CodeBlock.of("params"), CodeBlock.of("options")));
  }

  /**
   * The private method that turns the arguments into an {@code ApiRequest}: every overload, async
   * included, goes through it, so path parameters are checked here before anything is sent.
   *
   * @param constraints the API class's, which gets the pattern fields
   */
  MethodSpec requestBuilderMethod(String name, ConstraintWriter constraints) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name + "Request")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(API_REQUEST);
    addParameters(method, true, true);
    for (Parameter parameter : pathParameters) {
      method.addCode(constraints.parameterChecks(parameter));
    }
    if (hasParams) {
      method.addStatement("$T.required($L, params)", CHECKS, StringLiteral.of("params"));
    }
    if (hasBody && operation.requestBodyRequired()) {
      method.addStatement("$T.required($L, body)", CHECKS, StringLiteral.of("body"));
    }
    CodeBlock.Builder request =
        CodeBlock.builder()
            .add(
                "$T.builder($L, $L)",
                API_REQUEST,
                StringLiteral.of(operation.method()),
                StringLiteral.of(operation.wirePath()));
    for (Parameter parameter : pathParameters) {
      request.add(pathParam(parameter));
    }
    request.add(SecurityWriter.securityCall(operation, context.model()));
    // As a statement, the chained calls get the usual continuation indent.
    method.addStatement("$T.Builder request = $L", API_REQUEST, request.build());
    if (operation.server() != null) {
      method.addStatement("request.server($L)", StringLiteral.of(operation.server().url()));
    }
    if (operation.idempotencyHeader() != null) {
      method.addStatement(
          "request.idempotencyHeader($L)", StringLiteral.of(operation.idempotencyHeader()));
    }
    if (hasParams) {
      method.addStatement("params.applyTo(request)");
    }
    CodeBlock body = hasBody ? new BodyWriter(context).write(operation) : null;
    if (hasBody && operation.requestBodyRequired()) {
      method.addCode(body);
    } else if (hasBody) {
      method.beginControlFlow("if (body != null)").addCode(body).endControlFlow();
    }
    return method.addStatement("return request.options(options).build()").build();
  }

  /** Javadoc shared by the operation's overloads: summary, description and parameters. */
  CodeBlock javadoc(boolean withParams) {
    return CodeBlock.builder().add(description()).add("\n").add(parameterDocs(withParams)).build();
  }

  /** The summary, description and HTTP request line. */
  CodeBlock description() {
    CodeBlock.Builder doc = CodeBlock.builder().add(Javadocs.of(operation.docs()));
    if (!doc.isEmpty()) {
      doc.add("\n");
    }
    doc.add("<p>$L\n", JavadocText.code(operation.method() + " " + operation.path()));
    return operation.server() == null ? doc.build() : doc.add(serverDoc()).build();
  }

  /** Where the calls go, since it is not the client's base URL, and how to redirect them. */
  private CodeBlock serverDoc() {
    String url = operation.server().url();
    CodeBlock.Builder doc =
        CodeBlock.builder()
            .add(
                "\n<p>Sent to the server $L$L, not to the client's base URL; {@code"
                    + " ClientOptions.Builder.serverOverride} redirects it and {@code"
                    + " RequestOptions.Builder.baseUrl} redirects one call.\n",
                JavadocText.code(url),
                url.contains("://") ? "" : " (resolved against the client's base URL)");
    List<String> others = operation.server().alternatives();
    if (!others.isEmpty()) {
      doc.add(
          "\n<p>Also listed: $L.\n",
          others.stream().map(JavadocText::code).collect(Collectors.joining(", ")));
    }
    return doc.build();
  }

  /** {@code @param} lines for the operation's arguments, options excepted. */
  CodeBlock parameterDocs(boolean withParams) {
    CodeBlock.Builder doc = CodeBlock.builder();
    for (Parameter parameter : pathParameters) {
      String text = Javadocs.text(parameter.docs());
      doc.add(
          "@param $L $L\n",
          parameter.javaName(),
          text.isEmpty()
              ? "the " + JavadocText.code(parameter.wireName()) + " path parameter"
              : Javadocs.param(parameter.javaName(), text));
    }
    if (hasParams && withParams) {
      doc.add("@param params query, header and cookie parameters\n");
    }
    if (hasBody) {
      doc.add(
          operation.requestEncoding() == BodyEncoding.BINARY
              ? "@param body the file sent as the request body\n"
              : "@param body the request body\n");
    }
    return doc.build();
  }

  private void addParameters(MethodSpec.Builder method, boolean withParams, boolean withOptions) {
    for (Parameter parameter : pathParameters) {
      method.addParameter(context.typeName(parameter.type()), parameter.javaName());
    }
    if (hasParams && withParams) {
      method.addParameter(paramsType(), "params");
    }
    if (hasBody) {
      method.addParameter(
          context.nullable(
              context.typeName(operation.requestBody()), !operation.requestBodyRequired()),
          "body");
    }
    if (withOptions) {
      method.addParameter(REQUEST_OPTIONS, "options");
    }
  }

  /**
   * A label or matrix parameter names its style; a JSON one is sent as its text; a simple one keeps
   * the short form.
   */
  private static CodeBlock pathParam(Parameter parameter) {
    CodeBlock wireName = StringLiteral.of(parameter.wireName());
    return switch (parameter.style()) {
      case LABEL, MATRIX ->
          CodeBlock.of(
              "\n.pathParam($L, $N, $T.$L, $L)",
              wireName,
              parameter.javaName(),
              PATH_STYLE,
              parameter.style().name(),
              parameter.explode());
      // The runtime would write a list or a record in the simple style's comma form.
      case JSON ->
          CodeBlock.of(
              "\n.pathParam($L, $T.text($N))", wireName, JSON_PARAMETER, parameter.javaName());
      default ->
          parameter.explode()
              ? CodeBlock.of(
                  "\n.pathParam($L, $N, $T.SIMPLE, true)",
                  wireName,
                  parameter.javaName(),
                  PATH_STYLE)
              : CodeBlock.of("\n.pathParam($L, $N)", wireName, parameter.javaName());
    };
  }

  private ClassName paramsType() {
    return context.className(context.model().paramsClass(operation));
  }

  private static void append(CodeBlock.Builder code, CodeBlock argument) {
    if (!code.isEmpty()) {
      code.add(", ");
    }
    code.add(argument);
  }
}
