package dev.typewire.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeSpec;
import dev.typewire.processor.model.Constraints;
import dev.typewire.processor.model.Parameter;
import dev.typewire.processor.model.TypeRef;
import dev.typewire.processor.model.TypeRef.Scalar;
import dev.typewire.processor.read.JavaNames;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * Statements that check one value against its schema's {@link Constraints} through the runtime's
 * {@code ParameterChecks}, and the patterns they use: each distinct pattern is compiled once per
 * generated class, into a {@code private static final Pattern}. A rule applies only to the kind of
 * value it is defined for (length and pattern to strings, item counts to lists, bounds to numbers);
 * on any other type it is not checked (the reader has warned: TW-CONSTRAINT). Rules of array items
 * are checked in a loop over the items. One instance per generated class.
 */
final class ConstraintWriter {

  private static final ClassName CHECKS = EmitContext.runtime("ParameterChecks");
  private static final Set<Scalar> NUMBERS =
      EnumSet.of(
          Scalar.INTEGER, Scalar.LONG, Scalar.BIG_INTEGER, Scalar.DOUBLE, Scalar.BIG_DECIMAL);

  /** Field name by pattern text. */
  private final Map<String, String> patternFields = new LinkedHashMap<>();

  private final Set<String> fieldNames = new HashSet<>();

  /** Every variable a check may be written beside, so loop variables stay distinct from them. */
  private final Set<String> namesInScope;

  ConstraintWriter(Set<String> namesInScope) {
    this.namesInScope = Set.copyOf(namesInScope);
  }

  /**
   * The checks of a parameter held in a variable of its Java name: present when required, then its
   * rules.
   */
  CodeBlock parameterChecks(Parameter parameter) {
    CodeBlock.Builder code = CodeBlock.builder();
    if (parameter.required()) {
      code.addStatement(
          "$T.required($L, $N)",
          CHECKS,
          StringLiteral.of(parameter.wireName()),
          parameter.javaName());
    }
    return code.add(
            checks(
                parameter.wireName(),
                parameter.javaName(),
                CodeBlock.of("$N", parameter.javaName()),
                parameter.type(),
                parameter.constraints()))
        .build();
  }

  /**
   * The checks for {@code value}, an expression of the value's Java type that may be null.
   *
   * @param javaName names the pattern field
   */
  CodeBlock checks(
      String wireName, String javaName, CodeBlock value, TypeRef type, Constraints rules) {
    return checks(wireName, javaName, value, type, rules, new HashSet<>(namesInScope));
  }

  private CodeBlock checks(
      String wireName,
      String javaName,
      CodeBlock value,
      TypeRef type,
      Constraints rules,
      Set<String> taken) {
    CodeBlock.Builder code = CodeBlock.builder();
    if (type instanceof TypeRef.Primitive primitive && NUMBERS.contains(primitive.scalar())) {
      numberChecks(code, wireName, value, rules);
    } else if (type instanceof TypeRef.Primitive primitive && primitive.scalar() == Scalar.STRING) {
      if (rules.minLength() != null || rules.maxLength() != null) {
        code.addStatement(
            "$T.length($L, $L, $L, $L)",
            CHECKS,
            StringLiteral.of(wireName),
            value,
            bound(rules.minLength()),
            bound(rules.maxLength()));
      }
      if (rules.pattern() != null) {
        code.addStatement(
            "$T.pattern($L, $L, $N)",
            CHECKS,
            StringLiteral.of(wireName),
            value,
            patternField(javaName, rules));
      }
    } else if (type instanceof TypeRef.ListOf list) {
      if (rules.minItems() != null || rules.maxItems() != null) {
        code.addStatement(
            "$T.size($L, $L, $L, $L)",
            CHECKS,
            StringLiteral.of(wireName),
            value,
            bound(rules.minItems()),
            bound(rules.maxItems()));
      }
      if (rules.uniqueItems()) {
        code.addStatement("$T.uniqueItems($L, $L)", CHECKS, StringLiteral.of(wireName), value);
      }
      if (rules.items() != null) {
        itemChecks(code, wireName, javaName, value, list, rules.items(), taken);
      }
    }
    return code.build();
  }

  private void itemChecks(
      CodeBlock.Builder code,
      String wireName,
      String javaName,
      CodeBlock value,
      TypeRef.ListOf list,
      Constraints itemRules,
      Set<String> taken) {
    String item = JavaNames.distinct("item", taken);
    CodeBlock each =
        checks(
            wireName + " item",
            javaName + "Item",
            CodeBlock.of("$N", item),
            list.items(),
            itemRules,
            taken);
    if (!each.isEmpty()) {
      code.beginControlFlow("if ($L != null)", value)
          .beginControlFlow("for (var $N : $L)", item, value)
          .add(each)
          .endControlFlow()
          .endControlFlow();
    }
  }

  /** Adds the fields holding the compiled patterns the checks so far refer to. */
  void addPatternFields(TypeSpec.Builder type) {
    patternFields.forEach(
        (pattern, field) ->
            type.addField(
                FieldSpec.builder(
                        Pattern.class, field, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    // Schema text: only ever a string literal.
                    .initializer("$T.compile($L)", Pattern.class, StringLiteral.of(pattern))
                    .build()));
  }

  private static void numberChecks(
      CodeBlock.Builder code, String wireName, CodeBlock value, Constraints rules) {
    if (rules.minimum() != null && rules.maximum() != null) {
      code.addStatement(
          "$T.range($L, $L, $L, $L)",
          CHECKS,
          StringLiteral.of(wireName),
          value,
          literal(rules.minimum()),
          literal(rules.maximum()));
    } else if (rules.minimum() != null) {
      code.addStatement(
          "$T.minimum($L, $L, $L)",
          CHECKS,
          StringLiteral.of(wireName),
          value,
          literal(rules.minimum()));
    } else if (rules.maximum() != null) {
      code.addStatement(
          "$T.maximum($L, $L, $L)",
          CHECKS,
          StringLiteral.of(wireName),
          value,
          literal(rules.maximum()));
    }
    if (rules.exclusiveMinimum() != null) {
      code.addStatement(
          "$T.exclusiveMinimum($L, $L, $L)",
          CHECKS,
          StringLiteral.of(wireName),
          value,
          literal(rules.exclusiveMinimum()));
    }
    if (rules.exclusiveMaximum() != null) {
      code.addStatement(
          "$T.exclusiveMaximum($L, $L, $L)",
          CHECKS,
          StringLiteral.of(wireName),
          value,
          literal(rules.exclusiveMaximum()));
    }
    if (rules.multipleOf() != null) {
      code.addStatement(
          "$T.multipleOf($L, $L, $L)",
          CHECKS,
          StringLiteral.of(wireName),
          value,
          literal(rules.multipleOf()));
    }
  }

  private String patternField(String javaName, Constraints rules) {
    return patternFields.computeIfAbsent(
        rules.pattern(),
        pattern -> {
          String base = ApiEmitter.constantName(javaName) + "_PATTERN";
          String name = base;
          for (int i = 2; !fieldNames.add(name); i++) {
            name = base + "_" + i;
          }
          return name;
        });
  }

  private static int bound(Integer value) {
    return value == null ? -1 : value;
  }

  /** A Java literal for a schema number: numbers only, so no schema text reaches code. */
  private static CodeBlock literal(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    boolean integral = stripped.scale() <= 0;
    if (integral && stripped.toBigInteger().bitLength() < 64) {
      return CodeBlock.of("$LL", stripped.toBigInteger());
    }
    if (!integral && stripped.precision() <= 15 && stripped.scale() < 300) {
      return CodeBlock.of("$L", stripped.toPlainString());
    }
    // Beyond long or double: compared exactly by ParameterChecks.
    return CodeBlock.of("new $T($L)", BigDecimal.class, StringLiteral.of(stripped.toPlainString()));
  }
}
