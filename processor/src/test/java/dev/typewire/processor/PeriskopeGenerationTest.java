package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The processor on the real Periskope schema: what it generates, and that it compiles. */
class PeriskopeGenerationTest {

  private static final String PKG = PeriskopeClasses.PKG;
  private static final GeneratedClasses classes = PeriskopeClasses.classes();

  @Test
  void compilesWithoutWarningsUnderLintAll() {
    assertThat(classes.compilation()).succeededWithoutWarnings();
  }

  @Test
  void chatRecordHasEveryWireKeyInCamelCase() {
    Map<String, Class<?>> components = components(PKG + ".Chat");
    assertEquals(String.class, components.get("chatId"));
    assertEquals(Integer.class, components.get("memberCount"));
    assertEquals(Boolean.class, components.get("memberAddMode"));
    assertEquals(OffsetDateTime.class, components.get("createdAt"));
    assertEquals(classes.load(PKG + ".Message"), components.get("latestMessage"));
    assertEquals(classes.load(PKG + ".ChatType"), components.get("chatType"));
    assertEquals(List.class, components.get("chatOrgPhones"));
    for (Class<?> type : components.values()) {
      assertFalse(type.isPrimitive(), "nullable wire fields must not be primitives: " + type);
    }
  }

  @Test
  void messageRecordKeepsAckAsIntegerCarriedInAString() throws Exception {
    Map<String, Class<?>> components = components(PKG + ".Message");
    assertEquals(Integer.class, components.get("ack"));
    RecordComponent ack =
        Arrays.stream(classes.load(PKG + ".Message").getRecordComponents())
            .filter(c -> c.getName().equals("ack"))
            .findFirst()
            .orElseThrow();
    var format = ack.getAccessor().getAnnotation(com.fasterxml.jackson.annotation.JsonFormat.class);
    assertEquals(com.fasterxml.jackson.annotation.JsonFormat.Shape.STRING, format.shape());
  }

  @Test
  void enumKeepsUnknownValues() throws Exception {
    Class<?> chatType = classes.load(PKG + ".ChatType");
    Method of = chatType.getMethod("of", String.class);
    Object group = of.invoke(null, "group");
    assertEquals(chatType.getField("GROUP").get(null), group);
    assertTrue((Boolean) chatType.getMethod("isKnown").invoke(group));
    // Not a constant, but equal to one: isKnown's identity check alone would miss it.
    Object built = chatType.getConstructor(String.class).newInstance("group");
    assertNotSame(group, built);
    assertTrue((Boolean) chatType.getMethod("isKnown").invoke(built));
    Object community = of.invoke(null, "community");
    assertEquals("community", chatType.getMethod("value").invoke(community));
    assertFalse((Boolean) chatType.getMethod("isKnown").invoke(community));
  }

  @Test
  void paramsBuilderChecksDocumentedBoundsBeforeAnyRequest() throws Exception {
    Class<?> params = classes.load(PKG + ".ListAllChatsParams");
    Object builder = params.getMethod("builder").invoke(null);
    Method limit = builder.getClass().getMethod("limit", Integer.class);
    Method build = builder.getClass().getMethod("build");
    limit.invoke(builder, 2000);
    build.invoke(builder);
    limit.invoke(builder, 2001);
    InvocationTargetException tooMany =
        assertThrows(InvocationTargetException.class, () -> build.invoke(builder));
    assertInstanceOf(IllegalArgumentException.class, tooMany.getCause());
    assertTrue(tooMany.getCause().getMessage().contains("limit"), tooMany.getCause().getMessage());
    limit.invoke(builder, 0);
    assertInstanceOf(
        IllegalArgumentException.class,
        assertThrows(InvocationTargetException.class, () -> build.invoke(builder)).getCause());
  }

  @Test
  void clientGroupsOperationsByTag() throws Exception {
    Class<?> client = classes.load(PKG + ".PeriskopeClient");
    Class<?> chats = classes.load(PKG + ".ChatsApi");
    assertEquals(chats, client.getMethod("chats").getReturnType());
    assertEquals("https://api.periskope.app/v1", client.getField("DEFAULT_BASE_URL").get(null));
    Class<?> params = classes.load(PKG + ".ListAllChatsParams");
    assertEquals(
        classes.load(PKG + ".ListChatsResponse"),
        chats.getMethod("listAllChats", params).getReturnType());
    assertEquals(
        classes.load("dev.typewire.runtime.AutoPager"),
        chats.getMethod("listAllChatsAutoPaging", params).getReturnType());
    client.getMethod("builder").getReturnType().getMethod("phone", String.class);
  }

  private static Map<String, Class<?>> components(String record) {
    Class<?> type = classes.load(record);
    assertTrue(type.isRecord(), record + " is a record");
    return Arrays.stream(type.getRecordComponents())
        .collect(Collectors.toMap(RecordComponent::getName, RecordComponent::getType));
  }
}
