package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Inline schemas that would generate identical types share one (issue #18): GitHub's description
 * restates the same inline objects thousands of times.
 */
class SharedShapesTest {

  private static final String PKG = SchemaCompiler.PKG;
  private static final GeneratedClasses classes =
      GeneratedClasses.compile("openapi/shared-shapes.yaml", "-Xlint:all,-processing");

  @Test
  void identicalInlineObjectsShareTheFirstOnesType() throws Exception {
    assertThat(classes.compilation()).succeeded();
    Class<?> permissions = classes.load(PKG + ".RepoPermissions");
    assertEquals(permissions, accessorType("Team", "permissions"));
    assertEquals(permissions, itemType(accessor("ListReposResponse", "grants")));
    assertFalse(topLevelNames().contains(PKG + ".TeamPermissions"), topLevelNames().toString());
  }

  @Test
  void identicalInlineEnumsShareOneType() throws Exception {
    assertEquals(accessorType("Repo", "state"), accessorType("Team", "state"));
    assertNotEquals(accessorType("Repo", "state"), accessorType("Team", "closedState"));
  }

  @Test
  void aDifferenceInRequiredKeepsTypesApart() throws Exception {
    assertNotEquals(accessorType("Repo", "owner"), accessorType("Team", "lead"));
  }

  @Test
  void anInlineSchemaRestatingAComponentUsesTheComponent() throws Exception {
    assertEquals(classes.load(PKG + ".Label"), accessorType("ListReposResponse", "label"));
  }

  @Test
  void aBodysOwnSchemaKeepsItsOwnType() {
    Set<String> names = topLevelNames();
    assertTrue(names.contains(PKG + ".CreateRepoRequest"), names.toString());
  }

  @Test
  void restatedPropertiesOfIdenticalTypesAgree() throws Exception {
    Type labels = accessor("Issue", "labels");
    assertEquals(classes.load(PKG + ".IssueLabelsItem"), itemType(labels));
    assertFalse(topLevelNames().contains(PKG + ".IssueLabelsItem2"), topLevelNames().toString());
  }

  @Test
  void typesNothingUsesAreNotGenerated() throws Exception {
    assertEquals(JsonNode.class, accessorType("Issue", "notes"));
    assertFalse(topLevelNames().contains(PKG + ".IssueNotesItem"), topLevelNames().toString());
    assertFalse(topLevelNames().contains(PKG + ".IssueNotesItem2"), topLevelNames().toString());
  }

  @Test
  void aDifferentDescriptionKeepsTypesApart() throws Exception {
    Class<?> rights = accessorType("Team", "rights");
    assertNotEquals(accessorType("Team", "permissions"), rights);
    assertEquals(PKG + ".TeamRights", rights.getName());
    assertTrue(source("TeamRights").contains("What members of the team may do."));
  }

  @Test
  void aSharedTypeDecodesAndReencodesEveryPlace() throws Exception {
    String json = "{\"permissions\":{\"admin\":true,\"pull\":false},\"state\":\"open\"}";
    for (String record : new String[] {"Repo", "Team"}) {
      classes.roundTrip(record, json);
    }
  }

  private static Type accessor(String record, String name) throws Exception {
    return classes.load(PKG + "." + record).getMethod(name).getGenericReturnType();
  }

  private static Class<?> accessorType(String record, String name) throws Exception {
    return classes.load(PKG + "." + record).getMethod(name).getReturnType();
  }

  private static Type itemType(Type list) {
    return ((ParameterizedType) list).getActualTypeArguments()[0];
  }

  private static Set<String> topLevelNames() {
    return classes.names().stream().filter(name -> !name.contains("$")).collect(Collectors.toSet());
  }

  private static String source(String simpleName) {
    JavaFileObject file =
        classes
            .compilation()
            .generatedSourceFile(PKG + "." + simpleName)
            .orElseThrow(() -> new AssertionError(simpleName + " was not generated"));
    try {
      return file.getCharContent(true).toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
