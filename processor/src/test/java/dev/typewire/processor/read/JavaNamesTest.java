package dev.typewire.processor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JavaNamesTest {

  @Test
  void convertsToCamelCase() {
    assertEquals("chatType", JavaNames.lowerCamel("chat_type"));
    assertEquals("chatType", JavaNames.lowerCamel("chat-type"));
    assertEquals("ListAllChats", JavaNames.upperCamel("list all chats"));
    assertEquals("MULTI_VCARD", JavaNames.constant("multi_vcard"));
  }

  @Test
  void makesEveryNameALegalIdentifier() {
    assertEquals("class_", JavaNames.lowerCamel("class"));
    assertEquals("_2fa", JavaNames.lowerCamel("2fa"));
    assertEquals("cafe", JavaNames.lowerCamel("café"));
    assertTrue(JavaNames.lowerCamel("x".repeat(300)).length() <= 80);
  }

  @Test
  void clashingMembersKeepTheirWireSpellingWhereLegal() {
    Map<String, String> names =
        JavaNames.memberNames(
            List.of("from_me", "id", "remote", "serialized", "fromMe", "_serialized"));
    assertEquals("fromMe", names.get("fromMe"));
    assertEquals("from_me", names.get("from_me"));
    assertEquals("serialized", names.get("serialized"));
    assertEquals("_serialized", names.get("_serialized"));
  }

  @Test
  void memberNamesDoNotDependOnOrder() {
    List<String> wire = List.of("a-b", "a_b", "aB", "hashCode", "Chat", "chat");
    Map<String, String> forward = JavaNames.memberNames(wire);
    List<String> reversed = new ArrayList<>(wire);
    Collections.reverse(reversed);
    Map<String, String> backward = JavaNames.memberNames(reversed);
    assertEquals(forward, backward);
    assertEquals(wire.size(), new HashSet<>(forward.values()).size(), forward.toString());
    assertEquals("hashCode_", forward.get("hashCode"));
  }

  @Test
  void membersStayClearOfGeneratedCodeAndTypeNames() {
    Map<String, String> names =
        JavaNames.memberNames(
            List.of("builder", "Builder", "Objects", "objects", "java", "id", "chat_id"),
            Set.of("builder", "toBuilder"),
            Map.of("chat_id", "chat"));
    assertEquals("builder_", names.get("builder"), "an exact spelling kept out by generated code");
    assertEquals("builder2", names.get("Builder"));
    assertEquals("objects", names.get("objects"));
    // Its wire spelling would obscure a type such as java.util.Objects.
    assertEquals("objects_", names.get("Objects"));
    assertEquals("java_", names.get("java"), "would obscure the java package");
    assertEquals("id", names.get("id"));
    assertEquals("chat", names.get("chat_id"), "pinned");
  }
}
