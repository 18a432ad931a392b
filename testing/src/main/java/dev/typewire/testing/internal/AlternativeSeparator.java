package dev.typewire.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a value that several alternatives of a {@code oneOf} accept into one that only the chosen
 * alternative accepts. Minimal objects often fit every alternative (none forbids extra properties),
 * so the value gets a property that another alternative declares, with a value that alternative
 * rejects and the chosen one still accepts; the validator confirms each step.
 */
public final class AlternativeSeparator {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Values of every JSON type: one of them breaks whatever type a property declares. */
  private static final List<JsonNode> PROBES =
      List.of(
          NODES.numberNode(1),
          NODES.textNode("a"),
          NODES.booleanNode(true),
          NODES.nullNode(),
          NODES.objectNode(),
          NODES.arrayNode(),
          NODES.numberNode(1.5));

  private final ApiDescription description;
  private final SchemaValidator validator;

  public AlternativeSeparator(ApiDescription description, SchemaValidator validator) {
    this.description = description;
    this.validator = validator;
  }

  /**
   * {@code value}, changed where needed so that the alternative {@code chosen} of the union at
   * {@code union} ({@code oneOf} or {@code anyOf} named by {@code keyword}) accepts it and the
   * other ones do not; the value unchanged when no change helps.
   */
  public JsonNode separated(JsonNode value, String union, String keyword, int chosen) {
    if (!(value instanceof ObjectNode object)) {
      return value;
    }
    String chosenPointer = union + "/" + keyword + "/" + chosen;
    ObjectNode current = object.deepCopy();
    int alternatives = description.resolve(description.at(union)).path(keyword).size();
    for (int other = 0; other < alternatives; other++) {
      String otherPointer = union + "/" + keyword + "/" + other;
      if (other == chosen || !validator.problems(current, otherPointer).isEmpty()) {
        continue;
      }
      ObjectNode changed = rejectedBy(current, otherPointer, chosenPointer);
      if (changed != null) {
        current = changed;
      }
    }
    return current;
  }

  /**
   * A copy of {@code value} with one property that {@code other} rejects, or null. Properties the
   * chosen alternative declares come first: the generated record of that alternative carries them
   * to the wire, where an undeclared one would be dropped.
   */
  private ObjectNode rejectedBy(ObjectNode value, String other, String chosen) {
    Set<String> names =
        new LinkedHashSet<>(ObjectShape.of(description, chosen).properties().keySet());
    Set<String> declaredByOther = ObjectShape.of(description, other).properties().keySet();
    names.retainAll(declaredByOther);
    names.addAll(declaredByOther);
    for (String name : names) {
      for (JsonNode probe : PROBES) {
        ObjectNode copy = value.deepCopy();
        copy.set(name, probe);
        if (!validator.problems(copy, other).isEmpty()
            && validator.problems(copy, chosen).isEmpty()) {
          return copy;
        }
      }
    }
    return null;
  }
}
