package dev.typewire.processor.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.typewire.processor.diag.Diagnostics;
import dev.typewire.processor.diag.JsonPointer;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bundles relative-file {@code $ref}s ({@code common.yaml#/components/schemas/Owner}) into the
 * document before it is read: each referenced part is copied once under the same {@code components}
 * section of the main document (a schema that is not under {@code components} goes to {@code
 * components/schemas}, named after its last pointer token or file), and the ref is rewritten to
 * point at the copy. Refs inside a copied part are resolved against its own file, local ones
 * included. Every file and part is loaded once, so files that refer to each other in a cycle end.
 * Remote refs ({@code https://...}), paths leaving the schema's root and parts that cannot be
 * loaded are returned as {@link Failure}s for the reader to report where they are used.
 */
public final class ExternalRefs {

  /** Loads a file by its path relative to the class path root, as the schema itself was found. */
  @FunctionalInterface
  public interface Loader {
    String load(String path) throws Exception;
  }

  /**
   * A relative-file ref that could not be bundled, left for the reader to report in its context,
   * where it knows what skipping the part costs.
   *
   * @param id the diagnostic id: {@code TW-REF-EXTERNAL} or {@code TW-REF-DANGLING}
   * @param reason why the ref cannot be followed
   */
  public record Failure(String id, String reason) {}

  private static final int MAX_IMPORTS = 10_000;

  private record Pending(ObjectNode owner, String pointer, String base) {}

  private final ObjectNode root;
  private final String mainPath;
  private final Loader loader;
  private final Diagnostics diagnostics;
  private final Map<String, JsonNode> files = new HashMap<>();
  private final Map<String, String> imported = new HashMap<>();
  private final Deque<Pending> pending = new ArrayDeque<>();
  private final Map<String, Failure> failures = new HashMap<>();

  private ExternalRefs(ObjectNode root, String mainPath, Loader loader, Diagnostics diagnostics) {
    this.root = root;
    this.mainPath = mainPath;
    this.loader = loader;
    this.diagnostics = diagnostics;
  }

  /**
   * Rewrites every relative-file ref of the document in place.
   *
   * @return the refs that could not be followed, by the pointer of their {@code $ref}; each is left
   *     pointing outside the document, so the reader cannot mistake it for a local one
   */
  public static Map<String, Failure> bundle(
      SchemaDocument document, Loader loader, Diagnostics diagnostics) {
    if (document.root() instanceof ObjectNode root) {
      ExternalRefs bundler = new ExternalRefs(root, document.path(), loader, diagnostics);
      bundler.run();
      return Map.copyOf(bundler.failures);
    }
    return Map.of();
  }

  private void run() {
    collect(root, "#", mainPath);
    while (!pending.isEmpty()) {
      Pending next = pending.pop();
      rewrite(next);
    }
  }

  /** Queues every {@code $ref} below {@code node} that leaves the file {@code base}. */
  private void collect(JsonNode start, String startPointer, String base) {
    Deque<Object[]> walk = new ArrayDeque<>();
    walk.push(new Object[] {start, startPointer});
    while (!walk.isEmpty()) {
      Object[] item = walk.pop();
      JsonNode node = (JsonNode) item[0];
      String pointer = (String) item[1];
      if (node instanceof ObjectNode object) {
        JsonNode ref = object.get("$ref");
        if (ref != null
            && ref.isTextual()
            && (!ref.asText().startsWith("#") || !base.equals(mainPath))) {
          pending.push(new Pending(object, pointer, base));
        }
        for (Map.Entry<String, JsonNode> e : object.properties()) {
          walk.push(new Object[] {e.getValue(), JsonPointer.child(pointer, e.getKey())});
        }
      } else if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          walk.push(new Object[] {node.get(i), JsonPointer.child(pointer, i)});
        }
      }
    }
  }

  private void rewrite(Pending ref) {
    String text = ref.owner().get("$ref").asText();
    String refPointer = JsonPointer.child(ref.pointer(), "$ref");
    int hash = text.indexOf('#');
    String file = hash < 0 ? text : text.substring(0, hash);
    String fragment =
        hash < 0 ? "" : URLDecoder.decode(text.substring(hash + 1), StandardCharsets.UTF_8);
    String path = file.isEmpty() ? ref.base() : resolve(ref.base(), file);
    if (file.contains(":") || path == null) {
      failures.put(
          refPointer,
          new Failure(
              "TW-REF-EXTERNAL",
              "$ref '"
                  + text
                  + "' is not a relative file inside the schema's directory tree; only local refs"
                  + " ('#/...') and relative files ('common.yaml#/...') are supported"));
      return;
    }
    if (path.equals(mainPath)) {
      ref.owner().put("$ref", "#" + fragment);
      return;
    }
    String key = path + "#" + fragment;
    String local = imported.get(key);
    if (local == null) {
      local = importPart(path, fragment, text, refPointer);
      if (local == null) {
        // A ref local to another file must not be read as one into the main document.
        ref.owner().put("$ref", path + "#" + fragment);
        return;
      }
    }
    ref.owner().put("$ref", local);
  }

  private String importPart(String path, String fragment, String text, String refPointer) {
    JsonNode document = load(path, text, refPointer);
    if (document == null) {
      return null;
    }
    JsonNode target;
    try {
      target =
          fragment.isEmpty()
              ? document
              : document.at(com.fasterxml.jackson.core.JsonPointer.compile(fragment));
    } catch (IllegalArgumentException e) {
      target = null;
    }
    if (target == null || target.isMissingNode()) {
      failures.put(
          refPointer,
          new Failure("TW-REF-DANGLING", "$ref '" + text + "' points to nothing in " + path));
      return null;
    }
    if (imported.size() >= MAX_IMPORTS) {
      diagnostics.error(
          "TW-REF-LIMIT",
          refPointer,
          "more than "
              + MAX_IMPORTS
              + " parts imported from other files; a description this large is refused, to bound"
              + " the processor's time and memory");
      return null;
    }
    List<String> tokens = tokens(fragment);
    String kind =
        tokens.size() == 3 && tokens.get(0).equals("components") ? tokens.get(1) : "schemas";
    String name = tokens.isEmpty() ? baseName(path) : tokens.get(tokens.size() - 1);
    ObjectNode section = child(child(root, "components"), kind);
    String unique = name;
    for (int i = 2; section.has(unique); i++) {
      unique = name + i;
    }
    String local = "#/components/" + escape(kind) + "/" + escape(unique);
    imported.put(path + "#" + fragment, local);
    JsonNode copy = target.deepCopy();
    section.set(unique, copy);
    collect(copy, local, path);
    return local;
  }

  private JsonNode load(String path, String text, String refPointer) {
    JsonNode cached = files.get(path);
    if (cached != null) {
      return cached;
    }
    try {
      JsonNode document = SchemaParser.parse(path, loader.load(path)).root();
      files.put(path, document);
      return document;
    } catch (SchemaParser.ParseException e) {
      failures.put(
          refPointer,
          new Failure(
              "TW-REF-EXTERNAL",
              "$ref '"
                  + text
                  + "': "
                  + path
                  + (e.position() == null ? "" : ":" + e.position())
                  + ": "
                  + e.getMessage()));
    } catch (Exception e) {
      failures.put(
          refPointer,
          new Failure(
              "TW-REF-EXTERNAL", "$ref '" + text + "' cannot be loaded: " + e.getMessage()));
    }
    return null;
  }

  /** {@code file} relative to the directory of {@code base}, normalized; null if it leaves it. */
  static String resolve(String base, String file) {
    if (file.startsWith("/")) {
      return null;
    }
    int slash = base.lastIndexOf('/');
    String joined = (slash < 0 ? "" : base.substring(0, slash + 1)) + file;
    Deque<String> parts = new ArrayDeque<>();
    for (String part : joined.split("/", -1)) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (parts.isEmpty()) {
          return null;
        }
        parts.removeLast();
      } else {
        parts.addLast(part);
      }
    }
    return String.join("/", parts);
  }

  private static ObjectNode child(ObjectNode parent, String name) {
    return parent.get(name) instanceof ObjectNode existing ? existing : parent.putObject(name);
  }

  private static List<String> tokens(String fragment) {
    List<String> tokens = new ArrayList<>();
    if (fragment.length() > 1) {
      for (String token : fragment.substring(1).split("/", -1)) {
        tokens.add(token.replace("~1", "/").replace("~0", "~"));
      }
    }
    return tokens;
  }

  private static String baseName(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.indexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
