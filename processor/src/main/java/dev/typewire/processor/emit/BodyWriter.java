package dev.typewire.processor.emit;

import com.palantir.javapoet.CodeBlock;
import dev.typewire.processor.model.BodyEncoding;
import dev.typewire.processor.model.ObjectType;
import dev.typewire.processor.model.Operation;
import dev.typewire.processor.model.Property;
import dev.typewire.processor.model.TypeRef;

/**
 * The statements that put a request body on the request: JSON as a whole, text as it is, a file as
 * it is, form-urlencoded as one {@code formField} per property of the body record (or entry of the
 * body map), or multipart as one {@code multipartField} per property of the body record.
 */
final class BodyWriter {

  private final EmitContext context;

  BodyWriter(EmitContext context) {
    this.context = context;
  }

  /** Statements for a non-null {@code body}. */
  CodeBlock write(Operation operation) {
    if (operation.requestEncoding() == BodyEncoding.TEXT) {
      return CodeBlock.builder().addStatement("request.textBody(body)").build();
    }
    if (operation.requestEncoding() == BodyEncoding.BINARY) {
      return CodeBlock.builder()
          .addStatement(
              "request.binaryBody(body, $L)",
              StringLiteral.of(operation.requestMedia().mediaType()))
          .build();
    }
    if (operation.requestEncoding() == BodyEncoding.MULTIPART) {
      return multipart(operation);
    }
    if (operation.requestEncoding() != BodyEncoding.FORM) {
      String declared =
          operation.requestMedia() == null ? null : operation.requestMedia().mediaType();
      // A JSON type of its own (application/json-patch+json) is what the server expects to see;
      // a wildcard or plain application/json is sent as application/json.
      if (declared != null
          && !declared.contains("*")
          && !declared.split(";", 2)[0].strip().equalsIgnoreCase("application/json")) {
        return CodeBlock.builder()
            .addStatement("request.jsonBody(body, $L)", StringLiteral.of(declared))
            .build();
      }
      return CodeBlock.builder().addStatement("request.jsonBody(body)").build();
    }
    if (operation.requestBody() instanceof TypeRef.MapOf) {
      return CodeBlock.builder()
          .addStatement(
              "body.forEach((formName, formValue) -> request.formField(formName, formValue))")
          .build();
    }
    CodeBlock.Builder code = CodeBlock.builder();
    ObjectType record = context.objectType(operation.requestBody());
    if (record != null) {
      for (Property property : record.properties()) {
        // A form cannot say null: the null state of an OptionalNullable is left out like absence.
        code.addStatement(
            record.distinguishesNull(property)
                ? "request.formField($L, body.$N().orElseNull())"
                : "request.formField($L, body.$N())",
            StringLiteral.of(property.wireName()),
            property.javaName());
      }
    }
    return code.build();
  }

  /** One part per property; a list repeats its part, null leaves it out. */
  private CodeBlock multipart(Operation operation) {
    CodeBlock.Builder code = CodeBlock.builder();
    ObjectType record = context.objectType(operation.requestBody());
    for (Property property : record.properties()) {
      CodeBlock value =
          CodeBlock.of(
              record.distinguishesNull(property) ? "body.$N().orElseNull()" : "body.$N()",
              property.javaName());
      String partType = operation.requestMedia().partContentTypes().get(property.wireName());
      if (partType == null) {
        code.addStatement(
            "request.multipartField($L, $L)", StringLiteral.of(property.wireName()), value);
      } else {
        code.addStatement(
            "request.multipartField($L, $L, $L)",
            StringLiteral.of(property.wireName()),
            value,
            StringLiteral.of(partType));
      }
    }
    return code.build();
  }
}
