package dev.typewire.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.typewire.processor.model.Operation;
import dev.typewire.processor.read.JavaNames;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import javax.lang.model.element.Modifier;

/**
 * The {@code withRawResponse()} view of an API class: a nested class with the same operations,
 * returning the runtime's {@code RawResponse} (status, headers, trace id and the decoded body). It
 * reuses the outer class's request methods and response types, so both views send the same request.
 */
final class RawResponseEmitter {

  static final String CLASS_NAME = "WithRawResponse";

  private static final ClassName RAW_RESPONSE = EmitContext.runtime("RawResponse");
  private static final ClassName REQUEST_OPTIONS = EmitContext.runtime("RequestOptions");
  private static final ClassName TRANSPORT = EmitContext.runtime("ApiTransport");

  private final EmitContext context;

  RawResponseEmitter(EmitContext context) {
    this.context = context;
  }

  /**
   * The accessor's name: {@code withRawResponse} unless an operation (or one of its sibling
   * methods) already has it, compared ignoring case as operation names are.
   */
  static String accessorName(List<Operation> operations) {
    Set<String> used = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    for (Operation operation : operations) {
      for (String sibling : List.of("", "Async", "Request", "AutoPaging")) {
        used.add(operation.javaName() + sibling);
      }
    }
    return JavaNames.distinct("withRawResponse", used);
  }

  /** Adds the nested class, its field and its accessor to {@code api}. */
  void addTo(TypeSpec.Builder api, ClassName apiClass, List<Operation> operations) {
    ClassName nested = apiClass.nestedClass(CLASS_NAME);
    String accessor = accessorName(operations);
    TypeSpec.Builder view =
        TypeSpec.classBuilder(nested)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                "The operations of {@link $T}, each returning the status and headers of the"
                    + " response with its decoded body.\n",
                apiClass)
            .addField(TRANSPORT, "transport", Modifier.PRIVATE, Modifier.FINAL)
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PRIVATE)
                    .addParameter(TRANSPORT, "transport")
                    .addStatement("this.transport = transport")
                    .build());
    for (Operation operation : operations) {
      addOperation(view, apiClass, operation);
    }
    api.addType(view.build());
    api.addMethod(
        MethodSpec.methodBuilder(accessor)
            .addModifiers(Modifier.PUBLIC)
            .returns(nested)
            .addJavadoc(
                "Returns these operations in a form that also returns the status and headers of\n"
                    + "each response (rate-limit counters, pagination links, trace ids).\n\n"
                    + "@return the operations returning raw responses\n")
            .addStatement("return new $T(transport)", nested)
            .build());
  }

  private void addOperation(TypeSpec.Builder view, ClassName apiClass, Operation operation) {
    String name = operation.javaName();
    TypeName body =
        operation.response() == null
            ? ClassName.get(Void.class)
            : context.typeName(operation.response()).box();
    TypeName raw = ParameterizedTypeName.get(RAW_RESPONSE, body);
    OperationSignature signature = new OperationSignature(context, operation);
    String responseField = ApiEmitter.constantName(name) + "_RESPONSE";
    // Qualified: an operation of this class may bear the name of the outer request method.
    CodeBlock request =
        CodeBlock.of(
            "$T.$N($L)",
            apiClass,
            name + "Request",
            signature.arguments(CodeBlock.of("params"), CodeBlock.of("options")));
    CodeBlock doc =
        CodeBlock.builder()
            .add(
                "Like {@link $T#$N}, returning the response's status and headers too.\n\n",
                apiClass,
                name)
            .add(signature.parameterDocs(true))
            .build();
    CodeBlock throwsDoc =
        CodeBlock.of(
            "@throws $T if the call fails; see its subtypes\n",
            EmitContext.runtime("ApiException"));
    String returns = "@return the response, its body decoded\n";
    view.addMethod(
        signature
            .method(name, raw, true)
            .addJavadoc(doc)
            .addJavadoc("@param options per-request headers, timeout and retry policy\n")
            .addJavadoc(returns)
            .addJavadoc(throwsDoc)
            .addStatement("return transport.sendRaw($L, $T.$N)", request, apiClass, responseField)
            .build());
    view.addMethod(
        signature
            .method(name, raw, false)
            .addJavadoc(doc)
            .addJavadoc(returns)
            .addJavadoc(throwsDoc)
            .addStatement(
                "return $N($L)",
                name,
                signature.arguments(
                    CodeBlock.of("params"), CodeBlock.of("$T.none()", REQUEST_OPTIONS)))
            .build());
    if (signature.hasOptionalParamsOnly()) {
      view.addMethod(
          signature.withoutParams(
              name,
              raw,
              CodeBlock.builder()
                  .add(
                      "Like {@link $T#$N}, returning the response's status and headers too.\n\n",
                      apiClass,
                      name)
                  .add(signature.parameterDocs(false))
                  .add(returns)
                  .add(throwsDoc)
                  .build()));
    }
    view.addMethod(
        signature
            .method(
                name + "Async",
                ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), raw),
                true)
            .addJavadoc(doc)
            .addJavadoc("@param options per-request headers, timeout and retry policy\n")
            .addJavadoc(
                "@return the response, completed exceptionally with an {@code ApiException}\n"
                    + "    if the call fails\n")
            .addStatement(
                "return transport.sendRawAsync($L, $T.$N)", request, apiClass, responseField)
            .build());
  }
}
