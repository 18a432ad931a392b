package dev.typewire.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.util.TokenBufferReadContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What one response body carried beyond its schema, collected while it is decoded. It travels as an
 * attribute of the decode call ({@link com.fasterxml.jackson.databind.ObjectReader#withAttribute})
 * rather than a thread-local, so nested and asynchronous decodes cannot mix their findings; a
 * decode without it (a caller's own mapper use) records nothing.
 *
 * <p>A body that drifts in every item of a list repeats one deviation thousands of times, so each
 * distinct one is counted where it is found: a repeat walks the parser's context to compare it with
 * the first, and allocates nothing (no pointer text, no example).
 */
final class DriftObservations {

  private static final Object ATTRIBUTE = DriftObservations.class;

  /** An array index in a pointer: a drift in every item of a list is one drift. */
  private static final String ANY_INDEX = "*";

  /** One distinct deviation within the body, and how often it occurred. */
  static final class Tally {
    private final DriftKind kind;
    private final Class<?> type;
    // The pointer's unescaped steps, innermost first; the pointer text is built once, when read.
    private final String[] steps;
    private final String example;
    private String pointer;
    private long count = 1;

    private Tally(DriftKind kind, Class<?> type, String[] steps, String example) {
      this.kind = kind;
      this.type = type;
      this.steps = steps;
      this.example = example;
    }

    DriftKind kind() {
      return kind;
    }

    String type() {
      return type.getSimpleName();
    }

    String pointer() {
      if (pointer == null) {
        StringBuilder text = new StringBuilder();
        for (int i = steps.length - 1; i >= 0; i--) {
          text.append('/').append(escape(steps[i]));
        }
        pointer = text.toString();
      }
      return pointer;
    }

    String example() {
      return example;
    }

    long count() {
      return count;
    }

    /**
     * Whether this tally is the deviation at {@code leaf} below {@code place}. The steps are
     * compared innermost first, where distinct deviations of one type usually differ, in the same
     * walk up the context chain that reaches the root.
     */
    private boolean matches(DriftKind kind, Class<?> type, String leaf, JsonStreamContext place) {
      if (this.kind != kind || this.type != type) {
        return false;
      }
      int i = 0;
      if (leaf != null) {
        if (steps.length == 0 || !steps[0].equals(leaf)) {
          return false;
        }
        i = 1;
      }
      for (JsonStreamContext c = place; c != null && !c.inRoot(); c = c.getParent()) {
        String step = step(c);
        if (step != null) {
          if (i == steps.length || !steps[i].equals(step)) {
            return false;
          }
          i++;
        }
      }
      return i == steps.length;
    }
  }

  private final List<Tally> tallies = new ArrayList<>();

  // A union variant is read from its buffer by a parser of its own, while the context's parser
  // already stands on the union value's last token: what the variant's objects leave out is placed
  // by this one. Null for a whole body.
  private final JsonParser variantReader;

  /** Observations of a whole body. */
  DriftObservations() {
    this(null);
  }

  /**
   * Observations of one union variant read by {@code variantReader}, kept apart until the variant
   * is the one decoded; see {@link #addAll}.
   */
  DriftObservations(JsonParser variantReader) {
    this.variantReader = variantReader;
  }

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
    if (context.getAttribute(ATTRIBUTE) instanceof DriftObservations observations) {
      observations.count(kind, type, null, valueContext(parser), example);
    }
  }

  /**
   * Notes a deviation at property {@code name} of the object just closed. Neither a record's codec
   * nor Jackson's creator is handed the parser that read it, so the place comes from here.
   */
  static void noteMissing(DeserializationContext context, Class<?> type, String name) {
    if (context.getAttribute(ATTRIBUTE) instanceof DriftObservations observations) {
      JsonParser parser =
          observations.variantReader != null ? observations.variantReader : context.getParser();
      // Once closed, the parser's context is the object's place.
      observations.count(DriftKind.MISSING_REQUIRED, type, name, parser.getParsingContext(), "");
    }
  }

  /** This decode's observations, or null when it collects none. */
  static DriftObservations of(DeserializationContext context) {
    return context.getAttribute(ATTRIBUTE) instanceof DriftObservations observations
        ? observations
        : null;
  }

  /**
   * Counts one more occurrence of a deviation already noted in this body, if it is one.
   *
   * @param leaf a last step below {@code place}, or null
   * @param place the parser context whose steps lead to the deviation
   * @return whether it was a repeat; if not, nothing was noted
   */
  boolean countRepeat(DriftKind kind, Class<?> type, String leaf, JsonStreamContext place) {
    for (int i = 0; i < tallies.size(); i++) {
      Tally tally = tallies.get(i);
      if (tally.matches(kind, type, leaf, place)) {
        tally.count++;
        return true;
      }
    }
    return false;
  }

  /** Notes the first occurrence of a deviation; see {@link #countRepeat}. */
  void addFirst(
      DriftKind kind, Class<?> type, String leaf, JsonStreamContext place, Object example) {
    tallies.add(new Tally(kind, type, steps(leaf, place), String.valueOf(example)));
  }

  /** Adds what {@code other} noted, counting a deviation both noted as one. */
  void addAll(DriftObservations other) {
    for (Tally found : other.tallies) {
      Tally known = find(found);
      if (known == null) {
        tallies.add(found);
      } else {
        known.count += found.count;
      }
    }
  }

  private Tally find(Tally other) {
    for (Tally tally : tallies) {
      if (tally.kind == other.kind
          && tally.type == other.type
          && Arrays.equals(tally.steps, other.steps)) {
        return tally;
      }
    }
    return null;
  }

  private void count(
      DriftKind kind, Class<?> type, String leaf, JsonStreamContext place, Object example) {
    if (!countRepeat(kind, type, leaf, place)) {
      addFirst(kind, type, leaf, place, example);
    }
  }

  boolean isEmpty() {
    return tallies.isEmpty();
  }

  List<Tally> tallies() {
    return tallies;
  }

  /** The context whose steps are the pointer of the parser's current value. */
  static JsonStreamContext valueContext(JsonParser parser) {
    JsonStreamContext context = parser.getParsingContext();
    // On a container's first token (or an entered object's first name) the parser already stands
    // in the value's own, still unnamed, context.
    if (parser.hasToken(JsonToken.START_OBJECT)
        || parser.hasToken(JsonToken.START_ARRAY)
        || parser.hasToken(JsonToken.FIELD_NAME)) {
      context = context.getParent();
    }
    return context;
  }

  /**
   * The context whose steps lead to the object holding the property whose value the parser stands
   * on. Reading that value leaves this context and its parents as they are.
   */
  static JsonStreamContext propertyPlace(JsonParser parser) {
    JsonStreamContext holder = parser.getParsingContext();
    if (parser.hasToken(JsonToken.START_OBJECT) || parser.hasToken(JsonToken.START_ARRAY)) {
      holder = holder.getParent();
      // A record (property-based creator) buffers an unknown container value; the buffer's root is
      // a copy of that value's context, whose parent is the holding object: one level more.
      if (holder instanceof TokenBufferReadContext) {
        holder = holder.getParent();
      }
    }
    return holder.getParent();
  }

  /** The step a context adds to a pointer, or null for none (the root, an unnamed object). */
  private static String step(JsonStreamContext context) {
    return context.inArray() ? ANY_INDEX : context.getCurrentName();
  }

  private static String[] steps(String leaf, JsonStreamContext place) {
    List<String> steps = new ArrayList<>();
    if (leaf != null) {
      steps.add(leaf);
    }
    for (JsonStreamContext c = place; c != null && !c.inRoot(); c = c.getParent()) {
      String step = step(c);
      if (step != null) {
        steps.add(step);
      }
    }
    return steps.toArray(new String[0]);
  }

  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
