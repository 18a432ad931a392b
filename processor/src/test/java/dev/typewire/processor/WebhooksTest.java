package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import dev.typewire.runtime.DriftEntry;
import dev.typewire.runtime.DriftKind;
import dev.typewire.runtime.DriftReport;
import dev.typewire.runtime.JsonCodec;
import dev.typewire.runtime.WebhookException;
import dev.typewire.runtime.WebhookSignature;
import dev.typewire.runtime.WebhookVerifier;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * Webhooks and callbacks become a sealed event type and a parser that verifies before it reads; the
 * generated code is compiled and run against signed deliveries.
 */
class WebhooksTest {

  private static final String PKG = SchemaCompiler.PKG;
  private static final String SECRET = "whsec-correct-horse-battery";
  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  private static final ObjectMapper JSON = JsonCodec.newObjectMapper();

  private static final GeneratedClasses SHOP =
      new GeneratedClasses(succeeded("webhooks/shop.yaml"));

  private static Compilation succeeded(String schema) {
    Compilation compilation = SchemaCompiler.compile(schema, "-Xlint:all,-processing");
    assertThat(compilation).succeededWithoutWarnings();
    return compilation;
  }

  @Test
  void aSignedDeliveryParsesIntoItsEventRecord() throws Throwable {
    String body = "{\"type\":\"order.created\",\"id\":\"o-1\",\"total\":12.50}";
    Object event = shopParser(clockAt(NOW)).parse(body, signed(body, NOW));
    assertEquals(PKG + ".ShopEvent$OrderCreated", event.getClass().getName());
    assertEquals("order.created", call(event, "event"));
    Object order = call(event, "payload");
    assertEquals(PKG + ".Order", order.getClass().getName());
    assertEquals("o-1", call(order, "id"));
    assertEquals(JSON.readTree(body), JSON.valueToTree(order), "re-encodes to the same JSON");
  }

  @Test
  void eachEventHasItsOwnPayloadTypeIncludingCallbacks() throws Throwable {
    Class<?> events = SHOP.load(PKG + ".ShopEvent");
    assertTrue(events.isSealed());
    List<String> permitted =
        Arrays.stream(events.getPermittedSubclasses()).map(Class::getSimpleName).toList();
    assertEquals(
        List.of("OrderCreated", "OrderCancelled", "Pet", "OrderShipped", "Unknown"), permitted);
    // The record named like its payload's class still holds the component type, not itself.
    assertEquals(
        PKG + ".Pet",
        SHOP.load(PKG + ".ShopEvent$Pet").getRecordComponents()[0].getType().getName());
    String body = "{\"type\":\"order.shipped\",\"parcels\":[\"p1\",\"p2\"]}";
    Object shipped = shopParser(clockAt(NOW)).parse(body, signed(body, NOW));
    assertEquals("OrderShipped", shipped.getClass().getSimpleName());
    assertEquals(List.of("p1", "p2"), call(call(shipped, "payload"), "parcels"));
    assertEquals(
        "order.shipped", SHOP.load(PKG + ".ShopEvent$OrderShipped").getField("EVENT").get(null));
  }

  @Test
  void anUnknownEventKeepsItsNameAndRawPayload() throws Throwable {
    String body = "{\"type\":\"order.refunded\",\"amount\":3,\"nested\":{\"a\":[1,2.50]}}";
    Object event = shopParser(clockAt(NOW)).parse(body, signed(body, NOW));
    assertEquals("Unknown", event.getClass().getSimpleName());
    assertEquals("order.refunded", call(event, "event"));
    assertEquals(JSON.readTree(body), call(event, "payload"));
  }

  @Test
  void unknownFieldsAndEventNamesAreCountedInTheParsersDriftReport() throws Throwable {
    Shop parser = shopParser(clockAt(NOW));
    String clean = "{\"type\":\"order.created\",\"id\":\"o-1\",\"total\":12.50}";
    parser.parse(clean, signed(clean, NOW));
    assertTrue(parser.drift().isEmpty(), parser.drift().toString());

    String extra = "{\"type\":\"order.created\",\"id\":\"o-2\",\"coupon\":\"SPRING\"}";
    String refunded = "{\"type\":\"order.refunded\",\"amount\":3}";
    for (int i = 0; i < 2; i++) {
      parser.parse(extra, signed(extra, NOW));
      parser.parse(refunded, signed(refunded, NOW));
    }
    parser.parse(extra, signed(extra, NOW));
    DriftReport report = parser.drift();
    assertEquals(0, report.overflow());
    assertEquals(2, report.entries().size(), report.toString());
    DriftEntry field = report.entries().get(0);
    assertEquals("webhook order.created", field.operation());
    assertEquals(DriftKind.UNKNOWN_PROPERTY, field.kind());
    assertEquals("Order", field.type());
    assertEquals("/coupon", field.pointer());
    assertEquals(3, field.count());
    assertEquals("\"SPRING\"", field.example());
    DriftEntry event = report.entries().get(1);
    assertEquals("webhook order.refunded", event.operation());
    assertEquals(DriftKind.UNKNOWN_VARIANT, event.kind());
    assertEquals("ShopEvent", event.type());
    assertEquals(2, event.count());

    // Each parser counts its own; the static parseUnverified counts nothing.
    Shop other = shopParser(clockAt(NOW));
    SHOP.load(PKG + ".ShopWebhooks")
        .getMethod("parseUnverified", byte[].class, Map.class)
        .invoke(null, bytes(refunded), Map.of());
    assertTrue(other.drift().isEmpty());
    assertEquals(report.entries().size(), parser.drift().entries().size());
  }

  @Test
  void signatureFailuresNameNoSecret() throws Throwable {
    String body = "{\"type\":\"order.created\",\"id\":\"o-1\"}";
    Map<String, List<String>> headers = signed(body, NOW);
    Shop parser = shopParser(clockAt(NOW));
    List<WebhookException> failures =
        List.of(
            assertRejected(
                WebhookException.Reason.SIGNATURE_MISMATCH,
                () -> parser.parse(body.replace("o-1", "o-2"), headers)),
            assertRejected(
                WebhookException.Reason.SIGNATURE_MISMATCH,
                () -> shopParser(clockAt(NOW), "another-secret").parse(body, headers)),
            assertRejected(
                WebhookException.Reason.MISSING_SIGNATURE,
                () -> parser.parse(body, without(headers, "shop-signature"))),
            assertRejected(
                WebhookException.Reason.MISSING_TIMESTAMP,
                () -> parser.parse(body, without(headers, "shop-timestamp"))),
            assertRejected(
                WebhookException.Reason.TIMESTAMP_OUT_OF_TOLERANCE,
                () -> shopParser(clockAt(NOW.plus(Duration.ofSeconds(301)))).parse(body, headers)));
    for (WebhookException failure : failures) {
      assertFalse(failure.getMessage().contains(SECRET), failure.getMessage());
      assertFalse(failure.getMessage().contains("another-secret"), failure.getMessage());
      String signature = headers.get("shop-signature").get(0);
      assertFalse(failure.getMessage().contains(signature.substring(3)), failure.getMessage());
    }
    assertFalse(parser.target.toString().contains(SECRET), parser.target.toString());
    // Just inside the tolerance still passes.
    assertEquals(
        "OrderCreated",
        shopParser(clockAt(NOW.plus(Duration.ofSeconds(300))))
            .parse(body, headers)
            .getClass()
            .getSimpleName());
  }

  @Test
  void theSchemeIsTheDescriptionsAndVerifyingWithTheSecretUsesIt() throws Exception {
    Class<?> webhooks = SHOP.load(PKG + ".ShopWebhooks");
    WebhookSignature scheme = (WebhookSignature) webhooks.getField("SIGNATURE").get(null);
    String text = scheme.toString();
    assertTrue(text.contains("HMAC_SHA256") && text.contains("shop-timestamp"), text);
    Object parser = webhooks.getMethod("verifying", String.class).invoke(null, SECRET);
    String body = "{\"type\":\"order.created\",\"id\":\"o-9\"}";
    // Signed now by the system clock, as a sender would.
    Map<String, List<String>> headers = multi(scheme.verifier(SECRET).sign(bytes(body)));
    Object event =
        webhooks.getMethod("parse", byte[].class, Map.class).invoke(parser, bytes(body), headers);
    assertEquals("OrderCreated", event.getClass().getSimpleName());
    assertFalse(parser.toString().contains(SECRET), parser.toString());
  }

  @Test
  void unverifiedParsingIsExplicitAndPayloadFailuresAreWebhookExceptions() throws Exception {
    Method unverified =
        SHOP.load(PKG + ".ShopWebhooks").getMethod("parseUnverified", byte[].class, Map.class);
    Object event = unverified.invoke(null, bytes("{\"type\":\"pet\",\"name\":\"Rex\"}"), Map.of());
    assertEquals(PKG + ".ShopEvent$Pet", event.getClass().getName());
    for (String broken : List.of("not json", "{\"type\":\"order.created\",\"total\":\"many\"}")) {
      InvocationTargetException thrown =
          assertThrows(
              InvocationTargetException.class,
              () -> unverified.invoke(null, bytes(broken), Map.of()));
      WebhookException failure = assertInstanceOf(WebhookException.class, thrown.getCause());
      assertEquals(WebhookException.Reason.UNREADABLE_PAYLOAD, failure.reason());
    }
  }

  @Test
  void callbacksOf30WithAnEnvelopeAndNoSchemeGetOnlyParseUnverified() throws Exception {
    Compilation compilation = SchemaCompiler.compile("webhooks/envelope.yaml");
    assertThat(compilation).succeeded();
    List<String> warnings =
        compilation.warnings().stream().map(w -> w.getMessage(Locale.ROOT)).toList();
    assertEquals(2, warnings.size(), warnings.toString());
    assertTrue(
        warnings.stream()
            .anyMatch(
                w ->
                    w.contains("[TW-CALLBACKS]")
                        && w.contains("'ping'")
                        && w.contains("#/paths/~1subscriptions/post/callbacks/ping")),
        warnings.toString());
    assertTrue(
        warnings.stream().anyMatch(w -> w.contains("[TW-WEBHOOK-UNSIGNED]")), warnings.toString());
    GeneratedClasses classes = new GeneratedClasses(compilation);
    Class<?> webhooks = classes.load(PKG + ".RelayWebhooks");
    List<String> methods =
        Arrays.stream(webhooks.getDeclaredMethods())
            .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers()))
            .map(Method::getName)
            .toList();
    assertEquals(List.of("parseUnverified"), methods.stream().distinct().toList());
    Method parse = webhooks.getMethod("parseUnverified", byte[].class, Map.class);
    Object sent =
        parse.invoke(
            null,
            bytes("{\"kind\":\"message.sent\",\"data\":[{\"text\":\"hi\"},{\"text\":\"yo\"}]}"),
            Map.of());
    assertEquals("MessageSent", sent.getClass().getSimpleName());
    List<?> messages = (List<?>) call(sent, "payload");
    assertEquals("yo", call(messages.get(1), "text"));
    Object unknown = parse.invoke(null, bytes("{\"kind\":\"ping\",\"data\":{\"n\":1}}"), Map.of());
    assertEquals("ping", call(unknown, "event"));
    assertEquals(
        JSON.readTree("{\"kind\":\"ping\",\"data\":{\"n\":1}}"),
        call(unknown, "payload"),
        "an unknown event keeps the whole body, whatever its envelope");
    InvocationTargetException missing =
        assertThrows(
            InvocationTargetException.class,
            () -> parse.invoke(null, bytes("{\"kind\":\"message.sent\"}"), Map.of()));
    assertEquals(
        WebhookException.Reason.UNREADABLE_PAYLOAD,
        ((WebhookException) missing.getCause()).reason());
  }

  @Test
  void theEventNameCanComeFromAHeaderAndSignaturesFromBase64() throws Exception {
    GeneratedClasses classes = new GeneratedClasses(succeeded("webhooks/header.yaml"));
    Class<?> webhooks = classes.load(PKG + ".BellWebhooks");
    WebhookSignature scheme = (WebhookSignature) webhooks.getField("SIGNATURE").get(null);
    Object parser = webhooks.getMethod("verifying", String.class).invoke(null, SECRET);
    String body = "{\"times\":3}";
    Map<String, List<String>> headers =
        new HashMap<>(multi(scheme.verifier(SECRET).sign(bytes(body))));
    headers.put("x-BELL-event", List.of("rang"));
    Object event =
        webhooks.getMethod("parse", byte[].class, Map.class).invoke(parser, bytes(body), headers);
    assertEquals("Rang", event.getClass().getSimpleName());
    assertEquals(3, call(call(event, "payload"), "times"));
    String encoded = headers.get("x-bell-signature").get(0);
    assertTrue(encoded.endsWith("="), "base64: " + encoded);
  }

  @Test
  void malformedExtensionsAreErrors() {
    Compilation compilation = SchemaCompiler.compile("webhooks/malformed.yaml");
    assertThat(compilation).failed();
    List<String> errors =
        compilation.diagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
            .map(d -> d.getMessage(Locale.ROOT))
            .toList();
    assertTrue(
        errors.stream()
            .anyMatch(e -> e.contains("[TW-WEBHOOK-EVENT]") && e.contains("'in' must be")),
        errors.toString());
    assertTrue(
        errors.stream()
            .anyMatch(e -> e.contains("[TW-WEBHOOK-SIGNATURE]") && e.contains("timestampheader")),
        errors.toString());
  }

  @Test
  void eventsNamedNowhereAreReadFromAnEventPropertyWithAWarning() throws Exception {
    Compilation compilation = SchemaCompiler.compile("webhooks/unnamed.yaml");
    assertThat(compilation).succeeded();
    List<String> warnings =
        compilation.warnings().stream().map(w -> w.getMessage(Locale.ROOT)).toList();
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).contains("[TW-WEBHOOK-EVENT-NAME]"), warnings.toString());
    Method parse =
        new GeneratedClasses(compilation)
            .load(PKG + ".VagueWebhooks")
            .getMethod("parseUnverified", byte[].class, Map.class);
    Object stopped = parse.invoke(null, bytes("{\"event\":\"stopped\",\"at\":\"noon\"}"), Map.of());
    assertEquals("Stopped", stopped.getClass().getSimpleName());
    Object nameless = parse.invoke(null, bytes("{\"at\":\"noon\"}"), Map.of());
    assertEquals("", call(nameless, "event"));
  }

  @Test
  void hostileEventNamesAndPropertiesComeBackExactly() throws Exception {
    JsonNode description;
    try (java.io.InputStream in =
        getClass().getClassLoader().getResourceAsStream("hostile/08-webhook-events.json")) {
      description = JSON.readTree(in);
    }
    JsonNode source = description.path("x-typewire-webhook-event");
    GeneratedClasses classes = GeneratedClasses.compile("hostile/08-webhook-events.json");
    Method parse =
        classes.load(PKG + ".HooksWebhooks").getMethod("parseUnverified", byte[].class, Map.class);
    java.util.Iterator<String> names = description.path("webhooks").fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      com.fasterxml.jackson.databind.node.ObjectNode body = JSON.createObjectNode();
      body.put(source.path("property").asText(), name);
      body.putObject(source.path("payload").asText());
      Object event = parse.invoke(null, JSON.writeValueAsBytes(body), Map.of());
      assertFalse(event.getClass().getSimpleName().equals("Unknown"), name);
      assertEquals(name, call(event, "event"));
    }
  }

  @Test
  void whenTheReceiverKnowsTheEventOnlyParseWithTheEventIsGenerated() throws Exception {
    GeneratedClasses classes = new GeneratedClasses(succeeded("webhooks/caller.yaml"));
    Class<?> webhooks = classes.load(PKG + ".DoorWebhooks");
    assertThrows(
        NoSuchMethodException.class, () -> webhooks.getMethod("parse", byte[].class, Map.class));
    WebhookSignature scheme = (WebhookSignature) webhooks.getField("SIGNATURE").get(null);
    Object parser = webhooks.getMethod("verifying", String.class).invoke(null, SECRET);
    byte[] body = bytes("{\"by\":\"ann\"}");
    Map<String, List<String>> headers = multi(scheme.verifier(SECRET).sign(body));
    Method parse = webhooks.getMethod("parse", String.class, byte[].class, Map.class);
    assertEquals(
        "Closed", parse.invoke(parser, "closed", body, headers).getClass().getSimpleName());
    assertEquals(
        "Opened", parse.invoke(parser, "opened", body, headers).getClass().getSimpleName());
    InvocationTargetException forged =
        assertThrows(
            InvocationTargetException.class,
            () -> parse.invoke(parser, "opened", bytes("{\"by\":\"eve\"}"), headers));
    assertInstanceOf(WebhookException.class, forged.getCause());
  }

  // ---------------------------------------------------------------- helpers

  /** The generated parser, called by reflection with text bodies. */
  private record Shop(Object target) {
    Object parse(String body, Map<String, List<String>> headers) throws Throwable {
      try {
        return target
            .getClass()
            .getMethod("parse", byte[].class, Map.class)
            .invoke(target, bytes(body), headers);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }

    DriftReport drift() throws Exception {
      return (DriftReport) target.getClass().getMethod("drift").invoke(target);
    }
  }

  private interface Delivery {
    Object run() throws Throwable;
  }

  private static WebhookException assertRejected(
      WebhookException.Reason reason, Delivery delivery) {
    WebhookException failure = assertThrows(WebhookException.class, delivery::run);
    assertEquals(reason, failure.reason(), failure.getMessage());
    return failure;
  }

  private static Shop shopParser(Clock clock) throws Exception {
    return shopParser(clock, SECRET);
  }

  private static Shop shopParser(Clock clock, String secret) throws Exception {
    Class<?> webhooks = SHOP.load(PKG + ".ShopWebhooks");
    WebhookSignature scheme = (WebhookSignature) webhooks.getField("SIGNATURE").get(null);
    WebhookVerifier verifier = scheme.verifier(secret.getBytes(StandardCharsets.UTF_8), clock);
    return new Shop(webhooks.getMethod("verifying", WebhookVerifier.class).invoke(null, verifier));
  }

  private static Map<String, List<String>> signed(String body, Instant at) throws Exception {
    WebhookSignature scheme =
        (WebhookSignature) SHOP.load(PKG + ".ShopWebhooks").getField("SIGNATURE").get(null);
    Map<String, String> headers =
        scheme.verifier(SECRET.getBytes(StandardCharsets.UTF_8), clockAt(at)).sign(bytes(body));
    assertTrue(headers.get("shop-signature").startsWith("v1="), headers.toString());
    return multi(headers);
  }

  private static Map<String, List<String>> multi(Map<String, String> headers) {
    Map<String, List<String>> multi = new HashMap<>();
    headers.forEach((name, value) -> multi.put(name, List.of(value)));
    return multi;
  }

  private static Map<String, List<String>> without(Map<String, List<String>> headers, String name) {
    Map<String, List<String>> copy = new HashMap<>(headers);
    copy.remove(name);
    return copy;
  }

  private static Clock clockAt(Instant instant) {
    return Clock.fixed(instant, ZoneOffset.UTC);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static Object call(Object target, String accessor) throws Exception {
    Method method = target.getClass().getMethod(accessor);
    method.setAccessible(true);
    return method.invoke(target);
  }
}
