package dev.typewire.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.typewire.processor.model.ObjectType;
import dev.typewire.processor.model.Parameter;
import dev.typewire.processor.model.Property;
import dev.typewire.processor.model.TypeRef;
import java.util.List;

/**
 * Writes the statements of a params record's {@code applyTo} that put each query, header and cookie
 * parameter on the request, in the parameter's style: a list repeated or joined, a map or record as
 * {@code name[key]=value} (deepObject), all cookies together as one {@code Cookie} header ({@code
 * a=1; b=2}).
 */
final class ParameterWriter {

  private static final ClassName COLLECTORS = ClassName.get("java.util.stream", "Collectors");
  private static final ClassName STRING_JOINER = ClassName.get("java.util", "StringJoiner");
  private static final ClassName JSON_PARAMETER =
      ClassName.get("dev.typewire.runtime", "JsonParameter");

  private final EmitContext context;

  ParameterWriter(EmitContext context) {
    this.context = context;
  }

  void write(MethodSpec.Builder applyTo, List<Parameter> parameters) {
    List<Parameter> cookies =
        parameters.stream().filter(p -> p.location() == Parameter.Location.COOKIE).toList();
    for (Parameter parameter : parameters) {
      switch (parameter.location()) {
        case QUERY -> query(applyTo, parameter);
        case HEADER ->
            applyTo.addStatement(
                "request.header($L, $L)", StringLiteral.of(parameter.wireName()), value(parameter));
        default -> {
          // Cookies are written together below; path parameters are not in params records.
        }
      }
    }
    if (!cookies.isEmpty()) {
      applyTo.addStatement(
          "$T cookies = new $T($L)", STRING_JOINER, STRING_JOINER, StringLiteral.of("; "));
      for (Parameter cookie : cookies) {
        applyTo
            .beginControlFlow("if ($N != null)", cookie.javaName())
            .addStatement(
                "cookies.add($L + $L)", StringLiteral.of(cookie.wireName() + "="), present(cookie))
            .endControlFlow();
      }
      applyTo
          .beginControlFlow("if (cookies.length() > 0)")
          .addStatement("request.header($L, cookies.toString())", StringLiteral.of("Cookie"))
          .endControlFlow();
    }
  }

  private void query(MethodSpec.Builder applyTo, Parameter parameter) {
    if (parameter.style() == Parameter.Style.DEEP_OBJECT) {
      if (parameter.type() instanceof TypeRef.MapOf) {
        applyTo
            .beginControlFlow("if ($N != null)", parameter.javaName())
            .addStatement(
                "$N.forEach((key, value) -> request.query($L + key + $L, value))",
                parameter.javaName(),
                StringLiteral.of(parameter.wireName() + "["),
                StringLiteral.of("]"))
            .endControlFlow();
        return;
      }
      ObjectType record = context.objectType(parameter.type());
      if (record != null) {
        for (Property property : record.properties()) {
          applyTo.addStatement(
              "request.query($L, $N == null ? null : $N.$N())",
              StringLiteral.of(parameter.wireName() + "[" + property.wireName() + "]"),
              parameter.javaName(),
              parameter.javaName(),
              property.javaName());
        }
        return;
      }
    }
    applyTo.addStatement(
        "request.query($L, $L)", StringLiteral.of(parameter.wireName()), value(parameter));
  }

  /** The parameter's value as sent: a delimited list joined into one string, else as is. */
  private static CodeBlock value(Parameter parameter) {
    if (joined(parameter) || parameter.style() == Parameter.Style.JSON) {
      return CodeBlock.of("$N == null ? null : $L", parameter.javaName(), present(parameter));
    }
    return CodeBlock.of("$N", parameter.javaName());
  }

  /** The value as sent, once known not to be null; binds tighter than {@code +}. */
  private static CodeBlock present(Parameter parameter) {
    if (parameter.style() == Parameter.Style.JSON) {
      return CodeBlock.of("$T.text($N)", JSON_PARAMETER, parameter.javaName());
    }
    if (joined(parameter)) {
      return CodeBlock.of(
          "$N.stream().map($T::valueOf).collect($T.joining($L))",
          parameter.javaName(),
          String.class,
          COLLECTORS,
          StringLiteral.of(parameter.delimiter()));
    }
    return CodeBlock.of("$N", parameter.javaName());
  }

  /** A list outside the query (always comma-joined there) or a delimited query list. */
  private static boolean joined(Parameter parameter) {
    return parameter.type() instanceof TypeRef.ListOf
        && (parameter.location() != Parameter.Location.QUERY
            || parameter.style() == Parameter.Style.DELIMITED);
  }
}
