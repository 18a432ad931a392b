package dev.typewire.processor.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.typewire.processor.model.ObjectType;
import dev.typewire.processor.model.Property;
import javax.lang.model.element.Modifier;

/**
 * One record per object schema. Wire names stay in {@code @JsonProperty}; a required property is
 * always written (null included) and an optional one only when set, so a decoded response
 * re-encodes to what the server sent.
 */
final class RecordEmitter {

  private final EmitContext context;

  RecordEmitter(EmitContext context) {
    this.context = context;
  }

  TypeSpec emit(ObjectType object) {
    ClassName name = context.className(object.javaName());
    TypeSpec.Builder record =
        context
            .stamp(TypeSpec.recordBuilder(name))
            .addModifiers(Modifier.PUBLIC)
            .addAnnotation(
                AnnotationSpec.builder(EmitContext.jackson("JsonIgnoreProperties"))
                    .addMember("ignoreUnknown", "true")
                    .build())
            .addAnnotation(include("NON_NULL"));
    CodeBlock.Builder javadoc = CodeBlock.builder().add(Javadocs.of(object.docs()));
    if (javadoc.isEmpty()) {
      javadoc.add("The {@code $L} object.\n", object.javaName());
    }
    javadoc.add("\n");
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    for (Property property : object.properties()) {
      constructor.addParameter(component(property));
      String text = Javadocs.text(property.docs());
      javadoc.add(
          "@param $L $L\n",
          property.javaName(),
          text.isEmpty() ? "the {@code " + property.wireName() + "} property" : text);
    }
    record.addJavadoc(javadoc.build()).recordConstructor(constructor.build());
    if (object.docs().deprecated()) {
      record.addAnnotation(Deprecated.class);
    }
    if (object.requestBody()) {
      new BuilderEmitter(context).addBuilder(record, name, object.properties());
    }
    return record.build();
  }

  private ParameterSpec component(Property property) {
    ParameterSpec.Builder component =
        ParameterSpec.builder(
                context.nullable(context.typeName(property.type()), property.nullable()),
                property.javaName())
            .addAnnotation(
                AnnotationSpec.builder(EmitContext.jackson("JsonProperty"))
                    .addMember("value", "$S", property.wireName())
                    .build());
    if (property.required()) {
      component.addAnnotation(include("ALWAYS"));
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
