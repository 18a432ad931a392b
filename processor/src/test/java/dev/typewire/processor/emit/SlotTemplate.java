package dev.typewire.processor.emit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * One description that puts schema text in every slot that reaches generated code: info, servers,
 * tags, paths, operations, every kind of parameter (path, query, header, cookie, deepObject,
 * delimited, shared header), bodies, responses, records, enums, a union with a discriminator and
 * mapping, an extra component, examples and defaults. Slot {@code n} gets {@code text.apply(n)};
 * the fixed letters around a slot keep names distinct. {@link #values()} is what each slot got.
 */
final class SlotTemplate {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final IntFunction<String> text;
  private final List<String> values = new ArrayList<>();

  private SlotTemplate(IntFunction<String> text) {
    this.text = text;
  }

  /** The template with placeholders {@code SLOT00}, {@code SLOT01}, ...: plain identifiers. */
  static SlotTemplate benign() {
    return new SlotTemplate(SlotTemplate::placeholder);
  }

  static SlotTemplate of(IntFunction<String> text) {
    return new SlotTemplate(text);
  }

  static String placeholder(int slot) {
    return String.format(java.util.Locale.ROOT, "SLOT%02d", slot);
  }

  /** The text slot {@code n} got, as placed in the description. */
  List<String> values() {
    return List.copyOf(values);
  }

  private String next() {
    String value = text.apply(values.size());
    values.add(value);
    return value;
  }

  /**
   * A slot at the end of a name the reader strips (parameter names, the trace header): what reaches
   * the code has no trailing whitespace.
   */
  private String nextStripped() {
    String value = text.apply(values.size()).stripTrailing();
    values.add(value);
    return value;
  }

  /**
   * A slot in the server URL: only a valid absolute URL becomes the client's default (anything else
   * is a warning and no default, see ServerReader), so the text is percent-encoded into it.
   */
  private String nextInUrl() {
    String value =
        java.net.URLEncoder.encode(
                text.apply(values.size()), java.nio.charset.StandardCharsets.UTF_8)
            .replace("+", "%20");
    values.add(value);
    return value;
  }

  /** A slot in a path: braces would declare path parameters, so they become parentheses. */
  private String nextInPath() {
    // Braces would be placeholders, and a '#' starts a fragment, which requests do not carry.
    String value = text.apply(values.size()).replace('{', '(').replace('}', ')').replace('#', '_');
    values.add(value);
    return value;
  }

  String json() {
    ObjectNode root = JSON.createObjectNode().put("openapi", "3.0.3");
    root.putObject("info")
        .put("title", "T" + next())
        .put("version", next())
        .put("description", next())
        .put("x-typewire-trace-header", "X-Trace" + nextStripped());
    root.putArray("servers")
        .addObject()
        .put("url", "http://h/" + nextInUrl() + "/v1")
        .put("description", next());
    String tag = "t" + next();
    root.putArray("tags").addObject().put("name", tag).put("description", next());
    ObjectNode pathItem = root.putObject("paths").putObject("/items/{id}/" + nextInPath());
    pathItem.putArray("parameters").add(parameter("id", "path", string()).put("required", true));
    ObjectNode get = pathItem.putObject("get");
    get.putArray("tags").add(tag);
    get.put("summary", next())
        .put("description", next())
        .put("operationId", "get" + nextStripped());
    ArrayNode parameters = get.putArray("parameters");
    parameters.add(parameter("q" + nextStripped(), "query", string().put("default", next())));
    parameters.add(parameter("h" + nextStripped(), "header", string()).put("required", true));
    parameters.add(parameter("c" + nextStripped(), "cookie", string()));
    parameters.add(
        parameter("deep" + nextStripped(), "query", ref("Item"))
            .put("style", "deepObject")
            .put("explode", true));
    ObjectNode list = JSON.createObjectNode().put("type", "array");
    list.set("items", string());
    parameters.add(
        parameter("list" + nextStripped(), "query", list)
            .put("style", "pipeDelimited")
            .put("explode", false));
    parameters.addObject().put("$ref", "#/components/parameters/Shared");
    get.putObject("responses").set("200", response(ref("Item")));
    ObjectNode post = pathItem.putObject("post");
    post.putArray("tags").add(tag);
    post.put("operationId", "create" + next()).put("summary", next());
    ObjectNode body =
        post.putObject("requestBody").put("required", true).put("description", next());
    body.putObject("content").putObject("application/json").set("schema", ref("Item"));
    post.putObject("responses").putObject("204").put("description", next());
    ObjectNode components = root.putObject("components");
    components
        .putObject("parameters")
        .set("Shared", parameter("s" + nextStripped(), "header", string()));
    ObjectNode schemas = components.putObject("schemas");
    ObjectNode item = schemas.putObject("Item").put("type", "object").put("description", next());
    String required = "p" + next();
    item.putArray("required").add(required);
    ObjectNode properties = item.putObject("properties");
    properties.set(
        required,
        string().put("description", next()).put("example", next()).put("default", next()));
    properties.set("kind", ref("Kind"));
    properties.set("shape", ref("Shape"));
    ObjectNode kind = schemas.putObject("Kind").put("type", "string").put("description", next());
    kind.putArray("enum").add("e" + next()).add("f" + next());
    String discriminator = "d" + next();
    ObjectNode shape = schemas.putObject("Shape").put("description", next());
    shape.putArray("oneOf").add(ref("Circle")).add(ref("Square"));
    ObjectNode mapping =
        shape.putObject("discriminator").put("propertyName", discriminator).putObject("mapping");
    mapping.put("m" + next(), "#/components/schemas/Circle");
    mapping.put("n" + next(), "#/components/schemas/Square");
    for (String variant : List.of("Circle", "Square")) {
      ObjectNode variantProperties =
          schemas.putObject(variant).put("type", "object").putObject("properties");
      variantProperties.set(discriminator, string());
      variantProperties.set("r" + next(), JSON.createObjectNode().put("type", "number"));
    }
    schemas
        .putObject("N" + next())
        .put("type", "object")
        .put("description", next())
        .putObject("properties")
        .set("x" + next(), string().put("example", next()));
    return root.toString();
  }

  private ObjectNode parameter(String name, String in, ObjectNode schema) {
    ObjectNode parameter =
        JSON.createObjectNode()
            .put("name", name)
            .put("in", in)
            .put("description", next())
            .put("example", next());
    parameter.set("schema", schema);
    return parameter;
  }

  private ObjectNode response(ObjectNode schema) {
    ObjectNode response = JSON.createObjectNode().put("description", next());
    response.putObject("content").putObject("application/json").set("schema", schema);
    return response;
  }

  private static ObjectNode string() {
    return JSON.createObjectNode().put("type", "string");
  }

  private static ObjectNode ref(String name) {
    return JSON.createObjectNode().put("$ref", "#/components/schemas/" + name);
  }
}
