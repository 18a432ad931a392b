package dev.typewire.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * What one side of a codec ({@link ValueReads} or {@link ValueWrites}) adds to its class: a field
 * per Jackson (de)serializer it resolves once, and a method per list or map type it loops over.
 */
final class CodecMembers {

  private final String fieldPrefix;
  // Resolved (de)serializers by the type they handle, in order of first use.
  private final Map<TypeName, String> resolved = new LinkedHashMap<>();
  private final Map<String, String> loopNames = new LinkedHashMap<>();
  private final List<MethodSpec> loops = new ArrayList<>();

  CodecMembers(String fieldPrefix) {
    this.fieldPrefix = fieldPrefix;
  }

  /** The field holding the resolved (de)serializer of {@code type}, claimed on first use. */
  String field(TypeName type) {
    return resolved.computeIfAbsent(type, t -> fieldPrefix + resolved.size());
  }

  /**
   * The name of the loop method for {@code key}, built by {@code build} on first use. The name is
   * claimed before building, so a loop over nested lists can call it; the inner loops it adds come
   * first.
   */
  String loop(String key, String prefix, Function<String, MethodSpec> build) {
    String known = loopNames.get(key);
    if (known != null) {
      return known;
    }
    String name = prefix + loopNames.size();
    loopNames.put(key, name);
    loops.add(build.apply(name));
    return name;
  }

  /** The fields; transient, as the codec is serializable. */
  List<FieldSpec> fields(ClassName fieldType) {
    TypeName type = ParameterizedTypeName.get(fieldType, ClassName.get(Object.class));
    return resolved.values().stream()
        .map(name -> FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.TRANSIENT).build())
        .toList();
  }

  /** The resolved types and their fields, in order of first use. */
  Map<TypeName, String> resolved() {
    return resolved;
  }

  List<MethodSpec> loops() {
    return loops;
  }
}
