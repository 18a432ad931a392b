package dev.typewire.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.typewire.processor.model.Webhooks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes the sealed event interface (a record per event, plus {@code Unknown}) and the parser
 * class, whose {@code parse} verifies a delivery before reading it and whose {@code
 * parseUnverified} says in its name that it does not. The reading itself is the runtime's {@code
 * WebhookDelivery}; this only picks the event name's place and each event's type.
 */
final class WebhookEmitter {

  private static final ClassName DELIVERY = EmitContext.runtime("WebhookDelivery");
  private static final ClassName SIGNATURE = EmitContext.runtime("WebhookSignature");
  private static final ClassName VERIFIER = EmitContext.runtime("WebhookVerifier");
  private static final ClassName DRIFT_LOG = EmitContext.runtime("WebhookDriftLog");
  private static final ClassName TYPE_REFERENCE =
      ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");
  private static final TypeName HEADERS =
      ParameterizedTypeName.get(
          ClassName.get(Map.class),
          ClassName.get(String.class),
          ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(String.class)));

  private final EmitContext context;
  private final Webhooks webhooks;
  private final ClassName events;

  WebhookEmitter(EmitContext context, Webhooks webhooks) {
    this.context = context;
    this.webhooks = webhooks;
    this.events = context.className(webhooks.eventInterface());
  }

  TypeSpec events() {
    TypeSpec.Builder type =
        context
            .stamp(TypeSpec.interfaceBuilder(events))
            .addModifiers(Modifier.PUBLIC, Modifier.SEALED)
            .addJavadoc(
                "An event {@link $L} read from a webhook delivery: one record per event the"
                    + " description declares, and {@link Unknown} for any other, raw payload"
                    + " kept.\n",
                webhooks.parserClass())
            .addMethod(
                MethodSpec.methodBuilder("event")
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .returns(String.class)
                    .addJavadoc(
                        "Returns the event's name, as the sender wrote it.\n\n@return the name\n")
                    .build());
    List<TypeName> permitted = new ArrayList<>();
    for (Webhooks.Event event : webhooks.events()) {
      ClassName record = events.nestedClass(event.javaName());
      permitted.add(record);
      type.addType(eventRecord(event, record));
    }
    ClassName unknown = events.nestedClass("Unknown");
    permitted.add(unknown);
    type.addType(
        TypeSpec.recordBuilder(unknown)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addSuperinterface(events)
            .addJavadoc(
                "An event the description does not declare (the sender added one since), or a"
                    + " delivery naming none.\n\n"
                    + "@param event the event's name; empty when the delivery names none\n"
                    + "@param payload the whole body as sent, envelope included\n")
            .recordConstructor(
                MethodSpec.constructorBuilder()
                    .addParameter(String.class, "event")
                    .addParameter(EmitContext.JSON_NODE, "payload")
                    .build())
            .build());
    return type.addPermittedSubclasses(permitted).build();
  }

  private TypeSpec eventRecord(Webhooks.Event event, ClassName record) {
    CodeBlock docs = Javadocs.of(event.docs());
    return TypeSpec.recordBuilder(record)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addSuperinterface(events)
        .addJavadoc("The event $L.\n", JavadocText.code(event.name()))
        .addJavadoc(docs.isEmpty() ? CodeBlock.of("") : CodeBlock.of("\n<p>$L", docs))
        .addJavadoc("\n@param payload what the event carries\n")
        .recordConstructor(
            MethodSpec.constructorBuilder()
                .addParameter(context.typeName(event.payload()), "payload")
                .build())
        .addField(
            FieldSpec.builder(
                    String.class, "EVENT", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The event's name on the wire.\n")
                .initializer(StringLiteral.of(event.name()))
                .build())
        .addMethod(
            MethodSpec.methodBuilder("event")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return EVENT")
                .build())
        .build();
  }

  TypeSpec parser() {
    ClassName name = context.className(webhooks.parserClass());
    Webhooks.Signature signature = webhooks.signature();
    TypeSpec.Builder type =
        context
            .stamp(TypeSpec.classBuilder(name))
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "Reads webhook deliveries into {@link $T}s. "
                    + (signature == null
                        ? "The description declares no signature scheme, so only {@link"
                            + " #parseUnverified} is generated: verify the sender yourself.\n"
                        : "{@link #verifying(String)} binds the signing secret; {@link #parse}"
                            + " verifies each delivery before reading it. Thread-safe.\n"),
                events)
            .addField(
                FieldSpec.builder(
                        ClassName.get("com.fasterxml.jackson.databind", "ObjectMapper"),
                        "MAPPER",
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                    .initializer(
                        CodecRegistration.newObjectMapper(
                            context.className(context.model().clientName())))
                    .build());
    if (signature != null) {
      addVerification(type, name, signature);
      addParseMethods(type, true);
    } else {
      type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    }
    addParseMethods(type, false);
    return type.addMethod(event()).build();
  }

  private void addVerification(
      TypeSpec.Builder type, ClassName name, Webhooks.Signature signature) {
    CodeBlock.Builder scheme =
        CodeBlock.builder()
            .add(
                "$T.hmac($L, $T.Algorithm.$L, $T.Encoding.$L)",
                SIGNATURE,
                StringLiteral.of(signature.header()),
                SIGNATURE,
                signature.algorithm(),
                SIGNATURE,
                signature.encoding());
    if (!signature.prefix().isEmpty()) {
      scheme.add(".withPrefix($L)", StringLiteral.of(signature.prefix()));
    }
    if (signature.timestampHeader() != null) {
      scheme.add(
          ".withTimestamp($L, $T.ofSeconds($LL), $L)",
          StringLiteral.of(signature.timestampHeader()),
          java.time.Duration.class,
          signature.toleranceSeconds(),
          signature.timestampSigned());
    }
    type.addField(
            FieldSpec.builder(
                    SIGNATURE, "SIGNATURE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(
                    "How the sender signs deliveries, as the description declares it; also signs"
                        + " test deliveries ({@code SIGNATURE.verifier(secret).sign(body)}).\n")
                .initializer(scheme.build())
                .build())
        .addField(VERIFIER, "verifier", Modifier.PRIVATE, Modifier.FINAL)
        .addField(
            FieldSpec.builder(DRIFT_LOG, "drift", Modifier.PRIVATE, Modifier.FINAL)
                .initializer("$T.create()", DRIFT_LOG)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("drift")
                .addModifiers(Modifier.PUBLIC)
                .returns(EmitContext.runtime("DriftReport"))
                .addJavadoc(
                    "Returns what the deliveries {@link #parse} read carried beyond the"
                        + " description: unknown properties and enum values in payloads, and"
                        + " event names it lacks (kind {@code UNKNOWN_VARIANT}), each distinct drift"
                        + " once with its count and logged once at INFO, like a client's {@code"
                        + " drift()}. {@link #parseUnverified} records nothing.\n\n"
                        + "@return a snapshot\n")
                .addStatement("return drift.report()")
                .build())
        .addMethod(
            MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(VERIFIER, "verifier")
                .addStatement(
                    "this.verifier = $T.requireNonNull(verifier, $L)",
                    java.util.Objects.class,
                    StringLiteral.of("verifier"))
                .build())
        .addMethod(
            MethodSpec.methodBuilder("verifying")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(name)
                .addParameter(String.class, "secret")
                .addJavadoc(
                    "A parser that verifies deliveries with {@link #SIGNATURE} and the secret the"
                        + " sender shares with you.\n\n"
                        + "@param secret the signing key; never printed by anything here\n"
                        + "@return the parser\n")
                .addStatement("return new $T(SIGNATURE.verifier(secret))", name)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("verifying")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(name)
                .addParameter(VERIFIER, "verifier")
                .addJavadoc(
                    "A parser that verifies deliveries with a verifier of your own: another clock,"
                        + " or a scheme the description does not know.\n\n"
                        + "@param verifier checks each delivery before it is read\n"
                        + "@return the parser\n")
                .addStatement("return new $T(verifier)", name)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement(
                    "return $L + verifier + $L",
                    StringLiteral.of(name.simpleName() + "["),
                    StringLiteral.of("]"))
                .build());
  }

  private static final String BODY_DOC = "@param body the raw request body, exactly as received\n";
  private static final String HEADERS_DOC =
      "@param headers the request headers; names are matched without regard to case\n";
  private static final String EVENT_DOC =
      "@param event the event's name, known from where the delivery arrived (one URL per event)\n";

  /** Whether deliveries name their event, so that the parse methods without one are generated. */
  private boolean eventInDelivery() {
    return webhooks.eventName().source() != Webhooks.Source.CALLER;
  }

  private void addParseMethods(TypeSpec.Builder type, boolean verified) {
    String verify =
        verified
            ? "Verifies a delivery's signature, then reads its event.\n\n"
            : "Reads a delivery's event <em>without</em> checking who sent it: for deliveries"
                + " verified elsewhere, and for tests. Static, so it records no drift.\n\n";
    String name = verified ? "parse" : "parseUnverified";
    Modifier[] modifiers =
        verified
            ? new Modifier[] {Modifier.PUBLIC}
            : new Modifier[] {Modifier.PUBLIC, Modifier.STATIC};
    String returns =
        "@return the event; {@link $T.Unknown} for one the description lacks\n"
            + (verified
                ? "@throws $T if the signature is missing or wrong, or the body does not fit its"
                    + " event\n"
                : "@throws $T if the body does not fit its event\n");
    ClassName exception = EmitContext.runtime("WebhookException");
    if (eventInDelivery()) {
      MethodSpec.Builder method =
          MethodSpec.methodBuilder(name)
              .addModifiers(modifiers)
              .returns(events)
              .addParameter(byte[].class, "body")
              .addParameter(HEADERS, "headers")
              .addJavadoc(verify + BODY_DOC + HEADERS_DOC + returns, events, exception);
      if (verified) {
        method.addStatement("verifier.verify(body, headers)");
      }
      type.addMethod(
          method
              .addStatement(
                  verified
                      ? "$T delivery = $T.read(MAPPER, body, headers, drift)"
                      : "$T delivery = $T.read(MAPPER, body, headers)",
                  DELIVERY,
                  DELIVERY)
              .addStatement("return event($L, delivery)", eventName())
              .build());
    }
    MethodSpec.Builder named =
        MethodSpec.methodBuilder(name)
            .addModifiers(modifiers)
            .returns(events)
            .addParameter(String.class, "event")
            .addParameter(byte[].class, "body")
            .addParameter(HEADERS, "headers")
            .addJavadoc(verify + EVENT_DOC + BODY_DOC + HEADERS_DOC + returns, events, exception);
    if (verified) {
      named.addStatement("verifier.verify(body, headers)");
    }
    type.addMethod(
        named
            .addStatement(
                verified
                    ? "return event($T.requireNonNull(event, $L), $T.read(MAPPER, body, headers,"
                        + " drift))"
                    : "return event($T.requireNonNull(event, $L), $T.read(MAPPER, body, headers))",
                java.util.Objects.class,
                StringLiteral.of("event"),
                DELIVERY)
            .build());
  }

  /** Where the delivery names its event, as an expression over {@code delivery}. */
  private CodeBlock eventName() {
    Webhooks.EventName source = webhooks.eventName();
    return switch (source.source()) {
      case HEADER -> CodeBlock.of("delivery.eventInHeader($L)", StringLiteral.of(source.name()));
      case BODY -> CodeBlock.of("delivery.eventInBody($L)", StringLiteral.of(source.name()));
      case ONLY, CALLER ->
          CodeBlock.of("$T.EVENT", events.nestedClass(webhooks.events().get(0).javaName()));
    };
  }

  /** The payload's decoding by event name; an unknown event keeps the whole body. */
  private MethodSpec event() {
    Webhooks.EventName source = webhooks.eventName();
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("event")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(events)
            .addParameter(String.class, "event")
            .addParameter(DELIVERY, "delivery");
    if (source.payloadProperty() == null) {
      method.addStatement("$T payload = delivery.body()", EmitContext.JSON_NODE);
    } else {
      method.addStatement(
          "$T payload = delivery.payloadIn($L)",
          EmitContext.JSON_NODE,
          StringLiteral.of(source.payloadProperty()));
    }
    method.beginControlFlow("return switch (event)");
    for (Webhooks.Event event : webhooks.events()) {
      ClassName record = events.nestedClass(event.javaName());
      method.addStatement(
          "case $L -> new $T(delivery.decode(payload, $L, $T.EVENT))",
          StringLiteral.of(event.name()),
          record,
          typeArgument(context.typeName(event.payload())),
          record);
    }
    method.addCode(
        "default -> {\n$>delivery.unknownEvent(event, $T.class);\n"
            + "yield new $T(event, delivery.body());\n$<}\n",
        events,
        events.nestedClass("Unknown"));
    method.endControlFlow("");
    return method.build();
  }

  /** {@code Message.class}, or a type reference for a generic type such as a list of records. */
  private static CodeBlock typeArgument(TypeName type) {
    if (type instanceof ClassName) {
      return CodeBlock.of("$T.class", type);
    }
    return CodeBlock.of("new $T<$T>() {}", TYPE_REFERENCE, type);
  }
}
