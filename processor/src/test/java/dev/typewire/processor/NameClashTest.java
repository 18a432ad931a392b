package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * Names that clash after conversion are not refused: the exact spelling keeps the plain name, the
 * other gets one derived from itself, and a warning names both. The generated code compiles and
 * calls reach the right operation.
 */
class NameClashTest {

  private static final String PKG = SchemaCompiler.PKG;

  private static Compilation compile(String schema) {
    Compilation compilation = SchemaCompiler.compile("names/" + schema, "-Xlint:all,-processing");
    assertThat(compilation).succeeded();
    // Typewire's warnings, and nothing from javac about the generated code.
    for (Diagnostic<?> warning : compilation.warnings()) {
      String message = warning.getMessage(null);
      assertTrue(
          message.startsWith("[TW-NAME-CLASH]")
              || message.startsWith("[TW-DUPLICATE-OPERATION-ID]"),
          message);
    }
    return compilation;
  }

  @Test
  void componentsThatClashAfterConversionAreBothGenerated() throws Exception {
    Compilation compilation = compile("name-clash-components.json");
    String file = "names/name-clash-components.json";

    String hashed = "Chat_" + Integer.toHexString("chat".hashCode());
    assertThat(compilation)
        .hadWarningContaining(
            "[TW-NAME-CLASH] "
                + file
                + ":7:15 at #/components/schemas/chat: the class of component 'chat' would be"
                + " class Chat, which is already the class of component 'Chat'"
                + " (#/components/schemas/Chat)");
    assertThat(compilation).hadWarningContaining("it is generated as " + hashed);
    assertThat(compilation)
        .hadWarningContaining(
            "[TW-NAME-CLASH] "
                + file
                + ":9:20 at #/components/schemas/chat_type: the class of component 'chat_type'"
                + " would be class ChatType");
    assertThat(compilation).hadWarningContaining("it is generated as Chat_type");
    assertEquals(2, compilation.warnings().size(), compilation.warnings()::toString);

    GeneratedClasses classes = new GeneratedClasses(compilation);
    assertEquals(
        List.of("name"), components(classes.load(PKG + ".Chat")), "Chat keeps its own name");
    assertEquals(List.of("id"), components(classes.load(PKG + "." + hashed)));
    assertEquals(List.of("A", "B"), constants(classes.load(PKG + ".ChatType")));
    assertEquals(List.of("USER", "GROUP"), constants(classes.load(PKG + ".Chat_type")));
    Class<?> message = classes.load(PKG + ".Message");
    assertEquals(
        hashed, message.getMethod("chat").getReturnType().getSimpleName(), "refs follow names");
    assertEquals("Chat_type", message.getMethod("chat_type").getReturnType().getSimpleName());
  }

  @Test
  void componentsKeepTheirNamesAndGeneratedClassesMoveAside() throws Exception {
    Compilation compilation = compile("name-clash-generated.json");
    String file = "names/name-clash-generated.json";

    assertThat(compilation)
        .hadWarningContaining(
            "[TW-NAME-CLASH] "
                + file
                + ":3:22 at #/info/title: the client class (named after info.title) would be"
                + " class BrokenClient, which is already the class of component 'BrokenClient'"
                + " (#/components/schemas/BrokenClient)");
    assertThat(compilation).hadWarningContaining("it is generated as BrokenApiClient");
    assertThat(compilation)
        .hadWarningContaining(
            "at #/paths/~1chats/get: the params class of the operation at #/paths/~1chats/get"
                + " would be class ListAllChatsParams");
    assertThat(compilation).hadWarningContaining("it is generated as ListAllChatsParameters");
    assertThat(compilation)
        .hadWarningContaining(
            "[TW-NAME-CLASH] "
                + file
                + ":6:14 at #/paths/~1chats/get: the API class of tag 'Chats' would be class"
                + " ChatsApi, which is already the"
                + " class of component 'ChatsApi'");
    assertThat(compilation).hadWarningContaining("it is generated as ChatsOperations");

    GeneratedClasses classes = new GeneratedClasses(compilation);
    for (String component : List.of("ChatsApi", "ListAllChatsParams", "BrokenClient")) {
      assertEquals(List.of("id"), components(classes.load(PKG + "." + component)));
    }
    Object client = classes.client(PKG + ".BrokenApiClient", "http://127.0.0.1:9");
    Object chats = client.getClass().getMethod("chats").invoke(client);
    assertEquals("ChatsOperations", chats.getClass().getSimpleName());
    Class<?> params = classes.load(PKG + ".ListAllChatsParameters");
    assertEquals(params, chats.getClass().getMethod("listAllChats", params).getParameterTypes()[0]);
  }

  @Test
  void operationsWhoseMethodNamesClashAreTakenApartByMethodAndPath() throws Exception {
    Compilation compilation = compile("operation-id-clash.json");
    String file = "names/operation-id-clash.json";

    assertThat(compilation)
        .hadWarningContaining(
            "[TW-NAME-CLASH] "
                + file
                + ":6:31 at #/paths/~1chats/get/operationId: operationId 'list-chats' gives the"
                + " Java method name listChats, which clashes with the operation at"
                + " #/paths/~1chats/post (operationId 'listChats')");
    assertThat(compilation).hadWarningContaining("it is generated as listChatsGetChats");
    assertThat(compilation)
        .hadWarningContaining(
            "at #/paths/~1send/put/operationId: operationId 'sendAsync' gives the Java method name"
                + " sendAsync, which clashes with the operation at #/paths/~1send/post");
    assertThat(compilation).hadWarningContaining("it is generated as sendAsyncPutSend");
    assertThat(compilation)
        .hadWarningContaining(
            "at #/paths/~1class/get/operationId: operationId 'getClass' gives the Java method name"
                + " getClass, a method of Object; it is generated as getClassGetClass");

    List<String> calls =
        callEach(
            compilation,
            "ClashesClient",
            "default_",
            List.of(
                "listChats", "listChatsGetChats", "send", "sendAsyncPutSend", "getClassGetClass"));
    assertEquals(
        List.of("POST /chats", "GET /chats", "POST /send", "PUT /send", "GET /class"), calls);
  }

  @Test
  void aDuplicateOperationIdIsAWarningAndBothOperationsAreCallable() throws Exception {
    Compilation compilation = compile("duplicate-operation-id.json");

    assertThat(compilation)
        .hadWarningContaining(
            "[TW-DUPLICATE-OPERATION-ID] names/duplicate-operation-id.json:9:31 at"
                + " #/paths/~1groups/get/operationId: operationId 'listChats' is already used at"
                + " #/paths/~1chats/get; operationIds should be unique. This operation's method is"
                + " named listChatsGetGroups");
    List<String> calls =
        callEach(
            compilation, "BrokenClient", "default_", List.of("listChats", "listChatsGetGroups"));
    assertEquals(List.of("GET /chats", "GET /groups"), calls);
  }

  /** Calls each named no-argument operation against a loopback server; returns what it saw. */
  private static List<String> callEach(
      Compilation compilation, String clientClass, String api, List<String> methods)
      throws Exception {
    try (LoopbackServer server = LoopbackServer.noContent()) {
      GeneratedClasses classes = new GeneratedClasses(compilation);
      Object client = classes.client(PKG + "." + clientClass, server.baseUrl());
      Object operations = client.getClass().getMethod(api).invoke(client);
      for (String method : methods) {
        operations.getClass().getMethod(method).invoke(operations);
      }
      return server.requests().stream().map(r -> r.method() + " " + r.rawPath()).toList();
    }
  }

  private static List<String> components(Class<?> record) {
    return Arrays.stream(record.getRecordComponents()).map(c -> c.getName()).toList();
  }

  private static List<String> constants(Class<?> enumRecord) throws Exception {
    Method known = enumRecord.getMethod("knownValues");
    return ((List<?>) known.invoke(null))
        .stream()
            .map(
                value ->
                    Arrays.stream(enumRecord.getFields())
                        .filter(f -> read(f, null) == value)
                        .map(f -> f.getName())
                        .collect(Collectors.joining()))
            .toList();
  }

  private static Object read(java.lang.reflect.Field field, Object target) {
    try {
      return field.get(target);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }
}
