package dev.typewire.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.typewire.processor.model.EnumType;
import dev.typewire.processor.model.ObjectType;
import dev.typewire.processor.model.TypeDecl;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The client's {@code jsonModule()}: a Jackson module naming every generated codec and writer with
 * {@code new}, so that registering them needs no reflection or class path scanning.
 */
final class CodecRegistration {

  private static final ClassName MODULE =
      ClassName.get("com.fasterxml.jackson.databind.module", "SimpleModule");

  // Registrations per method: a large description's thousands would exceed a method's 64 KB.
  private static final int PER_METHOD = 500;

  private CodecRegistration() {}

  /**
   * A new mapper with {@code client}'s codecs registered, for the generated classes beside the
   * client that read or write JSON (the fake, the webhook parser). The client's own mapper is built
   * by the runtime from the module, as a mapper the user passes must stay as it is.
   */
  static CodeBlock newObjectMapper(ClassName client) {
    return CodeBlock.of(
        "$T.newObjectMapper().registerModule($T.jsonModule())",
        EmitContext.runtime("JsonCodec"),
        client);
  }

  static void addTo(TypeSpec.Builder client, EmitContext context) {
    CodecEmitter codecs = new CodecEmitter(context);
    List<CodeBlock> registrations = new ArrayList<>();
    for (TypeDecl type : context.model().types()) {
      if (type instanceof ObjectType || type instanceof EnumType) {
        ClassName codec = codecs.codecName(type.javaName());
        registrations.add(
            CodeBlock.of(
                "module.addDeserializer($T.class,$Wnew $T())",
                context.className(type.javaName()),
                codec));
        registrations.add(
            CodeBlock.of(
                "module.addSerializer($T.class,$Wnew $T())",
                context.className(type.javaName()),
                codec.nestedClass("Writer")));
      }
    }
    MethodSpec.Builder module =
        MethodSpec.methodBuilder("jsonModule")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(MODULE)
            .addJavadoc(
                "Returns a module with the generated codecs of this package's records and enums,"
                    + " which read and write them without reflection. The client registers it on its own"
                    + " mapper; register it on a mapper you pass to {@code objectMapper(...)} or"
                    + " use elsewhere (with {@code JsonCodec.module()}).\n\n"
                    + "@return a new module\n")
            .addStatement(
                "$T module = new $T($L)",
                MODULE,
                MODULE,
                StringLiteral.of("typewire-codecs-" + context.packageName()));
    for (int start = 0; start < registrations.size(); start += PER_METHOD) {
      String part = "registerCodecs" + start / PER_METHOD;
      MethodSpec.Builder method =
          MethodSpec.methodBuilder(part)
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
              .addParameter(MODULE, "module");
      registrations
          .subList(start, Math.min(registrations.size(), start + PER_METHOD))
          .forEach(method::addStatement);
      client.addMethod(method.build());
      module.addStatement("$N(module)", part);
    }
    client.addMethod(module.addStatement("return module").build());
  }
}
