package dev.typewire.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.typewire.processor.model.BodyEncoding;
import dev.typewire.processor.model.Operation;
import dev.typewire.processor.model.Parameter;
import dev.typewire.processor.read.JavaNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * How the generated fake presents one operation's recorded calls: nothing ({@code Void}) for an
 * operation without parameters or JSON body, the value itself for one, else a record with one
 * component per parameter and the body. Values are decoded from the recorded call with the fake's
 * mapper into the generated types, so a matcher or assertion on them is type checked.
 */
final class FakeCallTypes {

  static final ClassName RECORDED_CALL = ClassName.get("dev.typewire.testing", "RecordedCall");
  private static final ClassName TYPE_REFERENCE =
      ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");

  private final EmitContext context;
  private final ClassName fake;

  FakeCallTypes(EmitContext context, ClassName fake) {
    this.context = context;
    this.fake = fake;
  }

  /** One value of a call: a parameter by its wire name, or the body (wire name null). */
  private record Value(String component, String wireName, TypeName type, String doc) {}

  private List<Value> values(Operation operation) {
    List<Value> values = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (Parameter parameter : operation.parameters()) {
      String name = component(parameter.javaName(), used);
      values.add(
          new Value(
              name,
              parameter.wireName(),
              context.typeName(parameter.type()).box(),
              "the " + JavadocText.code(parameter.wireName()) + " parameter, or null when absent"));
    }
    // Other encodings (form, multipart, binary, text) are not JSON trees in the recorded call;
    // Stub#calls() via untyped() still has their raw form.
    if (operation.requestBody() != null && operation.requestEncoding() == BodyEncoding.JSON) {
      values.add(
          new Value(
              component("body", used),
              null,
              context.typeName(operation.requestBody()).box(),
              "the request body, or null without one"));
    }
    return values;
  }

  private static String component(String wanted, Set<String> used) {
    String name = JavaNames.isObjectMethod(wanted) ? wanted + "Value" : wanted;
    return JavaNames.distinct(name, used);
  }

  /** The {@code P} of the operation's {@code TypedStub}. */
  TypeName type(Operation operation) {
    List<Value> values = values(operation);
    return switch (values.size()) {
      case 0 -> ClassName.get(Void.class);
      case 1 -> values.get(0).type();
      default -> fake.nestedClass(recordName(operation));
    };
  }

  /** The record holding a call's values, or null when the operation needs none. */
  TypeSpec record(Operation operation) {
    List<Value> values = values(operation);
    if (values.size() < 2) {
      return null;
    }
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    CodeBlock.Builder doc =
        CodeBlock.builder()
            .add(
                "The values one call to $L carried, decoded into the generated types.\n\n",
                JavadocText.code(operation.operationId()));
    for (Value value : values) {
      constructor.addParameter(value.type(), value.component());
      doc.add("@param $L $L\n", value.component(), value.doc());
    }
    return TypeSpec.recordBuilder(recordName(operation))
        .addModifiers(Modifier.PUBLIC)
        .recordConstructor(constructor.build())
        .addJavadoc(doc.build())
        .build();
  }

  /** A lambda from a {@code RecordedCall} to the operation's {@code P}. */
  CodeBlock decoder(Operation operation) {
    List<Value> values = values(operation);
    if (values.isEmpty()) {
      return CodeBlock.of("call -> null");
    }
    List<CodeBlock> decoded = values.stream().map(this::decode).toList();
    if (values.size() == 1) {
      return CodeBlock.of("call -> $L", decoded.get(0));
    }
    return CodeBlock.of("call -> new $T($L)", type(operation), CodeBlock.join(decoded, ",\n    "));
  }

  private CodeBlock decode(Value value) {
    CodeBlock source =
        value.wireName() == null
            ? CodeBlock.of("call.body()")
            : CodeBlock.of("call.parameters().get($L)", StringLiteral.of(value.wireName()));
    return CodeBlock.of("decode($L, new $T<$T>() {})", source, TYPE_REFERENCE, value.type());
  }

  /** {@code decode(JsonNode, TypeReference)}, which every decoder calls. */
  MethodSpec decodeMethod() {
    TypeVariableName t = TypeVariableName.get("T");
    return MethodSpec.methodBuilder("decode")
        .addModifiers(Modifier.PRIVATE)
        .addTypeVariable(t)
        .returns(t)
        .addParameter(EmitContext.JSON_NODE, "value")
        .addParameter(ParameterizedTypeName.get(TYPE_REFERENCE, t), "type")
        .addStatement(
            "return value == null || value.isNull() || value.isMissingNode() ? null :"
                + " mapper.convertValue(value, type)")
        .build();
  }

  private static String recordName(Operation operation) {
    return JavaNames.upperCamel(operation.javaName()) + "Call";
  }
}
