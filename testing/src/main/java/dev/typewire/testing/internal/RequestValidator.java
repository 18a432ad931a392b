package dev.typewire.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a received request against its endpoint in the description: every required parameter
 * present and each value valid against its schema, the body's content type declared and the body
 * valid, and a credential for one of the declared security requirements.
 */
public final class RequestValidator {

  /** How the problem of a request carrying no credential for any requirement starts. */
  public static final String NO_CREDENTIAL =
      "request: no credential for any security requirement: ";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Made on first use: creating a JVM's first mapper is a large share of a fake's start. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  private final ApiDescription description;
  private final SchemaValidator validator;

  public RequestValidator(ApiDescription description, SchemaValidator validator) {
    this.description = description;
    this.validator = validator;
  }

  /**
   * What a request carried and what is wrong with it.
   *
   * @param parameters every parameter the request carried, by its name in the description, decoded
   *     per its schema, style and explode (text when the schema gives no type to decode it to)
   */
  public record Checked(List<String> problems, ObjectNode parameters) {
    /** For a request no endpoint fits. */
    public static Checked none() {
      return new Checked(List.of(), NODES.objectNode());
    }
  }

  public List<String> problems(Endpoint endpoint, ReceivedRequest request) {
    return check(endpoint, request).problems();
  }

  public Checked check(Endpoint endpoint, ReceivedRequest request) {
    List<String> problems = new ArrayList<>();
    ObjectNode decoded = NODES.objectNode();
    Map<String, String> pathValues = endpoint.match(request.path());
    Map<String, String> pathRaw = endpoint.matchRaw(request.path());
    Map<String, List<String>> query = PercentDecoding.pairs(request.query());
    Map<String, String> cookies = cookies(request.header("cookie"));
    for (Endpoint.Located located : endpoint.parameters()) {
      JsonNode parameter = located.node();
      String name = parameter.path("name").asText();
      String in = parameter.path("in").asText();
      List<String> values =
          switch (in) {
            case "path" -> single(pathValues == null ? null : pathValues.get(name));
            case "query" -> query.get(name);
            case "header" -> single(request.header(name));
            case "cookie" -> single(cookies.get(name));
            default -> null;
          };
      String where = in + " parameter '" + name + "' (" + located.pointer() + ")";
      if (values == null) {
        if (parameter.path("required").asBoolean(false) || "path".equals(in)) {
          problems.add("request: missing " + where);
        }
        continue;
      }
      String schemaPointer = null;
      JsonNode value = null;
      if ("path".equals(in) && styled(parameter) && parameter.has("schema")) {
        schemaPointer = located.pointer() + "/schema";
        try {
          value = styledPath(pathRaw.get(name), parameter, schemaPointer);
        } catch (StyledPathValue.MalformedException e) {
          problems.add("request: " + where + " " + e.getMessage());
        }
      } else if (parameter.has("schema")) {
        schemaPointer = located.pointer() + "/schema";
        JsonNode schema = description.resolve(parameter.get("schema"));
        value = "header".equals(in) && holdsObjects(schema) ? json(values) : null;
        value = value != null ? value : typed(values, schema, parameter);
      } else if (jsonContent(parameter) != null) {
        String mediaType = jsonContent(parameter);
        schemaPointer =
            located.pointer() + "/content/" + ApiDescription.token(mediaType) + "/schema";
        value = json(values);
        if (value == null) {
          problems.add("request: " + where + " is not the JSON its content " + mediaType + " says");
        }
      }
      decoded.set(name, value != null ? value : NODES.textNode(values.get(values.size() - 1)));
      if (value != null) {
        for (String problem : validator.problems(value, schemaPointer)) {
          problems.add("request: " + where + " " + problem);
        }
      }
    }
    body(endpoint, request, problems);
    security(endpoint, request, query, cookies, problems);
    return new Checked(List.copyOf(problems), decoded);
  }

  private void body(Endpoint endpoint, ReceivedRequest request, List<String> problems) {
    JsonNode raw = endpoint.operation().get("requestBody");
    if (raw == null) {
      return;
    }
    Endpoint.Located body = Endpoint.locate(description, raw, endpoint.pointer() + "/requestBody");
    boolean empty = request.body().length == 0;
    if (empty) {
      if (body.node().path("required").asBoolean(false)) {
        problems.add("request: missing required body (" + body.pointer() + ")");
      }
      return;
    }
    String contentType = request.header("content-type");
    String mediaType =
        contentType == null ? "" : MediaTypes.base(contentType).toLowerCase(Locale.ROOT);
    JsonNode content = body.node().path("content");
    String declared = MediaTypes.declaredFor(content, mediaType);
    if (declared == null) {
      problems.add(
          "request: content type '"
              + mediaType
              + "' is not declared at "
              + body.pointer()
              + "/content");
      return;
    }
    String schemaPointer =
        body.pointer() + "/content/" + ApiDescription.token(declared) + "/schema";
    if (!content.path(declared).has("schema")) {
      return;
    }
    JsonNode value;
    String text = new String(request.body(), StandardCharsets.UTF_8);
    if (mediaType.endsWith("json")) {
      try {
        value = Json.MAPPER.readTree(text);
      } catch (IOException e) {
        problems.add("request: body is not JSON: " + e.getMessage());
        return;
      }
    } else if (mediaType.equals("application/x-www-form-urlencoded")) {
      value = form(text, ObjectShape.of(description, schemaPointer));
    } else if (mediaType.equals("multipart/form-data")) {
      try {
        value =
            multipart(
                MultipartParts.parse(contentType, request.body()),
                ObjectShape.of(description, schemaPointer));
      } catch (IllegalArgumentException e) {
        problems.add("request: multipart body cannot be read: " + e.getMessage());
        return;
      }
    } else {
      value = NODES.textNode(text);
    }
    for (String problem : validator.problems(value, schemaPointer)) {
      problems.add("request: body " + problem + " (" + schemaPointer + ")");
    }
  }

  /**
   * The parts as the JSON object the schema describes: a file is its content as a string (what
   * {@code format: binary} stands for), a JSON part is parsed, any other text is typed like a form
   * field; a repeated name is an array.
   */
  private ObjectNode multipart(List<MultipartParts.Part> parts, ObjectShape schema) {
    Map<String, List<MultipartParts.Part>> byName = new java.util.LinkedHashMap<>();
    parts.forEach(part -> byName.computeIfAbsent(part.name(), n -> new ArrayList<>()).add(part));
    ObjectNode object = NODES.objectNode();
    byName.forEach(
        (name, named) -> {
          JsonNode property = property(schema, name);
          boolean array = "array".equals(type(property));
          JsonNode itemSchema = array ? description.resolve(property.path("items")) : property;
          ArrayNode values = NODES.arrayNode();
          for (MultipartParts.Part part : named) {
            values.add(partValue(part, itemSchema));
          }
          object.set(name, array ? values : values.get(values.size() - 1));
        });
    return object;
  }

  private JsonNode partValue(MultipartParts.Part part, JsonNode schema) {
    String contentType = part.contentType() == null ? "" : part.contentType();
    boolean opaque =
        !contentType.isEmpty()
            && !MediaTypes.isJson(contentType)
            && !contentType.startsWith("text/plain");
    if (part.filename() != null || opaque) {
      return NODES.textNode(part.text());
    }
    if (MediaTypes.isJson(contentType) && !contentType.equals("*/*")) {
      try {
        return Json.MAPPER.readTree(part.text());
      } catch (IOException e) {
        return NODES.textNode(part.text());
      }
    }
    JsonNode typed = typed(List.of(part.text()), schema, NODES.objectNode());
    return typed == null ? NODES.textNode(part.text()) : typed;
  }

  /** A field's schema, declared by the object or any of its allOf parts; missing when none. */
  private JsonNode property(ObjectShape schema, String name) {
    String pointer = schema.properties().get(name);
    return pointer == null ? NODES.missingNode() : description.resolve(description.at(pointer));
  }

  private ObjectNode form(String text, ObjectShape schema) {
    ObjectNode object = NODES.objectNode();
    for (Map.Entry<String, List<String>> field : PercentDecoding.pairs(text).entrySet()) {
      JsonNode property = property(schema, field.getKey());
      object.set(field.getKey(), typed(field.getValue(), property, NODES.objectNode()));
    }
    return object;
  }

  /**
   * An object, or an array of objects: OpenAPI's {@code simple} style defines no form for nested
   * objects in a header, so a client may only send them as JSON text (Typewire does, with a
   * warning); the value is read as JSON when it is JSON.
   */
  private boolean holdsObjects(JsonNode schema) {
    String type = type(schema);
    return "object".equals(type)
        || ("array".equals(type)
            && "object".equals(type(description.resolve(schema.path("items")))));
  }

  /** The media type of a parameter declared by {@code content}, when it is JSON; else null. */
  private static String jsonContent(JsonNode parameter) {
    Iterator<String> names = parameter.path("content").fieldNames();
    if (!names.hasNext()) {
      return null;
    }
    String mediaType = names.next();
    return MediaTypes.isJson(mediaType) ? mediaType : null;
  }

  /** The last value read as JSON, or null when it is not JSON. */
  private static JsonNode json(List<String> values) {
    try {
      return Json.MAPPER.readTree(values.get(values.size() - 1));
    } catch (IOException e) {
      return null;
    }
  }

  private static boolean styled(JsonNode parameter) {
    String style = parameter.path("style").asText("");
    return style.equals("label") || style.equals("matrix");
  }

  /** A label or matrix path value as the JSON value its schema describes. */
  private JsonNode styledPath(String raw, JsonNode parameter, String schemaPointer)
      throws StyledPathValue.MalformedException {
    JsonNode schema = description.resolve(parameter.get("schema"));
    String type = type(schema);
    StyledPathValue.Shape shape =
        switch (type) {
          case "array" -> StyledPathValue.Shape.ARRAY;
          case "object" -> StyledPathValue.Shape.OBJECT;
          default -> StyledPathValue.Shape.PRIMITIVE;
        };
    StyledPathValue read =
        StyledPathValue.read(
            raw,
            parameter.path("name").asText(),
            parameter.path("style").asText(),
            parameter.path("explode").asBoolean(false),
            shape);
    switch (shape) {
      case ARRAY -> {
        ArrayNode array = NODES.arrayNode();
        String items = type(description.resolve(schema.path("items")));
        read.values().forEach(item -> array.add(scalar(item, items)));
        return array;
      }
      case OBJECT -> {
        ObjectShape object = ObjectShape.of(description, schemaPointer);
        ObjectNode node = NODES.objectNode();
        read.entries()
            .forEach((key, text) -> node.set(key, scalar(text, type(property(object, key)))));
        return node;
      }
      default -> {
        return scalar(read.values().get(0), type.isEmpty() ? unionScalarType(schema) : type);
      }
    }
  }

  /** The wire's strings as the JSON value the schema describes, or null when it cannot tell. */
  private JsonNode typed(List<String> values, JsonNode schema, JsonNode parameter) {
    String type = type(schema).isEmpty() ? unionScalarType(schema) : type(schema);
    if ("array".equals(type)) {
      ArrayNode array = NODES.arrayNode();
      JsonNode items = description.resolve(schema.path("items"));
      String in = parameter.path("in").asText();
      String style =
          parameter
              .path("style")
              .asText(in.equals("query") || in.equals("cookie") ? "form" : "simple");
      // The simple style (paths, headers) joins a list with commas, exploded or not.
      boolean joined =
          style.equals("simple") || !parameter.path("explode").asBoolean(style.equals("form"));
      String delimiter =
          switch (style) {
            case "spaceDelimited" -> " ";
            case "pipeDelimited" -> "|";
            default -> ",";
          };
      for (String value : values) {
        List<String> parts =
            joined
                ? Arrays.asList(value.split(java.util.regex.Pattern.quote(delimiter), -1))
                : List.of(value);
        for (String part : parts) {
          array.add(scalar(part, type(items)));
        }
      }
      return array;
    }
    if ("object".equals(type)) {
      return null;
    }
    return scalar(values.get(values.size() - 1), type);
  }

  private static JsonNode scalar(String text, String type) {
    try {
      return switch (type) {
        case "integer" -> NODES.numberNode(new java.math.BigInteger(text));
        case "number" -> NODES.numberNode(new java.math.BigDecimal(text));
        case "boolean" ->
            text.equals("true") || text.equals("false")
                ? NODES.booleanNode(Boolean.parseBoolean(text))
                : NODES.textNode(text);
        default -> NODES.textNode(text);
      };
    } catch (NumberFormatException e) {
      return NODES.textNode(text);
    }
  }

  /**
   * For a union such as {@code anyOf: [integer, enum of strings]}: the number or boolean type an
   * alternative has, since text that reads as one was most likely sent as one; {@link #scalar}
   * keeps text that does not.
   */
  private String unionScalarType(JsonNode schema) {
    for (String keyword : List.of("anyOf", "oneOf")) {
      for (JsonNode alternative : schema.path(keyword)) {
        String type = type(description.resolve(alternative));
        if (type.equals("integer") || type.equals("number") || type.equals("boolean")) {
          return type;
        }
      }
    }
    return "";
  }

  private static String type(JsonNode schema) {
    JsonNode type = schema.get("type");
    if (type != null && type.isArray()) {
      for (JsonNode each : type) {
        if (!"null".equals(each.asText())) {
          return each.asText();
        }
      }
    }
    return type == null ? "" : type.asText();
  }

  private void security(
      Endpoint endpoint,
      ReceivedRequest request,
      Map<String, List<String>> query,
      Map<String, String> cookies,
      List<String> problems) {
    JsonNode requirements =
        endpoint.operation().has("security")
            ? endpoint.operation().get("security")
            : description.root().path("security");
    if (!requirements.isArray() || requirements.isEmpty()) {
      return;
    }
    List<String> missing = new ArrayList<>();
    for (JsonNode requirement : requirements) {
      List<String> absent = new ArrayList<>();
      Iterator<String> names = requirement.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        JsonNode scheme =
            description.resolve(
                description.root().path("components").path("securitySchemes").path(name));
        String lack = lack(name, scheme, request, query, cookies);
        if (lack != null) {
          absent.add(lack);
        }
      }
      if (absent.isEmpty()) {
        return;
      }
      missing.add(String.join(" and ", absent));
    }
    problems.add(NO_CREDENTIAL + String.join("; or ", missing));
  }

  /** What the request lacks for one security scheme, or null when the credential is there. */
  private static String lack(
      String name,
      JsonNode scheme,
      ReceivedRequest request,
      Map<String, List<String>> query,
      Map<String, String> cookies) {
    String type = scheme.path("type").asText();
    String pointer = "#/components/securitySchemes/" + ApiDescription.token(name);
    String authorization = request.header("authorization");
    if ("apiKey".equals(type)) {
      String key = scheme.path("name").asText();
      String in = scheme.path("in").asText();
      boolean present =
          switch (in) {
            case "header" -> request.header(key) != null;
            case "query" -> query.containsKey(key);
            case "cookie" -> cookies.containsKey(key);
            default -> false;
          };
      return present ? null : "api key '" + key + "' in " + in + " (" + pointer + ")";
    }
    String prefix =
        "http".equals(type) && "basic".equalsIgnoreCase(scheme.path("scheme").asText())
            ? "Basic "
            : "Bearer ";
    if (!"http".equals(type) && !"oauth2".equals(type) && !"openIdConnect".equals(type)) {
      return null;
    }
    boolean present =
        authorization != null
            && authorization.regionMatches(true, 0, prefix, 0, prefix.length())
            && authorization.length() > prefix.length();
    return present ? null : "Authorization: " + prefix.trim() + " (" + pointer + ")";
  }

  private static List<String> single(String value) {
    return value == null ? null : List.of(value);
  }

  private static Map<String, String> cookies(String header) {
    Map<String, String> cookies = new HashMap<>();
    if (header == null) {
      return cookies;
    }
    for (String part : header.split(";", -1)) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        cookies.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
      }
    }
    return cookies;
  }
}
