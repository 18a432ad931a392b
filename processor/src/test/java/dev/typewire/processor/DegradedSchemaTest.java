package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One harmless defect per case under {@code degraded/}: each is a warning with the case's id, the
 * file, line:column, the JSON pointer and what was skipped or defaulted; the rest of the client is
 * generated and compiles; what the warning says was skipped is really absent. With {@code
 * -Atypewire.warningsAsErrors=true} the same warning fails the build.
 *
 * <p>{@code present} and {@code absent} list generated things, separated by {@code ;}: {@code Chat}
 * (a class), {@code Chat=id,name} (exactly these record components), {@code Chat.id:JsonNode} (a
 * component's type), {@code DefaultApi#listChats} (a method), {@code DefaultApi#listChats(0)} (an
 * overload with that many parameters), {@code DefaultApi#listChats:void} (what every overload
 * returns) and {@code DefaultApi#=a,b} (exactly these public method names).
 */
class DegradedSchemaTest {

  private static final String CASES =
      """
      allof-cycle.json                    | TW-ALLOF-CYCLE    | :7:15 at #/components/schemas/Chat                        | the repeated inclusion adds no properties and is skipped                                 | Chat=name,id; Group=id,name                                 |
      allof-part-dangling.json            | TW-REF-DANGLING   | :9:21 at #/components/schemas/Chat/allOf/0/$ref           | this allOf part is skipped and its properties are not generated                          | Chat=name,id                                                |
      dangling-ref.json                   | TW-REF-DANGLING   | :12:21 at #/components/schemas/Chat/properties/x/$ref     | points at nothing; the value is generated as a JsonNode                                  | Chat=id,x; Chat.x:JsonNode                                  |
      dangling-ref.yaml                   | TW-REF-DANGLING   | :14:17 at #/components/schemas/Chat/properties/owner/$ref | points at nothing; the value is generated as a JsonNode                                  | Chat=id,owner; Chat.owner:JsonNode                          |
      enum-not-array.json                 | TW-ENUM           | :7:47 at #/components/schemas/ChatType/enum               | ChatType is generated without constants                                                  | ChatType; Chat.type:ChatType                                |
      notion-empty-header-name.json       | TW-PARAMETER      | :10:11 at #/paths/~1v1~1users/get/parameters/0            | a parameter needs a name, found ""; this parameter is skipped                            | UsersApi#listUsers(1); ListUsersParams=pageSize,notionVersion |
      operation-not-object.json           | TW-OPERATION      | :6:15 at #/paths/~1chats/post                             | found BOOLEAN; operation POST /chats is skipped                                          | DefaultApi#=listChats,listChatsAsync                        |
      pagination-unsupported.json         | TW-PAGINATION     | :8:34 at #/paths/~1chats/get/x-typewire-pagination        | unsupported paging style 'keyset'; expected offset-limit, page-size, cursor or link-header. The declaration is ignored: no auto-paging method is generated | DefaultApi#=listChats,listChatsAsync; ListChatsParams=cursor; Page=chats |
      parameter-in-required.json          | TW-PARAMETER-IN   | :9:35 at #/paths/~1chats/post/parameters/0/in             | It is required, so operation 'createChat' (POST /chats) is skipped                       | DefaultApi#=listChats,listChatsAsync                        | CreateChatParams
      parameter-in.json                   | TW-PARAMETER-IN   | :9:36 at #/paths/~1chats/get/parameters/0/in              | has in: "body"; expected path, query, header or cookie. It is optional, so it is skipped | DefaultApi#listChats(0)                                     | ListChatsParams
      parameters-not-array.json           | TW-PARAMETER      | :8:23 at #/paths/~1chats/get/parameters                   | found OBJECT; it is ignored, so no parameter is read from it                             | DefaultApi#listChats(0)                                     | ListChatsParams
      path-item-not-object.json           | TW-PATHS          | :5:15 at #/paths/~1chats                                  | found STRING; path '/chats' is skipped with all its operations                           | DefaultApi#=listGroups,listGroupsAsync                      |
      path-item-ref-dangling.json         | TW-REF-DANGLING   | :5:25 at #/paths/~1chats/$ref                             | points at nothing; path '/chats' is skipped with all its operations                      | DefaultApi#=listGroups,listGroupsAsync                      |
      path-parameter-not-in-template.json | TW-PATH-PARAMETER | :10:11 at #/paths/~1chats~1{chat_id}/get/parameters/1     | path parameter 'chatId' does not appear in the path '/chats/{chat_id}'; it is skipped    | DefaultApi#getChat(1)                                       |
      path-parameter-undeclared.json      | TW-PATH-PARAMETER | :6:14 at #/paths/~1chats~1{chat_id}/get                   | The URL cannot be built without it, so operation 'getChat' (GET /chats/{chat_id}) is skipped | DefaultApi#=listChats,listChatsAsync                    |
      paths-not-object.json               | TW-PATHS          | :4:12 at #/paths                                          | found ARRAY; it is ignored, so the client has no operations                              | BrokenClient; Chat=id                                       | DefaultApi
      properties-not-object.json          | TW-PROPERTIES     | :9:23 at #/components/schemas/Chat/properties             | found STRING; it is ignored and no property is generated from it                         | Group=chat,name; Group.chat:JsonNode                        | Chat
      ref-external.json                   | TW-REF-EXTERNAL   | :10:30 at #/components/schemas/Chat/properties/owner/$ref | $ref 'common.json#/components/schemas/User' cannot be loaded: | Chat=owner; Chat.owner:JsonNode                       |
      ref-malformed.json                  | TW-REF-MALFORMED  | :10:30 at #/components/schemas/Chat/properties/owner/$ref | is not a JSON pointer; expected '#/components/<kind>/<name>'; the value is generated as a JsonNode | Chat=owner; Chat.owner:JsonNode                |
      ref-not-string.json                 | TW-REF-NOT-STRING | :10:30 at #/components/schemas/Chat/properties/owner/$ref | found OBJECT; the value is generated as a JsonNode                                       | Chat=owner; Chat.owner:JsonNode                             |
      ref-wrong-kind.json                 | TW-REF-KIND       | :9:21 at #/paths/~1chats/get/parameters/0/$ref            | operation 'listChats' (GET /chats) is skipped, since nothing is known of this parameter  | DefaultApi#=deleteChats,deleteChatsAsync                    | ListChatsParams
      request-body-ref-dangling.json      | TW-REF-DANGLING   | :8:34 at #/paths/~1chats/post/requestBody/$ref            | operation 'createChat' (POST /chats) is skipped, since nothing is known of its request body | DefaultApi#=listChats,listChatsAsync                     |
      response-ref-dangling.json          | TW-REF-DANGLING   | :9:28 at #/paths/~1chats/get/responses/200/$ref           | points at nothing; the response is skipped: the operation returns nothing                | DefaultApi#listChats:void; Chat=id                          |
      responses-not-object.json           | TW-RESPONSES      | :6:57 at #/paths/~1chats/get/responses                    | it is ignored: the operation returns nothing and error bodies are not decoded            | DefaultApi#listChats:void                                   |
      union-not-array.json                | TW-SCHEMA         | :11:31 at #/components/schemas/Chat/properties/owner/oneOf | oneOf must be a non-empty array; it is ignored and the value is generated as a JsonNode | Chat=id,owner,tags; Chat.owner:JsonNode                     |
      union-not-array.json                | TW-SCHEMA         | :12:47 at #/components/schemas/Chat/properties/tags/items | a schema must be an object, found STRING; the value is generated as a JsonNode           | Chat=id,owner,tags                                          |
      unknown-type.json                   | TW-TYPE           | :10:27 at #/components/schemas/Chat/properties/id/type    | unknown type "strin"; expected one of [array, boolean, integer, null, number, object, string]. It is ignored | Chat=id; Chat.id:JsonNode                  |
      """;

  @ParameterizedTest(name = "{0} warns [{1}] and generates the rest")
  @CsvSource(delimiter = '|', textBlock = CASES)
  void warnsSkipsThePartAndGeneratesTheRest(
      String file, String id, String where, String detail, String present, String absent) {
    String schema = "degraded/" + file;
    Compilation compilation = SchemaCompiler.compile(schema);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[" + id + "] " + schema + where + ": ");
    assertThat(compilation).hadWarningContaining(detail);
    assertEquals(0, compilation.errors().size(), compilation.diagnostics()::toString);
    assertEquals(0, InvalidSchemaTest.count(compilation, Diagnostic.Kind.WARNING, "[TW-BUG]"));
    GeneratedClasses classes = new GeneratedClasses(compilation);
    for (String spec : specs(present)) {
      assertTrue(holds(compilation, classes, spec), () -> "expected " + spec + " in " + file);
    }
    for (String spec : specs(absent)) {
      assertFalse(holds(compilation, classes, spec), () -> "expected no " + spec + " in " + file);
    }
  }

  @ParameterizedTest(name = "{0}: [{1}] fails the build under warningsAsErrors")
  @CsvSource(delimiter = '|', textBlock = CASES)
  void warningsAsErrorsFailsOnIt(
      String file, String id, String where, String detail, String present, String absent) {
    String schema = "degraded/" + file;
    Compilation compilation = SchemaCompiler.compile(schema, "-Atypewire.warningsAsErrors=true");

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[" + id + "] " + schema + where + ": ");
    assertThat(compilation).hadErrorContaining(detail);
  }

  private static Set<String> specs(String list) {
    return list == null
        ? Set.of()
        : Arrays.stream(list.split(";"))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toSet());
  }

  /** Whether the generated code has what {@code spec} describes (see the class comment). */
  private static boolean holds(Compilation compilation, GeneratedClasses classes, String spec) {
    String name = spec.split("[=.#]", 2)[0];
    if (compilation.generatedSourceFile(SchemaCompiler.PKG + "." + name).isEmpty()) {
      return false;
    }
    Class<?> type = classes.load(SchemaCompiler.PKG + "." + name);
    String rest = spec.substring(name.length());
    if (rest.isEmpty()) {
      return true;
    }
    if (rest.startsWith("=")) {
      Set<String> components =
          Arrays.stream(type.getRecordComponents())
              .map(RecordComponent::getName)
              .collect(Collectors.toSet());
      return components.equals(Set.of(rest.substring(1).split(",")));
    }
    if (rest.startsWith(".")) {
      String[] component = rest.substring(1).split(":");
      return Arrays.stream(type.getRecordComponents())
          .anyMatch(
              c ->
                  c.getName().equals(component[0])
                      && c.getType().getSimpleName().equals(component[1]));
    }
    return holdsForMethods(type, rest.substring(1));
  }

  private static boolean holdsForMethods(Class<?> type, String spec) {
    Method[] methods =
        Arrays.stream(type.getDeclaredMethods())
            .filter(m -> Modifier.isPublic(m.getModifiers()))
            .toArray(Method[]::new);
    if (spec.startsWith("=")) {
      // Every API class has the raw-response accessor, whatever survived of the description.
      Set<String> names =
          Arrays.stream(methods)
              .map(Method::getName)
              .filter(name -> !name.equals("withRawResponse"))
              .collect(Collectors.toSet());
      return names.equals(Set.of(spec.substring(1).split(",")));
    }
    String[] returning = spec.split(":");
    String[] arity = returning[0].split("[()]");
    String method = arity[0];
    boolean found =
        Arrays.stream(methods)
            .anyMatch(
                m ->
                    m.getName().equals(method)
                        && (arity.length == 1
                            || m.getParameterCount() == Integer.parseInt(arity[1])));
    return found
        && (returning.length == 1
            || Arrays.stream(methods)
                .filter(m -> m.getName().equals(method))
                .allMatch(m -> m.getReturnType().getSimpleName().equals(returning[1])));
  }
}
