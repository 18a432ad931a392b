package dev.typewire.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import java.util.concurrent.Callable;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @GenerateFake}: the generated {@code PeriskopeFake} compiled with the client and a test
 * that uses it, then run against the real {@code typewire-testing} engine on loopback.
 */
class GeneratedFakeTest {

  private static final String CLIENT = "com.example.periskope";
  private static final String FAKE = "com.example.periskope.fake";

  private static JavaFileObject clientPackage() {
    return JavaFileObjects.forSourceLines(
        CLIENT + ".package-info",
        "@dev.typewire.GenerateClient(schema = \"periskope/openapi.json\")",
        "package " + CLIENT + ";");
  }

  private static JavaFileObject fakePackage(String client) {
    return JavaFileObjects.forSourceLines(
        FAKE + ".package-info",
        "@dev.typewire.testing.GenerateFake(client = " + client + ".class)",
        "package " + FAKE + ";");
  }

  private static Compilation compile(JavaFileObject... sources) {
    return Compiler.javac()
        .withProcessors(new TypewireProcessor())
        .withOptions("-Xlint:all,-processing", "-Werror")
        .compile(sources);
  }

  /** A test's body, compiled against the fake and run: it returns what it observed. */
  private static JavaFileObject use(String... body) {
    String[] lines = new String[body.length + 12];
    lines[0] = "package " + FAKE + ";";
    lines[1] = "import com.example.periskope.*;";
    lines[2] = "import java.time.Duration;";
    lines[3] = "import java.util.*;";
    lines[4] = "public class Use implements java.util.concurrent.Callable<Object> {";
    lines[5] = "  @Override public Object call() throws Exception {";
    lines[6] = "    try (PeriskopeFake fake = PeriskopeFake.start();";
    lines[7] = "        PeriskopeClient client = fake.client()) {";
    System.arraycopy(body, 0, lines, 8, body.length);
    lines[body.length + 8] = "    }";
    lines[body.length + 9] = "  }";
    lines[body.length + 10] = "}";
    lines[body.length + 11] = "";
    return JavaFileObjects.forSourceLines(FAKE + ".Use", lines);
  }

  private static Object run(String... body) throws Exception {
    GeneratedClasses classes =
        new GeneratedClasses(
            compile(
                clientPackage(), fakePackage("com.example.periskope.PeriskopeClient"), use(body)));
    return ((Callable<?>) classes.load(FAKE + ".Use").getDeclaredConstructor().newInstance())
        .call();
  }

  @Test
  void stubbedChatComesBackThroughTheGeneratedClient() throws Exception {
    Object seen =
        run(
            "      Chat chat = client.chats().getChatById(\"120363@g.us\");",
            "      fake.chats().getChatById().returns(Chat.builder().chatId(\"x@g.us\")"
                + ".chatName(\"Stubbed\").chatType(ChatType.GROUP).build());",
            "      Chat stubbed = client.chats().getChatById(\"120363@g.us\");",
            "      return stubbed.chatName() + \" \" + fake.chats().getChatById().calls().size()"
                + " + \" \" + fake.chats().getChatById().calls().get(1).chatId();");
    assertEquals("Stubbed 2 120363@g.us", seen);
  }

  @Test
  void typedCallsAndFaultsReachTheClient() throws Exception {
    Object seen =
        run(
            "      fake.chats().listAllChats().rateLimited(Duration.ZERO)",
            "          .returns(ListChatsResponse.builder().chats(List.of()).count(0).build());",
            "      client.chats().listAllChats(ListAllChatsParams.builder().limit(7).build());",
            "      List<PeriskopeFake.ListAllChatsCall> calls = fake.chats().listAllChats().calls();",
            "      return calls.size() + \" \" + calls.get(1).limit();");
    assertEquals("2 7", seen);
  }

  @Test
  void aStubOfAnotherTypeDoesNotCompile() {
    Compilation compilation =
        compile(
            clientPackage(),
            fakePackage("com.example.periskope.PeriskopeClient"),
            use(
                "      fake.chats().getChatById().returns(ListChatsResponse.builder().build());",
                "      return null;"));
    assertEquals(Compilation.Status.FAILURE, compilation.status());
    assertTrue(
        compilation.errors().stream()
            .anyMatch(
                e ->
                    e.getMessage(null)
                        .contains("cannot be converted to com.example.periskope.Chat")),
        compilation.errors()::toString);
  }

  @Test
  void aListingOfAnotherItemTypeDoesNotCompileAndOnlyPagedOperationsServeListings() {
    Compilation compilation =
        compile(
            clientPackage(),
            fakePackage("com.example.periskope.PeriskopeClient"),
            use(
                "      fake.chats().listAllChats().items(List.of(\"not a chat\"));",
                "      fake.chats().getChatById().items(List.of());",
                "      return null;"));
    assertEquals(Compilation.Status.FAILURE, compilation.status());
    List<String> errors = compilation.errors().stream().map(e -> e.getMessage(null)).toList();
    // The listing of strings is refused by PagedStub<..., Chat>.items; getChatById's TypedStub
    // has no items at all.
    assertEquals(2, errors.size(), errors::toString);
    assertTrue(
        errors.stream().anyMatch(e -> e.contains("cannot find symbol") && e.contains("items")),
        errors::toString);
    assertTrue(
        errors.stream()
            .anyMatch(e -> !e.contains("cannot find symbol") && e.contains("java.lang.String")),
        errors::toString);
  }

  @Test
  void aClassThatIsNoGeneratedClientIsNamed() {
    Compilation compilation = compile(fakePackage("java.lang.String"));
    assertEquals(Compilation.Status.FAILURE, compilation.status());
    List<String> errors = compilation.errors().stream().map(e -> e.getMessage(null)).toList();
    assertTrue(
        errors.stream()
            .anyMatch(e -> e.startsWith("[TW-FAKE-CLIENT]") && e.contains("java.lang.String")),
        errors::toString);
  }
}
