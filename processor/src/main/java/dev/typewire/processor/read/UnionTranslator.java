package dev.typewire.processor.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewire.processor.diag.JsonPointer;
import dev.typewire.processor.model.TypeRef;
import dev.typewire.processor.model.UnionType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Translates a {@code oneOf}/{@code anyOf} of several schemas into a {@link UnionType}: one variant
 * per distinct alternative, tagged by the discriminator's values when there is one.
 */
final class UnionTranslator {

  private final SchemaTranslator schemas;

  UnionTranslator(SchemaTranslator schemas) {
    this.schemas = schemas;
  }

  UnionType union(String name, NormalizedSchema normalized, String pointer) {
    JsonNode schema = normalized.node();
    String keyword = normalized.unionKeyword();
    JsonNode options = schema.get(keyword);
    String optionsPointer = JsonPointer.child(pointer, keyword);
    JsonNode discriminatorNode = schema.get("discriminator");
    String discriminator =
        discriminatorNode == null ? null : discriminatorNode.path("propertyName").asText(null);
    Map<String, List<String>> tagsByRef = discriminatorTags(discriminatorNode);
    List<UnionType.Variant> variants = new ArrayList<>();
    Set<TypeRef> seen = new HashSet<>();
    Set<String> wrapperNames =
        new HashSet<>(
            List.of("Unknown", "Decoder", "Fit", "UnionUnknown", "UnionDecoder", "UnionFit", name));
    boolean shared = SchemaShapes.hasProperties(schema);
    for (int index : normalized.options()) {
      JsonNode option = options.get(index);
      String optionPointer = JsonPointer.child(optionsPointer, index);
      String title = option.path("title").asText("");
      String component = RefResolver.componentName(option, "schemas");
      TypeRef type;
      if (shared) {
        // Each variant is a record of its own: the shared properties plus the alternative's.
        String own =
            !title.isBlank() ? title : component != null ? component : "Option" + (index + 1);
        type =
            schemas.mergedVariant(
                name + JavaNames.upperCamel(own), schema, pointer, option, optionPointer);
      } else {
        String hint =
            name + (title.isBlank() ? "Option" + (index + 1) : JavaNames.upperCamel(title));
        type = schemas.typeOf(option, optionPointer, hint).type();
      }
      if (!seen.add(type)) {
        continue;
      }
      List<String> tags = new ArrayList<>();
      if (discriminator != null) {
        String ref = option.path("$ref").asText(null);
        if (ref != null) {
          tags.addAll(tagsByRef.getOrDefault(ref, List.of()));
          if (tags.isEmpty() && component != null) {
            tags.add(component);
          }
        }
      }
      variants.add(
          new UnionType.Variant(
              type, JavaNames.distinct(wrapperName(type), wrapperNames), List.copyOf(tags)));
    }
    return new UnionType(name, pointer, normalized.docs(), List.copyOf(variants), discriminator);
  }

  /** The discriminator's mapping inverted: each target ref to the values that name it. */
  private static Map<String, List<String>> discriminatorTags(JsonNode discriminator) {
    Map<String, List<String>> tags = new LinkedHashMap<>();
    JsonNode mapping = discriminator == null ? null : discriminator.get("mapping");
    if (mapping != null && mapping.isObject()) {
      for (Map.Entry<String, JsonNode> entry : mapping.properties()) {
        String target = entry.getValue().asText("");
        // A bare name stands for the component schema of that name.
        String ref = target.contains("/") || target.startsWith("#") ? target : null;
        tags.computeIfAbsent(
                ref == null ? "#/components/schemas/" + target : ref, k -> new ArrayList<>())
            .add(entry.getKey());
      }
    }
    return tags;
  }

  /** The name of the record wrapping a variant that is not an object record. */
  private static String wrapperName(TypeRef type) {
    if (type instanceof TypeRef.Primitive primitive) {
      return JavaNames.upperCamel(primitive.scalar().name().toLowerCase(Locale.ROOT)) + "Value";
    }
    if (type instanceof TypeRef.Named named) {
      return named.javaName() + "Value";
    }
    if (type instanceof TypeRef.ListOf) {
      return "ListValue";
    }
    if (type instanceof TypeRef.MapOf) {
      return "MapValue";
    }
    return "JsonValue";
  }
}
