package dev.typewire.runtime;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What a {@link UnionDecoder} needs to know of one generated union: its variants in declaration
 * order, each with the JSON kind it is decoded from, the properties it declares (required or not,
 * with their JSON kinds) and how to build the union's value from the decoded one; the discriminator
 * property and its values, if any; and how to keep a value no variant takes. A generated union
 * builds its table once, in a static field. For generated code.
 *
 * @param <T> the union's sealed interface
 */
public final class UnionVariants<T> {

  private final Class<T> union;
  private final Function<JsonNode, ? extends T> unknown;
  private final String discriminator;
  private final List<Variant<T>> variants;
  private final Map<String, Variant<T>> byTag;
  // For each property name some variant declares, which variants do: one lookup per property of
  // the value, however many variants there are.
  private final Map<String, Name> declared;

  /**
   * One alternative: how to decode it, and what its shape is made of.
   *
   * @param build makes the union's value of what Jackson decoded for {@code type}
   * @param required how many properties it requires
   */
  record Variant<T>(
      int index, JsonKind kind, JavaType type, Function<Object, ? extends T> build, int required) {}

  /** A property declared by the variant at {@code variant}. */
  private record Declared(int variant, JsonKind kind, boolean required) {}

  /**
   * A property name some variant declares.
   *
   * @param slot where a tally notes that the value carried it, so that a repeat counts once
   */
  private record Name(int slot, List<Declared> declaring) {}

  private UnionVariants(Builder<T> builder) {
    this.union = builder.union;
    this.unknown = builder.unknown;
    this.discriminator = builder.discriminator;
    List<Variant<T>> all = new ArrayList<>();
    Map<String, Variant<T>> tags = new HashMap<>();
    Map<String, List<Declared>> properties = new HashMap<>();
    for (Builder.Draft<T> draft : builder.drafts) {
      Variant<T> variant =
          new Variant<>(all.size(), draft.kind, draft.type, draft.build, draft.required.size());
      all.add(variant);
      draft.tags.forEach(tag -> tags.putIfAbsent(tag, variant));
      draft.properties.forEach(
          (name, kind) ->
              properties
                  .computeIfAbsent(name, n -> new ArrayList<>())
                  .add(new Declared(variant.index(), kind, draft.required.contains(name))));
    }
    this.variants = List.copyOf(all);
    this.byTag = Map.copyOf(tags);
    Map<String, Name> names = new HashMap<>();
    properties.forEach(
        (name, list) ->
            names.put(name, new Name(3 * variants.size() + names.size(), List.copyOf(list))));
    this.declared = Map.copyOf(names);
  }

  /**
   * Starts the table of a union.
   *
   * @param union the union's sealed interface
   * @param unknown builds the union's {@code Unknown} from a value no variant takes
   * @param <T> the union's sealed interface
   * @return a builder, to which variants are added in declaration order
   */
  public static <T> Builder<T> builder(Class<T> union, Function<JsonNode, ? extends T> unknown) {
    return new Builder<>(union, unknown);
  }

  Class<T> union() {
    return union;
  }

  String discriminator() {
    return discriminator;
  }

  T unknown(JsonNode json) {
    return unknown.apply(json);
  }

  /** The variant a discriminator value selects, or null when the mapping lacks it. */
  Variant<T> tagged(String tag) {
    return byTag.get(tag);
  }

  /**
   * A zeroed tally for {@link #count} and {@link #candidates}: three counters per variant (declared
   * properties present, required ones present, properties of another kind), then a flag per
   * declared name.
   */
  int[] newTally() {
    return new int[3 * variants.size() + declared.size()];
  }

  /** Counts one property of an object value against every variant declaring it. */
  void count(String name, JsonToken value, int[] tally) {
    Name declaring = declared.get(name);
    // A tree keeps one of a repeated property: so does the tally.
    if (declaring == null || tally[declaring.slot()]++ > 0) {
      return;
    }
    for (int i = 0; i < declaring.declaring().size(); i++) {
      Declared property = declaring.declaring().get(i);
      int at = 3 * property.variant();
      tally[at]++;
      if (property.required()) {
        tally[at + 1]++;
      }
      // A null fits any declared kind; an other kind is a property the variant would coerce.
      if (value != JsonToken.VALUE_NULL && !property.kind().accepts(value)) {
        tally[at + 2]++;
      }
    }
  }

  /**
   * The variants a value may be, best first: those of its JSON kind whose required properties it
   * all carries; among them, those whose declared properties have the kinds the value carries first
   * (Jackson would coerce {@code 1} into {@code "1"}, so a variant that merely names a property
   * would win over an open one that keeps it as it came, and the value would not survive a decode
   * and re-encode); then the one declaring most of the value's properties; then declaration order.
   */
  List<Variant<T>> candidates(JsonToken first, int[] tally) {
    List<Variant<T>> fitting = new ArrayList<>(variants.size());
    for (Variant<T> variant : variants) {
      if (variant.kind().accepts(first) && tally[3 * variant.index() + 1] == variant.required()) {
        fitting.add(variant);
      }
    }
    // List.sort is stable: ties keep declaration order.
    fitting.sort(
        (a, b) -> {
          int byMismatches = Integer.compare(tally[3 * a.index() + 2], tally[3 * b.index() + 2]);
          return byMismatches != 0
              ? byMismatches
              : Integer.compare(score(b, tally), score(a, tally));
        });
    return fitting;
  }

  private static int score(Variant<?> variant, int[] tally) {
    return (variant.kind() == JsonKind.ANY ? 0 : 1) + tally[3 * variant.index()];
  }

  /**
   * Builds a {@link UnionVariants}. The methods {@link #tags}, {@link #required} and {@link
   * #optional} describe the variant added last.
   *
   * @param <T> the union's sealed interface
   */
  public static final class Builder<T> {
    private final Class<T> union;
    private final Function<JsonNode, ? extends T> unknown;
    private String discriminator;
    private final List<Draft<T>> drafts = new ArrayList<>();

    /** A variant being described. */
    private static final class Draft<T> {
      final JsonKind kind;
      final JavaType type;
      final Function<Object, ? extends T> build;
      final List<String> tags = new ArrayList<>();
      final Map<String, JsonKind> properties = new HashMap<>();
      final Set<String> required = new HashSet<>();

      Draft(JsonKind kind, JavaType type, Function<Object, ? extends T> build) {
        this.kind = kind;
        this.type = type;
        this.build = build;
      }
    }

    private Builder(Class<T> union, Function<JsonNode, ? extends T> unknown) {
      this.union = Objects.requireNonNull(union);
      this.unknown = Objects.requireNonNull(unknown);
    }

    /**
     * Names the property whose value selects the variant.
     *
     * @param property the discriminator property's wire name
     * @return this builder
     */
    public Builder<T> discriminator(String property) {
      this.discriminator = Objects.requireNonNull(property);
      return this;
    }

    /**
     * Adds a variant that is an object record implementing the union itself.
     *
     * @param type the record
     * @return this builder
     */
    public Builder<T> object(Class<? extends T> type) {
      return add(JsonKind.OBJECT, TypeFactory.defaultInstance().constructType(type), type::cast);
    }

    /**
     * Adds a variant whose value is wrapped in a record of the union.
     *
     * @param kind the JSON kind the value is decoded from
     * @param type the value's type
     * @param wrap builds the wrapping record
     * @param <V> the value's type
     * @return this builder
     */
    public <V> Builder<T> value(
        JsonKind kind, Class<V> type, Function<? super V, ? extends T> wrap) {
      return add(
          kind,
          TypeFactory.defaultInstance().constructType(type),
          value -> wrap.apply(type.cast(value)));
    }

    /**
     * Adds a variant whose value, of a generic type, is wrapped in a record of the union.
     *
     * @param kind the JSON kind the value is decoded from
     * @param type the value's type
     * @param wrap builds the wrapping record
     * @param <V> the value's type
     * @return this builder
     */
    public <V> Builder<T> value(
        JsonKind kind, TypeReference<V> type, Function<? super V, ? extends T> wrap) {
      return add(kind, TypeFactory.defaultInstance().constructType(type), unchecked(wrap));
    }

    // The decoder hands the wrapper what Jackson decoded for the variant's type: a V.
    @SuppressWarnings("unchecked")
    private static <V, T> Function<Object, ? extends T> unchecked(
        Function<? super V, ? extends T> wrap) {
      return value -> wrap.apply((V) value);
    }

    private Builder<T> add(JsonKind kind, JavaType type, Function<Object, ? extends T> build) {
      drafts.add(new Draft<>(kind, type, build));
      return this;
    }

    /**
     * Adds discriminator values that select the last variant.
     *
     * @param tags the values
     * @return this builder
     */
    public Builder<T> tags(String... tags) {
      last().tags.addAll(List.of(tags));
      return this;
    }

    /**
     * Declares a property the last variant requires: a value without it is not that variant.
     *
     * @param name the property's wire name
     * @param kind the JSON kind of its value
     * @return this builder
     */
    public Builder<T> required(String name, JsonKind kind) {
      Draft<T> variant = last();
      variant.properties.put(name, kind);
      variant.required.add(name);
      return this;
    }

    /**
     * Declares a property the last variant knows without requiring it.
     *
     * @param name the property's wire name
     * @param kind the JSON kind of its value
     * @return this builder
     */
    public Builder<T> optional(String name, JsonKind kind) {
      last().properties.putIfAbsent(name, kind);
      return this;
    }

    private Draft<T> last() {
      if (drafts.isEmpty()) {
        throw new IllegalStateException("no variant yet");
      }
      return drafts.get(drafts.size() - 1);
    }

    /**
     * Ends the table.
     *
     * @return the union's table
     */
    public UnionVariants<T> build() {
      return new UnionVariants<>(this);
    }
  }
}
