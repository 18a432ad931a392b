package dev.typewire.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.typewire.processor.model.ApiModel;
import dev.typewire.processor.model.Parameter;
import dev.typewire.processor.read.JavaNames;
import java.net.http.HttpClient;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * The entry point: configured once, it hands out one API object per tag, all sharing one transport.
 */
final class ClientEmitter {

  private static final ClassName OPTIONS = EmitContext.runtime("ClientOptions");
  // Members of the client itself, which an API accessor must not take.
  private static final Set<String> RESERVED_ACCESSORS =
      Set.of("builder", "close", "drift", "jsonModule", "transport");

  private final EmitContext context;

  ClientEmitter(EmitContext context) {
    this.context = context;
  }

  TypeSpec emit(List<String> groups) {
    ApiModel model = context.model();
    ClassName name = context.className(model.clientName());
    ClassName builderName = name.nestedClass("Builder");
    TypeSpec.Builder client =
        context
            .stamp(TypeSpec.classBuilder(name))
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                classDoc(model, credentials(builderName, model, new HashSet<>()).example()));
    if (model.defaultBaseUrl() != null) {
      client.addField(
          FieldSpec.builder(
                  String.class,
                  "DEFAULT_BASE_URL",
                  Modifier.PUBLIC,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .addJavadoc(defaultBaseUrlDoc(model))
              .initializer(StringLiteral.of(model.defaultBaseUrl()))
              .build());
    }
    // Read back from the compiled class by the processor when a test package asks for a fake of
    // this client (@GenerateClient is source-retained, so nothing else survives compilation).
    client.addField(
        FieldSpec.builder(
                String.class,
                FakeEmitter.DESCRIPTION_FIELD,
                Modifier.PUBLIC,
                Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc(
                "The class path resource this client was generated from; the generated fake"
                    + " serves it.\n")
            .initializer(StringLiteral.of(model.schemaPath()))
            .build());
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "Creates a client from complete options; {@link #builder()} is usually simpler.\n\n"
                    + "@param options transport, authentication and retry settings\n")
            .addParameter(OPTIONS, "options")
            .addStatement(
                "this.transport = new $T(options, jsonModule())",
                EmitContext.runtime("ApiTransport"));
    addLifecycle(client);
    CodecRegistration.addTo(client, context);
    Map<String, String> accessors = accessors(model, groups);
    for (String group : groups) {
      ClassName api = context.className(model.apiClass(group));
      String accessor = accessors.get(group);
      client.addField(api, accessor, Modifier.PRIVATE, Modifier.FINAL);
      constructor.addStatement("this.$N = new $T(transport)", accessor, api);
      client.addMethod(
          MethodSpec.methodBuilder(accessor)
              .addModifiers(Modifier.PUBLIC)
              .returns(api)
              .addJavadoc(
                  "Returns the $L operations.\n\n@return the operations\n", JavadocText.code(group))
              .addStatement("return $N", accessor)
              .build());
    }
    client.addMethod(constructor.build());
    client.addMethod(
        MethodSpec.methodBuilder("builder")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(builderName)
            .addJavadoc("Returns a builder with the schema's defaults.\n\n@return a new builder\n")
            .addStatement("return new $T()", builderName)
            .build());
    return client.addType(builder(name, builderName, model)).build();
  }

  /**
   * The accessor method of each group's API object, in the order of {@code groups}; the generated
   * fake names its group stubs the same way.
   */
  static Map<String, String> accessors(ApiModel model, List<String> groups) {
    Map<String, Long> counts =
        groups.stream()
            .collect(Collectors.groupingBy(JavaNames::lowerCamel, Collectors.counting()));
    Map<String, String> accessors = new LinkedHashMap<>();
    for (String group : groups) {
      String apiClass = model.apiClass(group);
      // Tags that differ only in case or punctuation are told apart by their API classes, whose
      // names are distinct; the choice does not depend on the order of the tags.
      String accessor = JavaNames.lowerCamel(group);
      if (counts.get(accessor) > 1
          || RESERVED_ACCESSORS.contains(accessor)
          || JavaNames.isObjectMethod(accessor)) {
        accessor = Character.toLowerCase(apiClass.charAt(0)) + apiClass.substring(1);
      }
      accessors.put(group, accessor);
    }
    return accessors;
  }

  /** The transport field and {@code close()}, which releases the HTTP client the client built. */
  private static void addLifecycle(TypeSpec.Builder client) {
    ClassName transport = EmitContext.runtime("ApiTransport");
    client
        .addSuperinterface(AutoCloseable.class)
        .addField(transport, "transport", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(
            MethodSpec.methodBuilder("close")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(
                    "Releases the HTTP client this client built, shared with the other clients of"
                        + " the same builder: its threads stop when the last of them is closed. A"
                        + " client given with {@link Builder#httpClient} stays open. Calls made"
                        + " after closing throw {@link IllegalStateException}.\n")
                .addStatement("transport.close()")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("drift")
                .addModifiers(Modifier.PUBLIC)
                .returns(EmitContext.runtime("DriftReport"))
                .addJavadoc(
                    "Returns what the responses this client decoded carried beyond the schema:"
                        + " unknown properties and enum values, values of another JSON type.\n\n"
                        + "@return a snapshot; empty while every response matched the schema\n")
                .addStatement("return transport.drift()")
                .build());
  }

  /**
   * The credential methods, claiming their names in {@code used}; before the shared headers, so a
   * scheme keeps its natural name.
   */
  private static CredentialSetters credentials(
      ClassName builderName, ApiModel model, Set<String> used) {
    used.addAll(Set.of("baseUrl", "httpClient", "configure", "build", "options"));
    return new CredentialSetters(builderName, model.securitySchemes(), used);
  }

  private static CodeBlock classDoc(ApiModel model, String credentialExample) {
    CodeBlock.Builder doc = CodeBlock.builder();
    doc.add("Client for $L", JavadocText.prose(model.title()));
    if (!model.version().isEmpty()) {
      doc.add(" (schema version $L)", JavadocText.prose(model.version()));
    }
    doc.add(".\n\n");
    String text = Javadocs.text(model.docs());
    if (!text.isEmpty()) {
      doc.add("<p>$L\n\n", Javadocs.wrap(text, 3));
    }
    String example =
        !credentialExample.isEmpty()
            ? credentialExample
            : model.defaultBaseUrl() == null ? ".baseUrl(\"https://api.example.com\")" : "";
    doc.add(
        "<pre>{@code\n$L client = $L.builder()\n$L    .build();\n}</pre>\n\n"
            + "<p>Thread safe; create one and share it, and close it when done.\n",
        model.clientName(),
        model.clientName(),
        example.isEmpty() ? "" : "    " + example + "\n");
    return doc.build();
  }

  /** Names the servers the description lists besides the first, which the client does not use. */
  private static CodeBlock defaultBaseUrlDoc(ApiModel model) {
    CodeBlock.Builder doc =
        CodeBlock.builder()
            .add("The first server the description lists, its variables at their defaults.\n");
    List<String> others = model.server() == null ? List.of() : model.server().alternatives();
    if (!others.isEmpty()) {
      doc.add(
          "\n<p>Also listed, for {@link Builder#baseUrl}: $L.\n",
          others.stream().map(JavadocText::code).collect(Collectors.joining(", ")));
    }
    return doc.build();
  }

  private TypeSpec builder(ClassName client, ClassName builderName, ApiModel model) {
    CodeBlock.Builder defaults = CodeBlock.builder().add("$T.builder()", OPTIONS);
    if (model.defaultBaseUrl() != null) {
      defaults.add(".baseUrl(DEFAULT_BASE_URL)");
    }
    if (model.traceHeader() != null) {
      defaults.add(".traceIdHeader($L)", StringLiteral.of(model.traceHeader()));
    }
    TypeSpec.Builder builder =
        TypeSpec.classBuilder(builderName)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Configures a {@link $T}.\n", client)
            .addField(
                FieldSpec.builder(
                        OPTIONS.nestedClass("Builder"), "options", Modifier.PRIVATE, Modifier.FINAL)
                    .initializer(defaults.build())
                    .build())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    ServerVariableSetters variables = new ServerVariableSetters(model);
    builder.addMethod(
        setter(
            builderName,
            "baseUrl",
            String.class,
            // Remembered so that build() can refuse server variables the base URL would discard.
            variables.exist()
                ? "baseUrlSet = options.baseUrl(baseUrl) != null"
                : "options.baseUrl(baseUrl)",
            "Sets the base URL every path is resolved against"
                + (model.defaultBaseUrl() == null
                    ? (variables.exist()
                        ? "; required unless the server variables are set"
                        : "; required")
                    : "; defaults to {@link #DEFAULT_BASE_URL}")
                + (variables.exist()
                    ? ". It replaces the server URL, so setting its variables as well is an error"
                    : "")));
    Set<String> used = new HashSet<>(ServerVariableSetters.fieldNames());
    builder.addMethods(credentials(builderName, model, used).methods());
    for (Parameter header : model.sharedHeaders()) {
      String name = JavaNames.distinct(JavaNames.lowerCamel(header.sharedName()), used);
      String doc = Javadocs.text(header.docs());
      builder.addMethod(
          setter(
              builderName,
              name,
              String.class,
              CodeBlock.of(
                      "options.defaultHeader($L, $N)", StringLiteral.of(header.wireName()), name)
                  .toString(),
              "Sets the default "
                  + JavadocText.code(header.wireName())
                  + " header, sent unless a call sets its own"
                  + (doc.isEmpty() ? "" : ".\n\n<p>" + doc)));
    }
    if (variables.exist()) {
      variables.addTo(builder, builderName, used);
    }
    builder.addMethod(
        setter(
            builderName,
            "httpClient",
            HttpClient.class,
            "options.httpClient(httpClient)",
            "Uses your own {@link HttpClient} (proxy, TLS, executor) instead of a default one"));
    builder.addMethod(
        MethodSpec.methodBuilder("configure")
            .addModifiers(Modifier.PUBLIC)
            .returns(builderName)
            .addParameter(
                ParameterizedTypeName.get(
                    ClassName.get(Consumer.class), OPTIONS.nestedClass("Builder")),
                "customizer")
            .addJavadoc(
                "Adjusts any other option: timeouts, retries, listeners, response size cap.\n\n"
                    + "@param customizer receives the options being built\n@return this builder\n")
            .addStatement("customizer.accept(options)")
            .addStatement("return this")
            .build());
    builder.addMethod(
        MethodSpec.methodBuilder("build")
            .addModifiers(Modifier.PUBLIC)
            .returns(client)
            .addJavadoc("Returns the configured client.\n\n@return a new client\n")
            .addJavadoc(
                variables.exist()
                    ? "@throws IllegalArgumentException if the server URL its variables make is not"
                        + " an absolute http(s) URL, or a value holds a character the default does"
                        + " not\n@throws IllegalStateException if both the base URL and a server"
                        + " variable are set\n"
                    : "")
            .addCode(variables.exist() ? variables.beforeBuild() : CodeBlock.of(""))
            .addStatement("return new $T(options.build())", client)
            .build());
    return builder.build();
  }

  private static MethodSpec setter(
      ClassName builderName, String name, Class<?> type, String statement, String doc) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .returns(builderName)
        .addParameter(type, name)
        .addJavadoc(
            "$L.\n\n@param $L the value\n@return this builder\n", Javadocs.wrap(doc, 0), name)
        .addStatement("$L", statement)
        .addStatement("return this")
        .build();
  }
}
