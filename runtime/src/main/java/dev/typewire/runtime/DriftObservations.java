package dev.typewire.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.util.TokenBufferReadContext;
import java.util.ArrayList;
import java.util.List;

/**
 * What one response body carried beyond its schema, collected while it is decoded. It travels as an
 * attribute of the decode call ({@link com.fasterxml.jackson.databind.ObjectReader#withAttribute})
 * rather than a thread-local, so nested and asynchronous decodes cannot mix their findings; a
 * decode without it (a caller's own mapper use) records nothing.
 */
final class DriftObservations {

  /** One tolerated deviation, before it is counted. */
  record Observation(DriftKind kind, String type, String pointer, String example) {}

  private static final Object ATTRIBUTE = DriftObservations.class;

  private final List<Observation> observed = new ArrayList<>();

  static Object attribute() {
    return ATTRIBUTE;
  }

  /** Tells whether this decode collects drift: only calls made through a client do. */
  static boolean collecting(DeserializationContext context) {
    return context.getAttribute(ATTRIBUTE) != null;
  }

  /** Notes a deviation at the parser's current value, when the decode collects them. */
  static void note(
      DeserializationContext context,
      JsonParser parser,
      DriftKind kind,
      Class<?> type,
      Object example) {
    if (collecting(context)) {
      noteAt(context, kind, type, pointer(parser), example);
    }
  }

  /** Notes a deviation at {@code pointer}, when the decode collects them. */
  static void noteAt(
      DeserializationContext context,
      DriftKind kind,
      Class<?> type,
      String pointer,
      Object example) {
    if (context.getAttribute(ATTRIBUTE) instanceof DriftObservations observations) {
      observations.observed.add(
          new Observation(kind, type.getSimpleName(), pointer, String.valueOf(example)));
    }
  }

  boolean isEmpty() {
    return observed.isEmpty();
  }

  List<Observation> observed() {
    return observed;
  }

  /**
   * The JSON pointer of the parser's current value, array indexes as {@code *}: a drift in every
   * item of a list is one drift.
   */
  static String pointer(JsonParser parser) {
    JsonStreamContext context = parser.getParsingContext();
    // On a container's first token the parser already stands in the new (still unnamed) context.
    if (parser.hasToken(JsonToken.START_OBJECT) || parser.hasToken(JsonToken.START_ARRAY)) {
      context = context.getParent();
    }
    return pointerOf(context);
  }

  /** The JSON pointer of property {@code name} of the object whose value the parser stands on. */
  static String propertyPointer(JsonParser parser, String name) {
    JsonStreamContext holder = parser.getParsingContext();
    if (parser.hasToken(JsonToken.START_OBJECT) || parser.hasToken(JsonToken.START_ARRAY)) {
      holder = holder.getParent();
      // A record (property-based creator) buffers an unknown container value; the buffer's root is
      // a copy of that value's context, whose parent is the holding object: one level more.
      if (holder instanceof TokenBufferReadContext) {
        holder = holder.getParent();
      }
    }
    return pointerOf(holder.getParent()) + "/" + escape(name);
  }

  private static String pointerOf(JsonStreamContext context) {
    List<String> steps = new ArrayList<>();
    for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
      if (at.inArray()) {
        steps.add("*");
      } else if (at.getCurrentName() != null) {
        steps.add(escape(at.getCurrentName()));
      }
    }
    StringBuilder pointer = new StringBuilder();
    for (int i = steps.size() - 1; i >= 0; i--) {
      pointer.append('/').append(steps.get(i));
    }
    return pointer.toString();
  }

  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
