package dev.typewire.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import com.networknt.schema.regex.JDKRegularExpressionFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Validates values against schemas of the description with networknt's JSON Schema validator, an
 * implementation that shares nothing with Typewire: it is the oracle of {@code typewire check}. The
 * bundled description is registered as one document, so every schema is named by its pointer and
 * local {@code $ref}s resolve as the description means them; 3.0 documents use the OpenAPI 3.0
 * dialect ({@code nullable}, discriminators choosing the alternative: {@link DiscriminatedUnions}),
 * 3.1 documents the OpenAPI 3.1 one or their {@code jsonSchemaDialect} ({@link SchemaDialects}).
 * {@code pattern}s are ECMA-262 expressions, read by {@link java.util.regex.Pattern} once {@link
 * EcmaPattern} has escaped what ECMA-262 takes literally and Java does not.
 */
public final class SchemaValidator {

  private static final String DOCUMENT = "https://typewire.invalid/check/description.json";

  private final ApiDescription description;
  private final Map<String, Schema> schemas = new HashMap<>();
  private final Map<String, String> unusable = new HashMap<>();
  private SchemaRegistry registry;
  private JsonNode tree;
  private SchemaDialects dialects;
  private Schema document;

  /**
   * Nothing is compiled yet: the registry is built at the first validation, so that a fake starts
   * without paying for schemas no request has used.
   */
  public SchemaValidator(ApiDescription description) {
    this.description = description;
  }

  private void compile() {
    if (registry != null) {
      return;
    }
    this.tree = DiscriminatedUnions.forValidation(description);
    String text = tree.toString();
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder()
            .formatAssertionsEnabled(true)
            .regularExpressionFactory(
                pattern ->
                    JDKRegularExpressionFactory.getInstance()
                        .getRegularExpression(EcmaPattern.inJavaSyntax(pattern)))
            .build();
    this.dialects = new SchemaDialects(tree, description.isOpenApi31());
    this.registry =
        SchemaRegistry.builder()
            .defaultDialectId(dialects.defaultId())
            .dialectRegistry(dialects.registry())
            .schemas(Map.of(DOCUMENT, text))
            .schemaRegistryConfig(config)
            .build();
  }

  /** The pointer as the validated tree spells it: a discriminated 3.0 union became an anyOf. */
  private String inTree(String pointer) {
    if (!tree.at(pointer.substring(1)).isMissingNode()) {
      return pointer;
    }
    String renamed = pointer.replace("/oneOf/", "/anyOf/");
    return tree.at(renamed.substring(1)).isMissingNode() ? pointer : renamed;
  }

  /**
   * The whole description as one schema, loaded once: loading each pointer by its location makes
   * the registry parse and keep another copy of the document per pointer (gigabytes for Box's).
   */
  private Schema document() {
    if (document == null) {
      document = registry.getSchema(SchemaLocation.of(DOCUMENT));
    }
    return document;
  }

  /** A {@code #/...} pointer as the validator's path into the document. */
  private NodePath nodePath(String pointer) {
    NodePath path = new NodePath(PathType.JSON_POINTER);
    JsonNode node = tree;
    for (String token : pointer.substring(2).split("/", -1)) {
      String name = token.replace("~1", "/").replace("~0", "~");
      if (node.isArray()) {
        int index = Integer.parseInt(name);
        path = path.append(index);
        node = node.path(index);
      } else {
        path = path.append(name);
        node = node.path(name);
      }
    }
    return path;
  }

  /**
   * What is wrong with {@code value} against the schema at {@code pointer} ({@code #/...}), one
   * line per problem naming the instance location; empty when it is valid.
   */
  public synchronized List<String> problems(JsonNode value, String pointer) {
    compile();
    List<String> problems = new ArrayList<>();
    try {
      Schema schema =
          schemas.computeIfAbsent(pointer, p -> document().getSubSchema(nodePath(inTree(p))));
      for (Error error : schema.validate(value)) {
        problems.add(error.getInstanceLocation() + ": " + error.getMessage());
      }
    } catch (RuntimeException e) {
      // A regex Java cannot compile, a keyword its dialect spells otherwise (draft-06's numeric
      // exclusiveMinimum given a boolean): no verdict is possible, and saying so is better than a
      // verdict either way.
      JsonNode named = tree.at(inTree(pointer).substring(1)).path("$schema");
      String dialect = named.isTextual() ? named.textValue() : dialects.defaultId();
      String reason =
          "the validator cannot use the schema at "
              + pointer
              + " (dialect "
              + dialect
              + "): "
              + e.getMessage();
      unusable.put(pointer, reason);
      problems.add(reason);
    }
    return problems;
  }

  /**
   * Why the validator could not use the schema at {@code pointer}, once {@link #problems} has
   * tried: the schema is invalid in its own dialect, a defect of the description rather than the
   * client.
   */
  Optional<String> unusable(String pointer) {
    return Optional.ofNullable(unusable.get(pointer));
  }
}
