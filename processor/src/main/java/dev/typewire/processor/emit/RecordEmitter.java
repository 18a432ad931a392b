package dev.typewire.processor.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.typewire.processor.model.ObjectType;
import dev.typewire.processor.model.Property;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * One record per object schema. Wire names stay in {@code @JsonProperty}; a required property is
 * always written (null included) and an optional one only when set, so a decoded response
 * re-encodes to what the server sent. Properties a response must carry are marked
 * {@code @Required}: the runtime records their absence as drift rather than failing the decode.
 */
final class RecordEmitter {

  private final EmitContext context;
  private final Map<String, List<String>> unionsOfRecords;

  /**
   * @param unionsOfRecords for records that are union variants, the unions they implement
   */
  RecordEmitter(EmitContext context, Map<String, List<String>> unionsOfRecords) {
    this.context = context;
    this.unionsOfRecords = unionsOfRecords;
  }

  TypeSpec emit(ObjectType object) {
    ClassName name = context.className(object.javaName());
    TypeSpec.Builder record =
        context
            .stamp(TypeSpec.recordBuilder(name))
            .addModifiers(Modifier.PUBLIC)
            // No @JsonIgnoreProperties(ignoreUnknown = true): it would skip unknown properties
            // before the runtime's problem handler could report them as drift; that handler skips.
            .addAnnotation(include("NON_NULL"));
    List<String> unions = unionsOfRecords.getOrDefault(object.javaName(), List.of());
    for (String union : unions) {
      record.addSuperinterface(context.className(union));
    }
    if (!unions.isEmpty()) {
      record.addAnnotation(UnionEmitter.ownDeserializer());
    }
    CodeBlock.Builder javadoc = CodeBlock.builder().add(Javadocs.of(object.docs()));
    if (javadoc.isEmpty()) {
      javadoc.add("The $L object.\n", JavadocText.code(object.javaName()));
    }
    javadoc.add("\n");
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    for (Property property : object.properties()) {
      constructor.addParameter(component(object, property));
      String text = Javadocs.text(property.docs());
      javadoc.add(
          "@param $L $L\n",
          property.javaName(),
          text.isEmpty()
              ? "the " + JavadocText.code(property.wireName()) + " property"
              : Javadocs.param(property.javaName(), text));
    }
    String extra = null;
    if (object.additionalProperties() != null) {
      extra = extraName(object);
      constructor.addParameter(extraComponent(object, extra));
      javadoc.add("@param $L the properties the schema does not declare, by wire name\n", extra);
    }
    record.addJavadoc(javadoc.build()).recordConstructor(constructor.build());
    SecretToString.addTo(record, name.simpleName(), object, extra);
    CollectionCopies.addTo(record, object, extra);
    if (object.docs().deprecated()) {
      record.addAnnotation(Deprecated.class);
    }
    // Every record has a builder: request bodies to send, responses to stub in tests. Only a
    // request body's build() checks the documented constraints.
    BuilderEmitter builders = new BuilderEmitter(context);
    List<BuilderEmitter.Field> fields = new ArrayList<>(builders.fields(object));
    if (extra != null) {
      fields.add(
          new BuilderEmitter.Field(
              extra,
              extraType(object),
              extra,
              true,
              false,
              false,
              false,
              "the undeclared properties"));
    }
    ClassName selfReference = unions.isEmpty() ? name : qualified(name);
    record.addType(
        new CodecEmitter(context)
            .record(object, selfReference, extra, object.additionalProperties()));
    builders.addBuilder(
        record,
        name,
        selfReference,
        fields,
        object.requestBody() ? requestChecks(object, record) : CodeBlock.of(""));
    return record.build();
  }

  /**
   * The record's name as its builder must write it when the record is a union variant: the union's
   * nested types ({@code Unknown}, the value wrappers) are inherited members of the record, so one
   * with the record's own simple name would shadow it. JavaPoet writes the enclosing type by its
   * simple name, hence a name it cannot resolve and prints as given: the canonical name, made of
   * identifiers only.
   */
  private static ClassName qualified(ClassName name) {
    return ClassName.get("", name.canonicalName());
  }

  /**
   * The constraint checks of a request body's builder. Only {@code build()} checks: the canonical
   * constructor, which Jackson decodes responses through, does not, so a server breaking its own
   * constraints never makes a response undecodable.
   */
  private static CodeBlock requestChecks(ObjectType object, TypeSpec.Builder record) {
    ConstraintWriter constraints =
        new ConstraintWriter(
            object.properties().stream().map(Property::javaName).collect(Collectors.toSet()));
    CodeBlock.Builder checks = CodeBlock.builder();
    for (Property property : object.properties()) {
      CodeBlock value =
          object.distinguishesNull(property)
              ? CodeBlock.of("$N.orElseNull()", property.javaName())
              : CodeBlock.of("$N", property.javaName());
      checks.add(
          constraints.checks(
              property.wireName(),
              property.javaName(),
              value,
              property.type(),
              property.constraints()));
    }
    constraints.addPatternFields(record);
    return checks.build();
  }

  /**
   * Undeclared properties ({@code additionalProperties} beside declared ones) go to one map
   * component: Jackson fills it from every key no other component takes and writes its entries
   * beside the declared ones.
   */
  private ParameterSpec extraComponent(ObjectType object, String javaName) {
    return ParameterSpec.builder(context.nullable(extraType(object), true), javaName)
        .addAnnotation(EmitContext.jackson("JsonAnySetter"))
        .addAnnotation(EmitContext.jackson("JsonAnyGetter"))
        .build();
  }

  private TypeName extraType(ObjectType object) {
    return ParameterizedTypeName.get(
        ClassName.get(Map.class),
        ClassName.get(String.class),
        context.typeName(object.additionalProperties()));
  }

  /** {@code additionalProperties}, or with underscores until no declared property has it. */
  private static String extraName(ObjectType object) {
    Set<String> taken = new HashSet<>();
    object.properties().forEach(p -> taken.add(p.javaName()));
    String name = "additionalProperties";
    while (taken.contains(name)) {
      name = name + "_";
    }
    return name;
  }

  private ParameterSpec component(ObjectType object, Property property) {
    boolean distinguishesNull = object.distinguishesNull(property);
    TypeName type =
        distinguishesNull
            ? ParameterizedTypeName.get(
                EmitContext.runtime("OptionalNullable"), context.typeName(property.type()))
            : context.nullable(context.typeName(property.type()), property.nullable());
    ParameterSpec.Builder component =
        ParameterSpec.builder(type, property.javaName())
            .addAnnotation(
                AnnotationSpec.builder(EmitContext.jackson("JsonProperty"))
                    .addMember("value", StringLiteral.of(property.wireName()))
                    .build());
    // A response need not carry a write-only property, required or not.
    if (property.required() && !property.writeOnly()) {
      component.addAnnotation(EmitContext.runtime("Required"));
    }
    if (property.alwaysWritten()) {
      component.addAnnotation(include("ALWAYS"));
    } else if (distinguishesNull) {
      // An OptionalNullable is empty when absent: left out, while its null state is written.
      component.addAnnotation(include("NON_EMPTY"));
    }
    if (property.stringEncoded()) {
      component.addAnnotation(
          AnnotationSpec.builder(EmitContext.jackson("JsonFormat"))
              .addMember("shape", "$T.Shape.STRING", EmitContext.jackson("JsonFormat"))
              .build());
    }
    if (property.docs().deprecated()) {
      component.addAnnotation(Deprecated.class);
    }
    return component.build();
  }

  private static AnnotationSpec include(String policy) {
    ClassName include = EmitContext.jackson("JsonInclude");
    return AnnotationSpec.builder(include)
        .addMember("value", "$T.Include.$L", include, policy)
        .build();
  }
}
