package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @GenerateClient(names = ...)} renames components, properties, operations and parameters
 * without touching the vendor's description; mappings that name nothing warn, and names Java cannot
 * take or that clash are errors naming the entry.
 */
class NameMappingsTest {

  private static final String PKG = SchemaCompiler.PKG;
  private static final String SCHEMA = "names/mappings.json";

  private static Compilation compile(List<String> names, String... options) {
    return SchemaCompiler.compiler(options).compile(packageInfo(names));
  }

  private static JavaFileObject packageInfo(List<String> names) {
    String entries =
        names.stream()
            .map(name -> "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
            .collect(Collectors.joining(", "));
    return JavaFileObjects.forSourceLines(
        PKG + ".package-info",
        "@dev.typewire.GenerateClient(schema = \"" + SCHEMA + "\", names = {" + entries + "})",
        "package " + PKG + ";");
  }

  @Test
  void renamesComponentsPropertiesOperationsAndParameters() throws Exception {
    Compilation compilation =
        compile(
            List.of(
                "chat_type=ChatKind",
                "Chat=Conversation",
                "#/components/schemas/Chat/properties/chat_id=id",
                "listAllChats()=listChats",
                "#/paths/~1chats~1{chat_id}/get=chat",
                "#/paths/~1chats/get/parameters/0=max",
                "#/components/parameters/Offset=skip",
                "listAllChats(chat_type)=kind",
                "#/paths/~1chats~1{chat_id}/get/parameters/0=id"),
            "-Xlint:all,-processing",
            "-Werror");
    assertThat(compilation).succeededWithoutWarnings();
    GeneratedClasses classes = new GeneratedClasses(compilation);
    Class<?> conversation = classes.load(PKG + ".Conversation");
    assertEquals(List.of("id", "chatType"), components(conversation));
    Class<?> kind = classes.load(PKG + ".ChatKind");
    assertEquals(kind, conversation.getMethod("chatType").getReturnType());
    assertEquals(List.of("value"), components(classes.load(PKG + ".ChatType")));
    Class<?> params = classes.load(PKG + ".ListChatsParams");
    assertEquals(List.of("max", "skip", "kind"), components(params));

    String chat = "{\"chat_id\":\"c1\",\"chat_type\":\"group\"}";
    List<String> seen;
    try (LoopbackServer server =
        LoopbackServer.answering(
            request -> request.rawPath().equals("/chats") ? "[" + chat + "]" : chat)) {
      Object client = classes.client(PKG + ".VendorClient", server.baseUrl());
      Object chats = client.getClass().getMethod("chats").invoke(client);
      Object builder = params.getMethod("builder").invoke(null);
      builder.getClass().getMethod("max", Integer.class).invoke(builder, 5);
      builder.getClass().getMethod("skip", Integer.class).invoke(builder, 10);
      builder
          .getClass()
          .getMethod("kind", kind)
          .invoke(builder, kind.getMethod("of", String.class).invoke(null, "group"));
      Object built = builder.getClass().getMethod("build").invoke(builder);
      List<?> page = (List<?>) chats.getClass().getMethod("listChats", params).invoke(chats, built);
      assertEquals("c1", conversation.getMethod("id").invoke(page.get(0)));
      chats.getClass().getMethod("chat", String.class).invoke(chats, "c1");
      seen = server.requests().stream().map(r -> r.rawPath() + "?" + r.rawQuery()).toList();
    }
    assertEquals(List.of("/chats?limit=5&offset=10&chat_type=group", "/chats/c1?null"), seen);
  }

  @Test
  void aMappingThatNamesNothingIsAWarning() {
    Compilation compilation = compile(List.of("Nope=Thing", "#/paths/~1nowhere/get=x", "gone()=y"));
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining("[TW-NAMES-UNUSED] " + SCHEMA + ": names entry \"Nope=Thing\"");
    assertThat(compilation).hadWarningContaining("names entry \"#/paths/~1nowhere/get=x\"");
    assertThat(compilation).hadWarningContaining("names entry \"gone()=y\"");
  }

  @Test
  void aNameJavaCannotTakeIsAnError() {
    Compilation compilation = compile(List.of("Chat=class", "Chat", "ChatType=1st"));
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[TW-NAMES-INVALID] "
                + SCHEMA
                + ": names entry \"Chat=class\" maps to 'class', not a legal Java name");
    assertThat(compilation)
        .hadErrorContaining("names entry \"Chat\" is not of the form \"key=JavaName\"");
    assertThat(compilation).hadErrorContaining("names entry \"ChatType=1st\" maps to '1st'");
  }

  @Test
  void aMappedNameThatClashesIsAnErrorNamingTheMapping() {
    Compilation compilation =
        compile(
            List.of(
                "chat_type=Thing",
                "Chat=thing",
                "#/components/schemas/Chat/properties/chat_id=toBuilder",
                "listAllChats()=hashCode",
                "listAllChats(limit)=request"));
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[TW-NAMES-CLASH] "
                + SCHEMA
                + ":46:15 at #/components/schemas/Chat: names entry \"Chat=thing\" names component"
                + " 'Chat' thing, which is already the name of component 'chat_type'");
    assertThat(compilation)
        .hadErrorContaining(
            "names entry \"#/components/schemas/Chat/properties/chat_id=toBuilder\" maps to"
                + " 'toBuilder', a name the generated code of record Chat uses itself");
    assertThat(compilation)
        .hadErrorContaining("names entry \"listAllChats()=hashCode\" names the operation hashCode");
    assertThat(compilation)
        .hadErrorContaining(
            "names entry \"listAllChats(limit)=request\" maps to 'request', which the generated"
                + " code of the operation already uses");
  }

  @Test
  void aPinnedNameBeatsAnAutomaticOne() throws Exception {
    Compilation compilation = compile(List.of("chat_type=ChatType"), "-Xlint:all,-processing");
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "[TW-NAME-CLASH] "
                + SCHEMA
                + ":45:19 at #/components/schemas/ChatType: the class of component 'ChatType'"
                + " would be class ChatType, which is already component 'chat_type'");
    GeneratedClasses classes = new GeneratedClasses(compilation);
    Class<?> chat = classes.load(PKG + ".Chat");
    assertEquals("ChatType", chat.getMethod("chatType").getReturnType().getSimpleName());
  }

  private static List<String> components(Class<?> record) {
    return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
  }
}
