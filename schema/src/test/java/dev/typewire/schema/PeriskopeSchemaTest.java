package dev.typewire.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks the Periskope description against the OpenAPI subset the Typewire processor supports and
 * against the example responses Periskope publishes (copied under {@code
 * src/main/resources/periskope/examples/}).
 */
class PeriskopeSchemaTest {

  private static final String RESOURCE = "periskope/openapi.json";
  private static final String EXAMPLES = "periskope/examples";

  private static final Set<String> TAGS =
      Set.of(
          "Chats",
          "Groups",
          "Messages",
          "Queue",
          "Phones",
          "Contacts",
          "Tickets",
          "Notes",
          "Reactions",
          "KnowledgeBase",
          "Webhooks",
          "Members");

  private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

  /** The 70 operationIds of the official client (@periskope/periskope-client 1.1.3). */
  private static final Set<String> CLIENT_OPERATIONS =
      Set.of(
          // chats
          "listAllChats",
          "listAllMessages",
          "listAllNotifications",
          "getChatById",
          "updateChat",
          "getMessagesInAChat",
          "getNotificationsInAChat",
          "updateChatLabels",
          "updateChatOverrideAccess",
          "markRead",
          "getNotesByChat",
          // groups
          "createGroup",
          "updateGroupSettings",
          "refreshInvite",
          "acceptGroupInvite",
          "addParticipantToGroup",
          "promoteParticipantToAdmin",
          "demoteParticipantToMember",
          "removeParticipantFromGroup",
          "leaveGroup",
          // messages
          "sendMessage",
          "broadcastMessage",
          "getMessage",
          "editMessage",
          "forwardMessage",
          "deleteMessage",
          "reactToMessage",
          "pinMessage",
          // queue
          "getQueueStatus",
          "fetchQueueJobs",
          "getBroadcastStatus",
          "purgeQueue",
          // phones
          "getAllPhones",
          "getPhone",
          "getQr",
          "updatePhone",
          "resyncPhone",
          "restartPhone",
          "resetPhone",
          "createPhone",
          "deletePhone",
          // contacts
          "getContacts",
          "getContactById",
          "updateContact",
          "updateContactLabels",
          "createContact",
          // tickets
          "getTickets",
          "createTicket",
          "getTicketById",
          "updateTicket",
          // notes and reactions
          "createNote",
          "getNotes",
          "getNoteById",
          "getReactions",
          // knowledge base
          "getAllKnowledgeBase",
          "getKnowledgeBaseFaqByContextId",
          "updateFaq",
          "deleteFaq",
          "getKnowledgeBaseDocumentByDocumentId",
          "deleteDocument",
          "createFaq",
          "createDocument",
          // webhooks and members
          "listWebhooks",
          "createWebhook",
          "getWebhookById",
          "updateWebhook",
          "deleteWebhook",
          "deleteMember",
          "inviteMembers",
          "updateMemberAccess");

  /** Client operations that do not declare the x-phone header (section A: "—"). */
  private static final Set<String> WITHOUT_PHONE =
      Set.of(
          "getAllPhones",
          "createPhone",
          "getContacts",
          "getContactById",
          "updateContact",
          "updateContactLabels",
          "getTickets",
          "getTicketById",
          "updateTicket",
          "getAllKnowledgeBase",
          "getKnowledgeBaseFaqByContextId",
          "updateFaq",
          "deleteFaq",
          "getKnowledgeBaseDocumentByDocumentId",
          "deleteDocument",
          "createFaq",
          "createDocument",
          "listWebhooks",
          "createWebhook",
          "getWebhookById",
          "updateWebhook",
          "deleteWebhook",
          "deleteMember",
          "inviteMembers",
          "updateMemberAccess");

  private static final Set<String> SCHEMA_KEYWORDS =
      Set.of(
          "type",
          "properties",
          "required",
          "additionalProperties",
          "items",
          "enum",
          "format",
          "description",
          "example",
          "default",
          "minimum",
          "maximum",
          "deprecated",
          "$ref",
          "anyOf",
          // Where a component's example comes from; documentation only, no code is generated.
          "x-example-source");

  private static final Set<String> TYPES =
      Set.of("object", "array", "string", "integer", "number", "boolean", "null");

  private static final Pattern DATE_TIME =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}(:?\\d{2})?)");

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static JsonNode doc;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in =
        PeriskopeSchemaTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      assertNotNull(in, RESOURCE + " is not on the class path");
      doc = MAPPER.readTree(in);
    }
  }

  @Test
  void rootFields() throws IOException {
    assertEquals("3.1.0", doc.path("openapi").asText());
    assertEquals("Periskope API", doc.at("/info/title").asText());
    String version = doc.at("/info/version").asText();
    assertTrue(version.matches("\\d{4}\\.\\d{2}\\.\\d{2}-\\d+"), version);
    assertEquals("https://api.periskope.app/v1", doc.at("/servers/0/url").asText());
    assertEquals(1, doc.path("servers").size());
    assertEquals("http", doc.at("/components/securitySchemes/bearerAuth/type").asText());
    assertEquals("bearer", doc.at("/components/securitySchemes/bearerAuth/scheme").asText());
    assertTrue(doc.at("/security/0").has("bearerAuth"));
    assertEquals("x-periskope-trace-id", doc.path("x-typewire-trace-header").asText());
    String changelog = Files.readString(Path.of("CHANGELOG.md"), StandardCharsets.UTF_8);
    assertTrue(changelog.contains("## " + version), "CHANGELOG.md has no entry for " + version);
  }

  @Test
  void everyRefResolves() {
    List<String> broken = new ArrayList<>();
    walk(
        doc,
        "",
        (pointer, node) -> {
          JsonNode ref = node.get("$ref");
          if (ref == null) {
            return;
          }
          String target = ref.asText();
          if (!target.startsWith("#/") || doc.at(target.substring(1)).isMissingNode()) {
            broken.add(pointer + " -> " + target);
          }
        });
    assertEquals(List.of(), broken);
  }

  @Test
  void operationIdsAreUniqueAndCoverTheClient() {
    Set<String> seen = new HashSet<>();
    for (Op op : operations()) {
      String id = op.node.path("operationId").asText("");
      assertFalse(id.isEmpty(), op + " has no operationId");
      assertTrue(seen.add(id), "duplicate operationId " + id);
      assertFalse(op.node.path("summary").asText("").isEmpty(), id + " has no summary");
    }
    Set<String> missing = new TreeSet<>(CLIENT_OPERATIONS);
    missing.removeAll(seen);
    assertEquals(Set.of(), missing, "client operations not described");
  }

  @Test
  void pathTemplatesMatchRequiredPathParameters() {
    Pattern template = Pattern.compile("\\{([^}]+)}");
    for (Op op : operations()) {
      Set<String> inTemplate = new TreeSet<>();
      Matcher m = template.matcher(op.path);
      while (m.find()) {
        inTemplate.add(m.group(1));
      }
      Set<String> declared = new TreeSet<>();
      Set<String> names = new HashSet<>();
      for (JsonNode p : parameters(op)) {
        String in = p.path("in").asText();
        assertTrue(Set.of("path", "query", "header").contains(in), op + ": in " + in);
        assertTrue(names.add(in + ":" + p.path("name").asText()), op + ": duplicate parameter");
        assertTrue(p.has("schema"), op + ": parameter without schema");
        if (in.equals("path")) {
          assertTrue(p.path("required").asBoolean(false), op + ": path parameter not required");
          declared.add(p.path("name").asText());
        }
      }
      assertEquals(inTemplate, declared, op.toString());
    }
  }

  @Test
  void everyOperationHasExactlyOneKnownTag() {
    for (Op op : operations()) {
      JsonNode tags = op.node.path("tags");
      assertEquals(1, tags.size(), op + " tags");
      assertTrue(TAGS.contains(tags.get(0).asText()), op + " tag " + tags.get(0));
    }
  }

  @Test
  void phoneHeaderWhereTheClientDeclaresIt() {
    for (Op op : operations()) {
      String id = op.node.path("operationId").asText();
      boolean hasPhone = false;
      for (JsonNode p : op.node.path("parameters")) {
        hasPhone |= "#/components/parameters/phone".equals(p.path("$ref").asText());
      }
      if (CLIENT_OPERATIONS.contains(id)) {
        assertEquals(!WITHOUT_PHONE.contains(id), hasPhone, id + " x-phone");
      }
    }
    JsonNode phone = doc.at("/components/parameters/phone");
    assertEquals("x-phone", phone.path("name").asText());
    assertEquals("header", phone.path("in").asText());
    assertFalse(phone.path("required").asBoolean(true));
  }

  @Test
  void requestBodiesAreNamedAfterTheirOperation() {
    for (Op op : operations()) {
      JsonNode body = op.node.get("requestBody");
      if (body == null) {
        continue;
      }
      String id = op.node.path("operationId").asText();
      assertTrue(body.has("required"), id + ": requestBody.required");
      JsonNode content = body.path("content");
      assertEquals(List.of("application/json"), fieldNames(content), id);
      String expected =
          "#/components/schemas/"
              + Character.toUpperCase(id.charAt(0))
              + id.substring(1)
              + "Request";
      assertEquals(expected, content.at("/application~1json/schema/$ref").asText(), id);
    }
  }

  @Test
  void responsesUseJsonOrNoContent() {
    for (Op op : operations()) {
      JsonNode responses = op.node.path("responses");
      assertTrue(responses.size() > 0, op + " has no responses");
      for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        assertTrue(e.getKey().matches("[1-5]\\d\\d"), op + " status " + e.getKey());
        JsonNode r = resolve(e.getValue());
        assertTrue(r.has("description"), op + " " + e.getKey() + " description");
        if (e.getKey().equals("204")) {
          assertFalse(r.has("content"), op + ": 204 with content");
        } else if (r.has("content")) {
          assertEquals(List.of("application/json"), fieldNames(r.path("content")), op.toString());
          assertTrue(r.at("/content/application~1json").has("schema"), op.toString());
        }
        if (e.getKey().startsWith("4") || e.getKey().startsWith("5")) {
          assertEquals(
              "#/components/schemas/ErrorResponse",
              r.at("/content/application~1json/schema/$ref").asText(),
              op + " " + e.getKey());
        }
      }
    }
  }

  @Test
  void paginatedOperationsDeclareTheirItems() {
    for (Op op : operations()) {
      Set<String> query = new HashSet<>();
      for (JsonNode p : parameters(op)) {
        if (p.path("in").asText().equals("query")) {
          query.add(p.path("name").asText());
        }
      }
      JsonNode pagination = op.node.get("x-typewire-pagination");
      boolean paged = query.contains("offset") && query.contains("limit");
      assertEquals(paged, pagination != null, op + " x-typewire-pagination");
      if (pagination == null) {
        continue;
      }
      assertEquals("offset-limit", pagination.path("style").asText());
      assertEquals("offset", pagination.path("offset").asText());
      assertEquals("limit", pagination.path("limit").asText());
      JsonNode schema = resolve(op.node.at("/responses/200/content/application~1json/schema"));
      JsonNode items = schema.at("/properties/" + pagination.path("items").asText());
      assertTrue(typesOf(items).contains("array"), op + ": items property is not an array");
    }
  }

  @Test
  void schemasStayInsideTheSupportedSubset() {
    JsonNode schemas = doc.at("/components/schemas");
    for (String name : fieldNames(schemas)) {
      assertTrue(name.matches("[A-Z][A-Za-z0-9]*"), "schema name " + name);
    }
    List<String> problems = new ArrayList<>();
    walk(
        schemas,
        "/components/schemas",
        (pointer, node) -> {
          if (!isSchemaPosition(pointer)) {
            return;
          }
          for (String key : fieldNames(node)) {
            if (!SCHEMA_KEYWORDS.contains(key)) {
              problems.add(pointer + ": keyword " + key);
            }
          }
          if (node.has("$ref") && node.size() != 1) {
            problems.add(pointer + ": $ref with siblings");
          }
          if (node.has("anyOf")) {
            JsonNode any = node.get("anyOf");
            boolean nullableRef =
                any.size() == 2
                    && any.get(0).has("$ref")
                    && any.get(0).size() == 1
                    && any.get(1).path("type").asText().equals("null")
                    && any.get(1).size() == 1;
            if (!nullableRef) {
              problems.add(pointer + ": anyOf other than [$ref, null]");
            }
          }
          for (String t : typesOf(node)) {
            if (!TYPES.contains(t)) {
              problems.add(pointer + ": type " + t);
            }
          }
          if (node.has("enum") && !typesOf(node).equals(Set.of("string"))) {
            problems.add(pointer + ": enum on a non-string type");
          }
          if (node.has("required")) {
            for (JsonNode r : node.get("required")) {
              if (!node.path("properties").has(r.asText())) {
                problems.add(pointer + ": required " + r.asText() + " not a property");
              }
            }
          }
        });
    assertEquals(List.of(), problems);
  }

  @Test
  void seedChatsCarryExactlyTheRequiredChatKeys() throws IOException {
    JsonNode seed = example("list-all-chats.json");
    Set<String> chatRequired = requiredOf("Chat");
    Set<String> messageRequired = requiredOf("Message");
    Set<String> deliveryRequired = requiredOf("DeliveryInfo");
    assertEquals(26, chatRequired.size());
    assertEquals(52, messageRequired.size());
    assertEquals(Set.of("delivered_count", "pending", "read_count"), deliveryRequired);
    assertEquals(new TreeSet<>(fieldNames(seed)), requiredOf("ListChatsResponse"));
    JsonNode chats = seed.path("chats");
    assertEquals(23, chats.size());
    int messages = 0;
    for (JsonNode chat : chats) {
      assertEquals(chatRequired, new TreeSet<>(fieldNames(chat)), chat.path("chat_id").asText());
      JsonNode message = chat.path("latest_message");
      if (message.isObject()) {
        messages++;
        assertEquals(messageRequired, new TreeSet<>(fieldNames(message)));
        Set<String> delivery = new TreeSet<>(fieldNames(message.path("delivery_info")));
        assertTrue(delivery.containsAll(deliveryRequired), delivery.toString());
      }
    }
    assertEquals(6, messages);
  }

  @Test
  void nullsInTheSeedAreNullable() throws IOException {
    JsonNode seed = example("list-all-chats.json");
    for (JsonNode chat : seed.path("chats")) {
      assertNullsAllowed("Chat", chat);
      if (chat.path("latest_message").isObject()) {
        assertNullsAllowed("Message", chat.path("latest_message"));
      }
    }
  }

  /** Every copied example validates against the response schema of its operation. */
  @TestFactory
  Stream<DynamicTest> examplesMatchTheirOperation() throws IOException, URISyntaxException {
    Map<String, Op> byKebab = new HashMap<>();
    for (Op op : operations()) {
      byKebab.put(kebab(op.node.path("operationId").asText()), op);
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : exampleFiles()) {
      String name = file.getFileName().toString();
      tests.add(
          DynamicTest.dynamicTest(
              name,
              () -> {
                String[] parts = name.substring(0, name.length() - ".json".length()).split("\\.");
                Op op = byKebab.get(parts[0]);
                assertNotNull(op, name + ": no operation " + parts[0]);
                String status = parts.length > 1 ? parts[1] : firstSuccess(op);
                JsonNode response = resolve(op.node.at("/responses/" + status));
                assertFalse(response.isMissingNode(), name + ": no response " + status);
                JsonNode schema = response.at("/content/application~1json/schema");
                List<String> errors = new ArrayList<>();
                validate(schema, MAPPER.readTree(file.toFile()), "", errors);
                assertEquals(List.of(), errors, name);
              }));
    }
    assertFalse(tests.isEmpty());
    return tests.stream();
  }

  /** Schema and media-type examples in the description validate against their schemas. */
  @Test
  void inlineExamplesMatchTheirSchemas() {
    List<String> errors = new ArrayList<>();
    walk(
        doc,
        "",
        (pointer, node) -> {
          JsonNode example = node.get("example");
          if (example == null) {
            return;
          }
          if (node.has("schema") && !pointer.contains("/parameters")) {
            validate(node.get("schema"), example, pointer, errors);
          } else if (pointer.startsWith("/components/schemas") && isSchemaPosition(pointer)) {
            validate(node, example, pointer, errors);
          }
        });
    assertEquals(List.of(), errors);
  }

  // ---------------------------------------------------------------- validation of examples

  private static void validate(JsonNode schema, JsonNode value, String at, List<String> errors) {
    if (schema.has("$ref")) {
      validate(resolve(schema), value, at, errors);
      return;
    }
    if (schema.has("anyOf")) {
      for (JsonNode branch : schema.get("anyOf")) {
        List<String> branchErrors = new ArrayList<>();
        validate(branch, value, at, branchErrors);
        if (branchErrors.isEmpty()) {
          return;
        }
      }
      errors.add(at + ": matches no anyOf branch: " + excerpt(value));
      return;
    }
    Set<String> types = typesOf(schema);
    if (!types.isEmpty() && !types.contains(jsonType(value, types))) {
      errors.add(at + ": " + jsonType(value, types) + " is not " + types);
      return;
    }
    String format = schema.path("format").asText("");
    if (value.isTextual()) {
      String text = value.asText();
      if (schema.has("enum") && !contains(schema.get("enum"), text)) {
        errors.add(at + ": " + text + " not in enum");
      }
      boolean ok =
          switch (format) {
            case "date-time" -> DATE_TIME.matcher(text).matches();
            case "int32", "int64" -> text.matches("-?\\d+");
            case "boolean" -> text.equals("true") || text.equals("false");
            default -> true;
          };
      if (!ok) {
        errors.add(at + ": \"" + text + "\" is not " + format);
      }
    }
    if (value.isObject()) {
      JsonNode properties = schema.path("properties");
      for (JsonNode r : schema.path("required")) {
        if (!value.has(r.asText())) {
          errors.add(at + ": missing required " + r.asText());
        }
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String child = at + "/" + e.getKey();
        if (properties.has(e.getKey())) {
          validate(properties.get(e.getKey()), e.getValue(), child, errors);
        } else if (schema.get("additionalProperties") != null
            && schema.get("additionalProperties").isObject()) {
          validate(schema.get("additionalProperties"), e.getValue(), child, errors);
        } else if (properties.size() > 0) {
          errors.add(at + ": undeclared property " + e.getKey());
        }
      }
    }
    if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        validate(schema.get("items"), value.get(i), at + "/" + i, errors);
      }
    }
  }

  private static String jsonType(JsonNode value, Set<String> allowed) {
    if (value.isNull()) {
      return "null";
    }
    if (value.isBoolean()) {
      return "boolean";
    }
    if (value.isIntegralNumber()) {
      return allowed.contains("integer") || !allowed.contains("number") ? "integer" : "number";
    }
    if (value.isNumber()) {
      return "number";
    }
    if (value.isTextual()) {
      return "string";
    }
    return value.isArray() ? "array" : "object";
  }

  private static void assertNullsAllowed(String schemaName, JsonNode value) {
    JsonNode properties = doc.at("/components/schemas/" + schemaName + "/properties");
    for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getValue().isNull()) {
        JsonNode p = properties.path(e.getKey());
        boolean nullable =
            typesOf(p).contains("null") || p.path("anyOf").toString().contains("\"null\"");
        assertTrue(nullable, schemaName + "." + e.getKey() + " is null on the wire");
      }
    }
  }

  // ---------------------------------------------------------------- helpers

  private record Op(String method, String path, JsonNode node) {
    @Override
    public String toString() {
      return method.toUpperCase() + " " + path;
    }
  }

  private interface Visitor {
    void visit(String pointer, JsonNode node);
  }

  private static List<Op> operations() {
    List<Op> ops = new ArrayList<>();
    JsonNode paths = doc.path("paths");
    for (String path : fieldNames(paths)) {
      for (String method : fieldNames(paths.get(path))) {
        assertTrue(METHODS.contains(method), path + ": " + method);
        ops.add(new Op(method, path, paths.get(path).get(method)));
      }
    }
    assertFalse(ops.isEmpty());
    return ops;
  }

  private static List<JsonNode> parameters(Op op) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode p : op.node.path("parameters")) {
      out.add(resolve(p));
    }
    return out;
  }

  private static JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    for (int i = 0; i < 10 && current.has("$ref"); i++) {
      current = doc.at(current.get("$ref").asText().substring(1));
    }
    return current;
  }

  private static Set<String> requiredOf(String schema) {
    Set<String> out = new TreeSet<>();
    doc.at("/components/schemas/" + schema + "/required").forEach(n -> out.add(n.asText()));
    return out;
  }

  private static Set<String> typesOf(JsonNode schema) {
    Set<String> out = new LinkedHashSet<>();
    JsonNode type = schema.get("type");
    if (type == null) {
      return out;
    }
    if (type.isArray()) {
      type.forEach(t -> out.add(t.asText()));
    } else {
      out.add(type.asText());
    }
    return out;
  }

  /**
   * Whether a pointer below /components/schemas addresses a schema, not a name inside "properties"
   * or a value inside "example"/"enum"/"required".
   */
  private static boolean isSchemaPosition(String pointer) {
    String[] parts = pointer.split("/");
    if (parts.length < 4) {
      return false;
    }
    boolean expectName = false;
    for (int i = 4; i < parts.length; i++) {
      String part = parts[i];
      if (expectName) {
        expectName = false;
        continue;
      }
      switch (part) {
        case "properties" -> expectName = true;
        case "items", "additionalProperties" -> {}
        case "anyOf" -> {
          i++;
          if (i >= parts.length) {
            return false;
          }
        }
        default -> {
          return false;
        }
      }
    }
    return !expectName;
  }

  private static void walk(JsonNode node, String pointer, Visitor visitor) {
    if (node.isObject()) {
      visitor.visit(pointer, node);
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!e.getKey().equals("example")) {
          walk(e.getValue(), pointer + "/" + escape(e.getKey()), visitor);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), pointer + "/" + i, visitor);
      }
    }
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }

  private static boolean contains(JsonNode array, String text) {
    for (JsonNode n : array) {
      if (n.asText().equals(text)) {
        return true;
      }
    }
    return false;
  }

  private static String firstSuccess(Op op) {
    for (String status : fieldNames(op.node.path("responses"))) {
      if (status.startsWith("2")) {
        return status;
      }
    }
    return fail(op + " has no success response");
  }

  private static String kebab(String operationId) {
    return operationId.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
  }

  private static String excerpt(JsonNode value) {
    String text = value.toString();
    return text.length() > 80 ? text.substring(0, 80) + "…" : text;
  }

  private static JsonNode example(String name) throws IOException {
    try (InputStream in =
        PeriskopeSchemaTest.class.getClassLoader().getResourceAsStream(EXAMPLES + "/" + name)) {
      assertNotNull(in, name);
      return MAPPER.readTree(in);
    }
  }

  private static List<Path> exampleFiles() throws IOException, URISyntaxException {
    URL dir = PeriskopeSchemaTest.class.getClassLoader().getResource(EXAMPLES);
    assertNotNull(dir, EXAMPLES);
    try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }
}
