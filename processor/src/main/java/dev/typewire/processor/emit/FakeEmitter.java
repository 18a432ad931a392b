package dev.typewire.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.typewire.processor.model.ApiModel;
import dev.typewire.processor.model.BodyEncoding;
import dev.typewire.processor.model.Operation;
import dev.typewire.processor.model.SecurityScheme;
import dev.typewire.processor.model.TypeRef;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The typed fake of a generated client ({@code <Client>Fake}), asked for with {@code @GenerateFake}
 * on a test package: a thin layer over the {@code typewire-testing} engine that hands out one
 * {@code TypedStub} per operation, typed with the client's generated types, so that a schema change
 * that breaks a stub breaks the test's compilation.
 */
public final class FakeEmitter {

  /** The client's constant naming its description, which {@code @GenerateFake} reads back. */
  public static final String DESCRIPTION_FIELD = "DESCRIPTION";

  private static final String TESTING = "dev.typewire.testing";
  private static final ClassName FAKE_SERVER = ClassName.get(TESTING, "FakeServer");
  private static final ClassName TYPED_STUB = ClassName.get(TESTING, "TypedStub");
  private static final ClassName PAGED_STUB = ClassName.get(TESTING, "PagedStub");
  private static final ClassName OBJECT_MAPPER =
      ClassName.get("com.fasterxml.jackson.databind", "ObjectMapper");

  private final EmitContext context;
  private final ClassName fake;
  private final ClassName client;
  private final FakeCallTypes calls;

  /**
   * @param context the client's context: its package is the client's, where the types are
   * @param fakePackage the test package the fake is generated into
   */
  public FakeEmitter(EmitContext context, String fakePackage) {
    this.context = context;
    this.client = context.className(context.model().clientName());
    this.fake = ClassName.get(fakePackage, name(context.model().clientName()));
    this.calls = new FakeCallTypes(context, fake);
  }

  /** {@code PeriskopeClient} has {@code PeriskopeFake}; any other name just gains the suffix. */
  static String name(String clientName) {
    String stem =
        clientName.endsWith("Client") && clientName.length() > "Client".length()
            ? clientName.substring(0, clientName.length() - "Client".length())
            : clientName;
    return stem + "Fake";
  }

  public GeneratedSource emit() {
    return context.source(fake.packageName(), this::type);
  }

  private TypeSpec type() {
    ApiModel model = context.model();
    Map<String, List<Operation>> groups = new LinkedHashMap<>();
    model
        .operations()
        .forEach(op -> groups.computeIfAbsent(op.group(), g -> new ArrayList<>()).add(op));
    Map<String, String> accessors = ClientEmitter.accessors(model, List.copyOf(groups.keySet()));
    TypeSpec.Builder type =
        context
            .stamp(TypeSpec.classBuilder(fake))
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(AutoCloseable.class)
            .addJavadoc(
                "A typed, in-process fake of {@link $T}: a loopback server that implements its"
                    + " description, validates every request and answers from examples or from"
                    + " the stubs set per operation.\n\n"
                    + "<pre>{@code\ntry ($T fake = $T.start()) {\n"
                    + "  $T client = fake.client();\n  ...\n}\n}</pre>\n",
                client,
                fake,
                fake,
                client)
            .addField(FAKE_SERVER, "server", Modifier.PRIVATE, Modifier.FINAL)
            .addField(OBJECT_MAPPER, "mapper", Modifier.PRIVATE, Modifier.FINAL);
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(FAKE_SERVER, "server")
            .addParameter(OBJECT_MAPPER, "mapper")
            .addStatement("this.server = server")
            .addStatement("this.mapper = mapper");
    for (Map.Entry<String, List<Operation>> group : groups.entrySet()) {
      ClassName stubs = fake.nestedClass(model.apiClass(group.getKey()) + "Stubs");
      String accessor = accessors.get(group.getKey());
      type.addField(stubs, accessor, Modifier.PRIVATE, Modifier.FINAL);
      constructor.addStatement("this.$N = new $T()", accessor, stubs);
      type.addMethod(
          MethodSpec.methodBuilder(accessor)
              .addModifiers(Modifier.PUBLIC)
              .returns(stubs)
              .addJavadoc(
                  "Returns the stubs of the $L operations.\n\n@return the stubs\n",
                  JavadocText.code(group.getKey()))
              .addStatement("return $N", accessor)
              .build());
      type.addType(groupStubs(stubs, group.getKey(), group.getValue()));
      for (Operation operation : group.getValue()) {
        TypeSpec record = calls.record(operation);
        if (record != null) {
          type.addType(record);
        }
      }
    }
    type.addMethod(constructor.build());
    addLifecycle(type);
    type.addMethod(calls.decodeMethod());
    type.addType(builder());
    return type.build();
  }

  private TypeSpec groupStubs(ClassName stubs, String group, List<Operation> operations) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(stubs)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc("The stubs of the $L operations.\n", JavadocText.code(group))
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (Operation operation : operations) {
      // A paged operation's stub serves listings of its item type.
      ClassName kind = operation.pagination() == null ? TYPED_STUB : PAGED_STUB;
      TypeName stub =
          operation.pagination() == null
              ? ParameterizedTypeName.get(TYPED_STUB, calls.type(operation), response(operation))
              : ParameterizedTypeName.get(
                  PAGED_STUB,
                  calls.type(operation),
                  response(operation),
                  context.typeName(operation.pagination().itemType()).box());
      type.addMethod(
          MethodSpec.methodBuilder(operation.javaName())
              .addModifiers(Modifier.PUBLIC)
              .returns(stub)
              .addJavadoc(
                  "Returns the stub of $L ($L): what it answers, and the calls it received.\n\n"
                      + "@return the stub; its answers are kept by the fake\n",
                  JavadocText.code(operation.operationId()),
                  JavadocText.code(operation.method() + " " + operation.wirePath()))
              .addStatement(
                  "return new $T<>(server.operation($L),\n$L)",
                  kind,
                  StringLiteral.of(operation.operationId()),
                  calls.decoder(operation))
              .build());
    }
    return type.build();
  }

  /**
   * The {@code R} of an operation's stub: its generated success type when the body is JSON; any
   * other body (text, binary) is handed to the engine as is.
   */
  private TypeName response(Operation operation) {
    TypeRef response = operation.response();
    if (response == null) {
      return ClassName.get(Void.class);
    }
    if (operation.responseEncoding() != BodyEncoding.JSON) {
      return ClassName.get(Object.class);
    }
    return context.typeName(response).box();
  }

  private void addLifecycle(TypeSpec.Builder type) {
    type.addMethod(
        MethodSpec.methodBuilder("start")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(fake)
            .addJavadoc(
                "Starts a stateless fake on a free loopback port.\n\n@return the running fake\n")
            .addStatement("return builder().start()")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("builder")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(fake.nestedClass("Builder"))
            .addJavadoc("Returns a builder, for state or another mapper.\n\n@return a builder\n")
            .addStatement("return new Builder()")
            .build());
    type.addMethod(
        getter("baseUrl", ClassName.get(URI.class), "server.baseUrl()", "the URL the fake serves"));
    type.addMethod(
        MethodSpec.methodBuilder("client")
            .addModifiers(Modifier.PUBLIC)
            .returns(client)
            .addJavadoc(
                "Returns a new client pointed at the fake, with placeholder credentials for every"
                    + " security scheme; close it when done.\n\n@return a new client\n")
            .addStatement(
                "return $T.builder()\n.baseUrl(server.baseUrl().toString())$L\n.build()",
                client,
                credentials())
            .build());
    type.addMethod(
        getter("server", FAKE_SERVER, "server", "the untyped fake, for what this one lacks"));
    type.addMethod(
        getter(
            "calls",
            ParameterizedTypeName.get(ClassName.get(List.class), FakeCallTypes.RECORDED_CALL),
            "server.calls()",
            "every request received, in order"));
    type.addMethod(
        getter(
            "violations",
            ParameterizedTypeName.get(List.class, String.class),
            "server.violations()",
            "the requests the real API would reject, one message each"));
    type.addMethod(
        MethodSpec.methodBuilder("reset")
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Forgets every stub and recorded call.\n")
            .addStatement("server.reset()")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("close")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "Stops the fake.\n\n@throws AssertionError listing the violations nobody has"
                    + " looked at\n")
            .addStatement("server.close()")
            .build());
  }

  /** {@code .credential(id, placeholder)} for each scheme, so calls pass the fake's checks. */
  private CodeBlock credentials() {
    if (context.model().securitySchemes().isEmpty()) {
      return CodeBlock.of("");
    }
    CodeBlock.Builder code = CodeBlock.builder().add("\n.configure(options -> options");
    for (SecurityScheme scheme : context.model().securitySchemes()) {
      code.add(
          ".credential($L, $L)",
          StringLiteral.of(scheme.id()),
          StringLiteral.of(
              scheme.kind() == SecurityScheme.Kind.BASIC
                  ? "fake-user:fake-password"
                  : "fake-credential"));
    }
    return code.add(")").build();
  }

  private static MethodSpec getter(String name, TypeName type, String expression, String what) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addJavadoc("Returns $L.\n\n@return $L\n", what, what)
        .addStatement("return $L", expression)
        .build();
  }

  private TypeSpec builder() {
    ClassName builder = fake.nestedClass("Builder");
    return TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Configures a {@link $T}.\n", fake)
        .addField(
            FieldSpec.builder(
                    FAKE_SERVER.nestedClass("Builder"), "server", Modifier.PRIVATE, Modifier.FINAL)
                .initializer("$T.builder($T.DESCRIPTION)", FAKE_SERVER, client)
                .build())
        .addField(
            FieldSpec.builder(OBJECT_MAPPER, "mapper", Modifier.PRIVATE)
                .initializer(CodecRegistration.newObjectMapper(client))
                .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(
            MethodSpec.methodBuilder("stateful")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(boolean.class, "stateful")
                .addJavadoc(
                    "Whether what is created can be read back, updated and deleted; off by"
                        + " default.\n\n@param stateful true to keep state\n@return this builder\n")
                .addStatement("server.stateful(stateful)")
                .addStatement("return this")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("mapper")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(OBJECT_MAPPER, "mapper")
                .addJavadoc(
                    "Uses this mapper for stub bodies and recorded values instead of the"
                        + " runtime's.\n\n@param mapper the mapper\n@return this builder\n")
                .addStatement("server.mapper(mapper)")
                .addStatement("this.mapper = mapper")
                .addStatement("return this")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("start")
                .addModifiers(Modifier.PUBLIC)
                .returns(fake)
                .addJavadoc("Starts the fake.\n\n@return the running fake\n")
                .addStatement("return new $T(server.mapper(mapper).start(), mapper)", fake)
                .build())
        .build();
  }
}
