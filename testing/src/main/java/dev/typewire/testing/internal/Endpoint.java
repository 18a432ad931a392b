package dev.typewire.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One operation as the description states it, read straight from the tree: method, path template,
 * its parameters (path-level ones merged in) and where each schema is, by pointer.
 */
public record Endpoint(
    String method,
    String path,
    String operationId,
    String pointer,
    JsonNode operation,
    List<Located> parameters) {

  public static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

  /** A node of the description and the pointer it is found at (after following {@code $ref}). */
  public record Located(JsonNode node, String pointer) {}

  public static List<Endpoint> all(ApiDescription description) {
    List<Endpoint> endpoints = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> paths =
        description.root().path("paths").properties().iterator();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      String pathPointer = "#/paths/" + ApiDescription.token(path.getKey());
      Located item = locate(description, path.getValue(), pathPointer);
      Iterator<Map.Entry<String, JsonNode>> methods = item.node().properties().iterator();
      while (methods.hasNext()) {
        Map.Entry<String, JsonNode> method = methods.next();
        if (!METHODS.contains(method.getKey())) {
          continue;
        }
        String pointer = item.pointer() + "/" + method.getKey();
        Map<String, Located> parameters = new LinkedHashMap<>();
        addParameters(description, item.node().path("parameters"), item.pointer(), parameters);
        addParameters(description, method.getValue().path("parameters"), pointer, parameters);
        endpoints.add(
            new Endpoint(
                method.getKey().toUpperCase(Locale.ROOT),
                path.getKey(),
                method.getValue().path("operationId").asText(""),
                pointer,
                method.getValue(),
                List.copyOf(parameters.values())));
      }
    }
    return endpoints;
  }

  private static void addParameters(
      ApiDescription description, JsonNode list, String owner, Map<String, Located> into) {
    for (int i = 0; i < list.size(); i++) {
      Located parameter = locate(description, list.get(i), owner + "/parameters/" + i);
      JsonNode node = parameter.node();
      into.put(node.path("in").asText() + ":" + node.path("name").asText(), parameter);
    }
  }

  /** Follows {@code $ref}s from {@code node}, keeping the pointer of where it ends. */
  public static Located locate(ApiDescription description, JsonNode node, String pointer) {
    JsonNode current = node;
    String at = pointer;
    for (int hops = 0; hops < 64 && current.has("$ref"); hops++) {
      at = current.get("$ref").asText();
      current = description.at(at);
    }
    return new Located(current, at);
  }

  /** The decoded values of the path's parameters when {@code actual} fits the template, or null. */
  public Map<String, String> match(String actual) {
    Map<String, String> raw = matchRaw(actual);
    if (raw == null) {
      return null;
    }
    Map<String, String> values = new LinkedHashMap<>();
    raw.forEach((name, value) -> values.put(name, PercentDecoding.decode(value)));
    return values;
  }

  /**
   * The path's parameter values as received, still percent-encoded, when {@code actual} fits the
   * template, or null: a label or matrix value must be split before it is decoded.
   */
  public Map<String, String> matchRaw(String actual) {
    List<String> names = new ArrayList<>();
    StringBuilder regex = new StringBuilder();
    // A path key may carry a fragment or query ("/cookies#form") to tell operations apart;
    // neither is part of the path a request arrives on.
    String template = path.split("[#?]", 2)[0];
    Matcher braces = Pattern.compile("\\{([^}]+)}").matcher(template);
    int last = 0;
    while (braces.find()) {
      regex.append(Pattern.quote(template.substring(last, braces.start()))).append("([^/]+)");
      names.add(braces.group(1));
      last = braces.end();
    }
    regex.append(Pattern.quote(template.substring(last)));
    Matcher matcher = Pattern.compile(regex.toString()).matcher(actual);
    if (!matcher.matches()) {
      return null;
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      values.put(names.get(i), matcher.group(i + 1));
    }
    return values;
  }

  /** Literal segments outrank templated ones: {@code /chats/access} before {@code /chats/{id}}. */
  public int literalLength() {
    return path.replaceAll("\\{[^}]*}", "").length();
  }

  public String describe() {
    return method + " " + path + (operationId.isEmpty() ? "" : " " + operationId);
  }
}
