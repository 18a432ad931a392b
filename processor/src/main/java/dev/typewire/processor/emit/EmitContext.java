package dev.typewire.processor.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.typewire.processor.model.ApiModel;
import dev.typewire.processor.model.ObjectType;
import dev.typewire.processor.model.TypeDecl;
import dev.typewire.processor.model.TypeRef;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import javax.lang.model.element.Element;

/**
 * What every emitter shares: the target package, the model, and how model types map to Java types.
 *
 * @param origin the annotated package element, recorded as every file's originating element
 * @param jspecify JSpecify is on the class path: mark types {@code @NullMarked} and nullable values
 *     {@code @Nullable}. Optional so that the runtime needs nothing beyond Jackson.
 * @param classNames the simple names of every class generated into the package
 * @param shadowed how those names are kept from capturing other types' simple names
 */
public record EmitContext(
    String packageName,
    ApiModel model,
    String typewireVersion,
    Element origin,
    boolean jspecify,
    Map<String, TypeDecl> declarations,
    Set<String> classNames,
    ShadowedNames shadowed) {

  public EmitContext(
      String packageName,
      ApiModel model,
      String typewireVersion,
      Element origin,
      boolean jspecify) {
    this(packageName, model, typewireVersion, origin, jspecify, classNames(model));
  }

  private EmitContext(
      String packageName,
      ApiModel model,
      String typewireVersion,
      Element origin,
      boolean jspecify,
      Set<String> classNames) {
    this(
        packageName,
        model,
        typewireVersion,
        origin,
        jspecify,
        byName(model.types()),
        classNames,
        new ShadowedNames(classNames));
  }

  private static Set<String> classNames(ApiModel model) {
    Set<String> names = new HashSet<>();
    names.add(model.clientName());
    model.types().forEach(type -> names.add(type.javaName()));
    names.addAll(model.apiClasses().values());
    names.addAll(model.paramsClasses().values());
    return Set.copyOf(names);
  }

  private static Map<String, TypeDecl> byName(List<TypeDecl> types) {
    Map<String, TypeDecl> byName = new HashMap<>();
    types.forEach(type -> byName.put(type.javaName(), type));
    return Map.copyOf(byName);
  }

  /** The record a type refers to, or null when it names no record. */
  ObjectType objectType(TypeRef type) {
    return type instanceof TypeRef.Named named
            && declarations.get(named.javaName()) instanceof ObjectType object
        ? object
        : null;
  }

  private static final ClassName NULLABLE = ClassName.get("org.jspecify.annotations", "Nullable");
  private static final ClassName NULL_MARKED =
      ClassName.get("org.jspecify.annotations", "NullMarked");

  static final String RUNTIME = "dev.typewire.runtime";
  static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");

  public ClassName className(String simpleName) {
    return ClassName.get(packageName, simpleName);
  }

  static ClassName runtime(String simpleName) {
    return ClassName.get(RUNTIME, simpleName);
  }

  static ClassName jackson(String simpleName) {
    return ClassName.get("com.fasterxml.jackson.annotation", simpleName);
  }

  public TypeName typeName(TypeRef type) {
    if (type instanceof TypeRef.Primitive primitive) {
      return scalar(primitive.scalar());
    }
    if (type instanceof TypeRef.Named named) {
      return className(named.javaName());
    }
    if (type instanceof TypeRef.ListOf list) {
      return ParameterizedTypeName.get(ClassName.get(List.class), typeName(list.items()));
    }
    if (type instanceof TypeRef.MapOf map) {
      return ParameterizedTypeName.get(
          ClassName.get(Map.class), ClassName.get(String.class), typeName(map.values()));
    }
    return JSON_NODE;
  }

  private static TypeName scalar(TypeRef.Scalar scalar) {
    return switch (scalar) {
      case STRING -> ClassName.get(String.class);
      case INTEGER -> ClassName.get(Integer.class);
      case LONG -> ClassName.get(Long.class);
      case BIG_INTEGER -> ClassName.get(BigInteger.class);
      case DOUBLE -> ClassName.get(Double.class);
      case BIG_DECIMAL -> ClassName.get(BigDecimal.class);
      case BOOLEAN -> ClassName.get(Boolean.class);
      case DATE_TIME -> ClassName.get(OffsetDateTime.class);
      case DATE -> ClassName.get(LocalDate.class);
      case UUID -> ClassName.get(UUID.class);
      case EPOCH_MILLIS -> ClassName.get(Instant.class);
      case BYTES -> runtime("Bytes");
      case FILE -> runtime("UploadFile");
      case DOWNLOAD -> runtime("BinaryResponse");
    };
  }

  /** {@code type}, annotated {@code @Nullable} when {@code nullable} and JSpecify is present. */
  TypeName nullable(TypeName type, boolean nullable) {
    if (!jspecify || !nullable || type.isPrimitive()) {
      return type;
    }
    return type.annotated(AnnotationSpec.builder(NULLABLE).build());
  }

  /**
   * Marks a generated type: {@code @Generated} naming Typewire, {@code @NullMarked} when JSpecify
   * is present, and its originating element; and makes it refer to the types that share a generated
   * class's simple name by their qualified names ({@link ShadowedNames}).
   */
  TypeSpec.Builder stamp(TypeSpec.Builder type) {
    // One name per call: JavaPoet formats the whole argument array for every name it adds (an
    // eager error message), so passing several at once costs the square of their number.
    for (String name : shadowed.qualified()) {
      type.alwaysQualify(name);
    }
    if (jspecify) {
      type.addAnnotation(NULL_MARKED);
    }
    // Generated code uses the schema's own deprecated types, properties and operations (records
    // hold them, APIs pass them on); only the user's uses of them should warn. This also covers
    // javac's "@Deprecated has no effect" on the canonical constructor of a deprecated component.
    type.addAnnotation(
        AnnotationSpec.builder(SuppressWarnings.class)
            .addMember("value", StringLiteral.of("deprecation"))
            .build());
    type.addAnnotation(
        AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
            .addMember("value", StringLiteral.of("dev.typewire.processor.TypewireProcessor"))
            .addMember(
                "comments",
                "$L",
                StringLiteral.of(
                    "Typewire "
                        + typewireVersion
                        + " from "
                        + model.schemaPath()
                        + " "
                        + model.version()))
            .build());
    if (origin != null) {
      type.addOriginatingElement(origin);
    }
    return type;
  }

  public JavaFile file(TypeSpec type) {
    return ShadowedNames.file(packageName, type);
  }

  /**
   * The source of the type {@code emitter} builds and stamps ({@link #stamp}), in this package; the
   * emitter may run twice ({@link ShadowedNames#source}).
   */
  GeneratedSource source(Supplier<TypeSpec> emitter) {
    return shadowed.source(packageName, emitter);
  }

  /** As {@link #source(Supplier)}, for a type of another package (the fake's). */
  GeneratedSource source(String otherPackage, Supplier<TypeSpec> emitter) {
    return shadowed.source(otherPackage, emitter);
  }
}
