package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.typewire.processor.SchemaCompiler.PKG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.typewire.runtime.ValidationException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * An error response whose only body is XML is named in a warning, and the warning's claim holds:
 * the status still raises its typed exception with an excerpt of the body.
 */
class UntypedErrorBodyTest {

  private static final String XML = "<error><message>name is missing</message></error>";

  private final Compilation compilation = SchemaCompiler.compile("openapi/xml-error.yaml");

  @Test
  void theWarningSaysTheStatusStillRaisesItsTypedException() {
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "[TW-MEDIA-TYPE] openapi/xml-error.yaml:21:13 at"
                + " #/paths/~1pets/post/responses/400/content: no application/json content in this"
                + " error response, so its body is not decoded into errorBody; the status still"
                + " raises its typed ApiException");
    assertEquals(1, compilation.warnings().size(), compilation.warnings()::toString);
  }

  @Test
  void anXmlErrorRaisesAValidationExceptionWithItsExcerpt() throws Throwable {
    GeneratedClasses classes = new GeneratedClasses(compilation);
    Class<?> bodyType = classes.load(PKG + ".AddPetRequest");
    Object body = bodyType.getConstructors()[0].newInstance("Rex");
    try (LoopbackServer server =
        LoopbackServer.responding(
            (request, exchange) -> {
              byte[] bytes = XML.getBytes(StandardCharsets.UTF_8);
              exchange.getResponseHeaders().add("Content-Type", "application/xml");
              exchange.sendResponseHeaders(400, bytes.length);
              exchange.getResponseBody().write(bytes);
            })) {
      Object builder = classes.load(PKG + ".XmlErrorsClient").getMethod("builder").invoke(null);
      call(builder, "baseUrl", server.baseUrl());
      Object client = call(builder, "build");
      Object api = apiWith(client, "addPet");
      ValidationException thrown =
          assertThrows(ValidationException.class, () -> call(api, "addPet", body));
      assertEquals(400, thrown.status());
      assertTrue(thrown.bodyExcerpt().contains("name is missing"), thrown::bodyExcerpt);
    }
  }

  /** The client's API group that holds the operation, wherever tags put it. */
  private static Object apiWith(Object client, String operation) throws Throwable {
    for (Method group : client.getClass().getMethods()) {
      if (group.getParameterCount() == 0
          && java.util.Arrays.stream(group.getReturnType().getMethods())
              .anyMatch(m -> m.getName().equals(operation))) {
        return group.invoke(client);
      }
    }
    return client;
  }

  private static Object call(Object target, String name, Object... arguments) throws Throwable {
    for (Method method : target.getClass().getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == arguments.length) {
        try {
          return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      }
    }
    throw new AssertionError("no method " + name + " on " + target.getClass());
  }
}
