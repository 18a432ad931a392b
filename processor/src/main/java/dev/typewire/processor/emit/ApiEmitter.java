package dev.typewire.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.typewire.processor.model.BodyEncoding;
import dev.typewire.processor.model.Operation;
import dev.typewire.processor.model.Parameter;
import dev.typewire.processor.model.TypeRef;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javax.lang.model.element.Modifier;

/**
 * One class per tag holding its operations. Each method only describes the request and hands it to
 * the runtime's {@code ApiTransport}; transport, retries and errors live there.
 */
final class ApiEmitter {

  private static final ClassName REQUEST_OPTIONS = EmitContext.runtime("RequestOptions");
  private static final ClassName RESPONSE_TYPE = EmitContext.runtime("ResponseType");
  private static final ClassName TRANSPORT = EmitContext.runtime("ApiTransport");

  private final EmitContext context;

  ApiEmitter(EmitContext context) {
    this.context = context;
  }

  TypeSpec emit(String group, List<Operation> operations) {
    TypeSpec.Builder api =
        context
            .stamp(TypeSpec.classBuilder(context.className(context.model().apiClass(group))))
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "The $L operations of $L. Get it from {@link $L}; thread safe.\n",
                JavadocText.code(group),
                JavadocText.prose(context.model().title()),
                context.model().clientName())
            .addField(TRANSPORT, "transport", Modifier.PRIVATE, Modifier.FINAL)
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addParameter(TRANSPORT, "transport")
                    .addStatement("this.transport = transport")
                    .build());
    // Names of the request methods' parameters, which the checks of path parameters sit beside.
    Set<String> inScope = new HashSet<>(Set.of("params", "body", "options", "request"));
    for (Operation operation : operations) {
      operation.parameters(Parameter.Location.PATH).forEach(p -> inScope.add(p.javaName()));
    }
    ConstraintWriter constraints = new ConstraintWriter(inScope);
    for (Operation operation : operations) {
      addOperation(api, operation, constraints);
    }
    constraints.addPatternFields(api);
    new RawResponseEmitter(context)
        .addTo(api, context.className(context.model().apiClass(group)), operations);
    return api.build();
  }

  private void addOperation(
      TypeSpec.Builder api, Operation operation, ConstraintWriter constraints) {
    String name = operation.javaName();
    boolean noBody = operation.response() == null;
    TypeName result =
        noBody ? ClassName.get(Void.class) : context.typeName(operation.response()).box();
    TypeName syncResult =
        noBody ? TypeName.VOID : context.nullable(result, operation.emptySuccess());
    OperationSignature signature = new OperationSignature(context, operation);
    String responseField = constantName(name) + "_RESPONSE";
    api.addField(
        FieldSpec.builder(
                ParameterizedTypeName.get(RESPONSE_TYPE, result),
                responseField,
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .initializer(responseType(operation))
            .build());
    CodeBlock doc = signature.javadoc(true);
    CodeBlock returns =
        CodeBlock.of(
            noBody
                ? ""
                : operation.responseEncoding() == BodyEncoding.BINARY
                    ? "@return the response body, unread; close it\n"
                    : operation.emptySuccess()
                        ? "@return the decoded response; null when the server answers without a"
                            + " body, as the description allows\n"
                        : "@return the decoded response\n");
    CodeBlock throwsDoc =
        CodeBlock.of(
            "@throws $T if the call fails; see its subtypes\n",
            EmitContext.runtime("ApiException"));
    CodeBlock send =
        CodeBlock.of("transport.send($L, $N)", signature.requestCall(name), responseField);
    api.addMethod(
        signature
            .method(name, syncResult, true)
            .addJavadoc(doc)
            .addJavadoc("@param options per-request headers, timeout and retry policy\n")
            .addJavadoc(returns)
            .addJavadoc(throwsDoc)
            .addStatement(noBody ? "$L" : "return $L", send)
            .build());
    CodeBlock defaults =
        signature.arguments(CodeBlock.of("params"), CodeBlock.of("$T.none()", REQUEST_OPTIONS));
    api.addMethod(
        signature
            .method(name, syncResult, false)
            .addJavadoc(doc)
            .addJavadoc(returns)
            .addJavadoc(throwsDoc)
            .addStatement(noBody ? "$N($L)" : "return $N($L)", name, defaults)
            .build());
    if (signature.hasOptionalParamsOnly()) {
      api.addMethod(
          signature.withoutParams(
              name,
              syncResult,
              CodeBlock.builder()
                  .add(signature.javadoc(false))
                  .add(returns)
                  .add(throwsDoc)
                  .build()));
    }
    api.addMethod(
        signature
            .method(
                name + "Async",
                ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), result),
                true)
            .addJavadoc(doc)
            .addJavadoc("@param options per-request headers, timeout and retry policy\n")
            .addJavadoc(
                "@return the $L, completed exceptionally with an {@code ApiException}\n"
                    + "    if the call fails\n",
                noBody ? "completion" : "decoded response")
            .addStatement(
                "return transport.sendAsync(() -> $L, $N)",
                signature.requestCall(name),
                responseField)
            .build());
    api.addMethod(signature.requestBuilderMethod(name, constraints));
    if (operation.pagination() != null) {
      new PagerWriter(context, operation, signature).addTo(api, responseField);
    }
  }

  private CodeBlock responseType(Operation operation) {
    CodeBlock.Builder code = CodeBlock.builder();
    TypeRef response = operation.response();
    if (response == null) {
      code.add("$T.none()", RESPONSE_TYPE);
    } else if (operation.responseEncoding() == BodyEncoding.TEXT) {
      code.add("$T.string()", RESPONSE_TYPE);
    } else if (operation.responseEncoding() == BodyEncoding.BINARY) {
      code.add("$T.binary()", RESPONSE_TYPE);
    } else if (response instanceof TypeRef.ListOf || response instanceof TypeRef.MapOf) {
      code.add(
          "$T.of(new $T<$T>() {})",
          RESPONSE_TYPE,
          ClassName.get("com.fasterxml.jackson.core.type", "TypeReference"),
          context.typeName(response));
    } else {
      code.add("$T.of($T.class)", RESPONSE_TYPE, context.typeName(response));
    }
    if (operation.emptySuccess() && response != null) {
      code.add("$Z.allowingEmpty()");
    }
    if (operation.errorBody() instanceof TypeRef.Named errorType) {
      // $Z: wrapped at the column limit, as a long constant reads best.
      code.add("$Z.withErrorBody($T.class)", context.className(errorType.javaName()));
    }
    return code.build();
  }

  static String constantName(String javaName) {
    return javaName
        .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
        .replaceAll("([A-Z])([A-Z][a-z])", "$1_$2")
        .toUpperCase(java.util.Locale.ROOT);
  }
}
