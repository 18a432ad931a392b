package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.typewire.runtime.ApiException;
import dev.typewire.runtime.ClientOptions;
import dev.typewire.runtime.RequestAttempt;
import dev.typewire.runtime.RequestListener;
import dev.typewire.runtime.RetryPolicy;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Security schemes become credential methods on the generated builder, and each operation sends
 * exactly the credentials of the first alternative it accepts that is configured: checked on a
 * loopback server with real generated clients.
 */
class SecuritySchemesTest {

  private static final String PKG = SchemaCompiler.PKG;
  private static final GeneratedClasses secure =
      GeneratedClasses.compile("security/credentials.yaml");

  @Test
  void unusableSchemesAndMissingOnesAreNamedInWarnings() {
    assertThat(secure.compilation()).hadWarningContaining("TW-SECURITY");
    assertThat(secure.compilation()).hadWarningContaining("#/components/securitySchemes/mtls");
    assertThat(secure.compilation()).hadWarningContaining("#/paths/~1tls/get/security/1/nowhere");
    for (String scheme : List.of("refd", "strange", "keyless")) {
      assertThat(secure.compilation())
          .hadWarningContaining("#/components/securitySchemes/" + scheme + ": ");
    }
    Class<?> builder = secure.load(PKG + ".SecureClient$Builder");
    List<String> credentialMethods =
        Arrays.stream(builder.getDeclaredMethods())
            .filter(method -> Modifier.isPublic(method.getModifiers()))
            .map(Method::getName)
            .filter(name -> !Set.of("baseUrl", "httpClient", "configure", "build").contains(name))
            .distinct()
            .sorted()
            .toList();
    assertEquals(List.of("basicAuth", "bearerToken", "cookieKey", "queryKey"), credentialMethods);
  }

  @Test
  void petstoreApiKeyReachesGetInventoryAndOAuthTokenRotates() throws Exception {
    GeneratedClasses petstore = GeneratedClasses.compile("oas-examples/3.0/petstore.json");
    try (LoopbackServer server =
        LoopbackServer.answering(
            request -> request.rawPath().contains("inventory") ? "{}" : "[]")) {
      Iterator<String> tokens = List.of("first-token", "second-token").iterator();
      Supplier<String> tokenSource = tokens::next;
      Object builder = builder(petstore, "SwaggerPetstoreClient", server);
      call(builder, "apiKey", String.class, "key-1234");
      call(builder, "bearerToken", Supplier.class, tokenSource);
      Object client = call(builder, "build");
      call(call(client, "store"), "getInventory");
      Object pet = call(client, "pet");
      Method deletePet = findMethod(pet.getClass(), "deletePet", 1);
      deletePet.invoke(pet, 7L);
      deletePet.invoke(pet, 8L);

      List<LoopbackServer.Request> requests = server.requests();
      assertEquals(List.of("key-1234"), requests.get(0).headers().get("Api_key"));
      assertNull(requests.get(0).headers().get("Authorization"));
      assertEquals(List.of("Bearer first-token"), requests.get(1).headers().get("Authorization"));
      assertEquals(List.of("Bearer second-token"), requests.get(2).headers().get("Authorization"));
      assertNull(requests.get(1).headers().get("Api_key"), "the API key goes only where asked");
    }
  }

  @Test
  void eachOperationSendsItsFirstConfiguredAlternative() throws Exception {
    try (LoopbackServer server = LoopbackServer.noContent()) {
      Object builder = builder(secure, "SecureClient", server);
      call(builder, "bearerToken", String.class, "bearer-secret");
      call(builder, "queryKey", String.class, "query secret");
      call(builder, "cookieKey", Supplier.class, (Supplier<String>) () -> "cookie-secret");
      Method basic = builder.getClass().getMethod("basicAuth", String.class, String.class);
      basic.invoke(builder, "alice", "open sesame");
      Object things = call(call(builder, "build"), "things");
      for (String operation :
          List.of("getDefault", "getBoth", "getBasic", "getPublic", "getOptional", "getTls")) {
        call(things, operation);
      }
      List<LoopbackServer.Request> requests = server.requests();
      LoopbackServer.Request byDefault = requests.get(0);
      assertEquals(List.of("Bearer bearer-secret"), byDefault.headers().get("Authorization"));
      assertNull(byDefault.rawQuery(), "only the first alternative is sent");
      LoopbackServer.Request both = requests.get(1);
      assertEquals("api_key=query+secret", both.rawQuery().replace("%20", "+"));
      assertEquals(List.of("session=cookie-secret"), both.headers().get("Cookie"));
      assertNull(both.headers().get("Authorization"));
      String basicValue =
          Base64.getEncoder().encodeToString("alice:open sesame".getBytes(StandardCharsets.UTF_8));
      assertEquals(List.of("Basic " + basicValue), requests.get(2).headers().get("Authorization"));
      LoopbackServer.Request open = requests.get(3);
      assertNull(open.headers().get("Authorization"), "security: [] gets no bearer token");
      assertNull(open.headers().get("Cookie"));
      assertNull(open.rawQuery());
      assertEquals(List.of("Bearer bearer-secret"), requests.get(4).headers().get("Authorization"));
      assertNull(requests.get(5).headers().get("Authorization"), "mutual TLS asks for nothing");
    }
  }

  @Test
  void twoSchemesFillingAuthorizationSendTheFirstAndWarn() throws Exception {
    assertThat(secure.compilation())
        .hadWarningContaining("#/paths/~1clash/get/security/0/bearer_auth");
    assertThat(secure.compilation()).hadWarningContaining("only 'basic_auth' is sent");
    try (LoopbackServer server = LoopbackServer.noContent()) {
      Object builder = builder(secure, "SecureClient", server);
      call(builder, "bearerToken", String.class, "bearer-secret");
      builder
          .getClass()
          .getMethod("basicAuth", String.class, String.class)
          .invoke(builder, "a", "b");
      call(call(call(builder, "build"), "things"), "getClash");
      String basic = Base64.getEncoder().encodeToString("a:b".getBytes(StandardCharsets.UTF_8));
      assertEquals(
          List.of("Basic " + basic), server.requests().get(0).headers().get("Authorization"));
    }
  }

  @Test
  void missingCredentialsFailBeforeSending() throws Exception {
    try (LoopbackServer server = LoopbackServer.noContent()) {
      Object builder = builder(secure, "SecureClient", server);
      call(builder, "cookieKey", String.class, "cookie-only");
      Object things = call(call(builder, "build"), "things");
      IllegalStateException missing =
          assertThrows(IllegalStateException.class, () -> call(things, "getBoth"));
      assertTrue(missing.getMessage().contains("GET /both"), missing.getMessage());
      assertTrue(missing.getMessage().contains("[query_key and cookie_key]"), missing.getMessage());
      assertFalse(missing.getMessage().contains("cookie-only"), missing.getMessage());
      call(things, "getOptional");
      call(things, "getPublic");
      assertEquals(2, server.requests().size(), "only the calls that need nothing went out");
      assertNull(server.requests().get(0).headers().get("Authorization"));
    }
  }

  @Test
  void credentialsOfEveryKindAreRefusedOverPlainHttpToAnotherHost() throws Exception {
    for (String method : List.of("queryKey", "cookieKey", "bearerToken")) {
      Object builder = secure.load(PKG + ".SecureClient").getMethod("builder").invoke(null);
      call(builder, "baseUrl", String.class, "http://api.example.com");
      call(builder, method, String.class, "secret-value");
      IllegalStateException refused =
          assertThrows(IllegalStateException.class, () -> call(builder, "build"));
      assertTrue(refused.getMessage().contains("plain http"), method);
      assertFalse(refused.getMessage().contains("secret-value"), method);
    }
  }

  @Test
  void suppliedSecretsNeverReachListenersOrExceptions() throws Exception {
    String closedUrl;
    try (LoopbackServer closed = LoopbackServer.noContent()) {
      closedUrl = closed.baseUrl();
    }
    List<String> seen = new ArrayList<>();
    RequestListener listener =
        new RequestListener() {
          @Override
          public void onRequestStart(RequestAttempt attempt) {
            seen.add(attempt.toString());
          }

          @Override
          public void onRequestFailure(
              RequestAttempt attempt, ApiException failure, Duration duration) {
            seen.add(attempt + " " + failure.getMessage());
          }
        };
    Consumer<ClientOptions.Builder> configure =
        options -> options.listener(listener).retryPolicy(RetryPolicy.none());
    Object builder = secure.load(PKG + ".SecureClient").getMethod("builder").invoke(null);
    call(builder, "baseUrl", String.class, closedUrl);
    call(builder, "queryKey", Supplier.class, (Supplier<String>) () -> "rotating-secret");
    call(builder, "configure", Consumer.class, configure);
    Object things = call(call(builder, "build"), "things");
    ApiException failure = assertThrows(ApiException.class, () -> call(things, "getDefault"));
    assertTrue(failure.getMessage().contains("api_key="), failure.getMessage());
    assertFalse(failure.getMessage().contains("rotating-secret"), failure.getMessage());
    assertEquals(2, seen.size(), seen::toString);
    seen.forEach(event -> assertFalse(event.contains("rotating-secret"), event));
  }

  private static Object builder(GeneratedClasses classes, String client, LoopbackServer server)
      throws Exception {
    Object builder = classes.load(PKG + "." + client).getMethod("builder").invoke(null);
    call(builder, "baseUrl", String.class, server.baseUrl());
    return builder;
  }

  private static Object call(Object target, String method) throws Exception {
    return unwrapped(() -> target.getClass().getMethod(method).invoke(target));
  }

  private static Object call(Object target, String method, Class<?> type, Object argument)
      throws Exception {
    return target.getClass().getMethod(method, type).invoke(target, argument);
  }

  private static Method findMethod(Class<?> type, String name, int arity) {
    for (Method method : type.getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == arity) {
        return method;
      }
    }
    throw new AssertionError("no " + name + "/" + arity + " on " + type);
  }

  private interface Invocation {
    Object invoke() throws Exception;
  }

  /** Rethrows what the generated code threw, so tests see the runtime's own exception. */
  private static Object unwrapped(Invocation invocation) throws Exception {
    try {
      return invocation.invoke();
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    }
  }
}
