package dev.typewire.processor.read;

import dev.typewire.processor.model.ObjectType;
import dev.typewire.processor.model.Property;
import dev.typewire.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resolves where a paging declaration says a value sits in the response: a property name ({@code
 * "next_cursor"}) or a JSON pointer through nested objects ({@code "/meta/next"}), to the record
 * accessors that reach it and the value's type.
 */
final class PagingPaths {

  /** The accessors from the response to a value, and its type. */
  record Resolved(List<String> accessors, TypeRef type) {}

  private final SchemaTranslator schemas;

  PagingPaths(SchemaTranslator schemas) {
    this.schemas = schemas;
  }

  /** Empty when some step is not a property of a generated object. */
  Optional<Resolved> resolve(TypeRef response, String path) {
    List<String> steps = path.startsWith("/") ? pointerTokens(path) : List.of(path);
    List<String> accessors = new ArrayList<>();
    TypeRef type = response;
    for (String step : steps) {
      Property property = property(type, step);
      if (property == null) {
        return Optional.empty();
      }
      accessors.add(property.javaName());
      type = property.type();
    }
    return Optional.of(new Resolved(accessors, type));
  }

  private Property property(TypeRef type, String wireName) {
    if (type instanceof TypeRef.Named named
        && schemas.declaration(named.javaName()) instanceof ObjectType object) {
      for (Property property : object.properties()) {
        if (property.wireName().equals(wireName)) {
          return property;
        }
      }
    }
    return null;
  }

  private static List<String> pointerTokens(String pointer) {
    List<String> tokens = new ArrayList<>();
    int start = 1;
    for (int slash = pointer.indexOf('/', start); slash >= 0; slash = pointer.indexOf('/', start)) {
      tokens.add(unescape(pointer.substring(start, slash)));
      start = slash + 1;
    }
    tokens.add(unescape(pointer.substring(start)));
    return tokens;
  }

  private static String unescape(String token) {
    return token.replace("~1", "/").replace("~0", "~");
  }
}
