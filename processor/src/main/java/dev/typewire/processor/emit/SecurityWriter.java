package dev.typewire.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.typewire.processor.model.ApiModel;
import dev.typewire.processor.model.Operation;
import dev.typewire.processor.model.SecurityScheme;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Writes an operation's security requirements onto the {@code ApiRequest} it builds. */
final class SecurityWriter {

  private static final ClassName SCHEME = EmitContext.runtime("SecurityScheme");
  private static final ClassName LIST = ClassName.get(List.class);

  private SecurityWriter() {}

  /** {@code .security(...)}, or nothing when the operation declares no security. */
  static CodeBlock securityCall(Operation operation, ApiModel model) {
    if (operation.security() == null) {
      return CodeBlock.of("");
    }
    Map<String, SecurityScheme> schemes =
        model.securitySchemes().stream()
            .collect(Collectors.toMap(SecurityScheme::id, Function.identity()));
    CodeBlock alternatives =
        operation.security().stream()
            .map(
                requirement ->
                    CodeBlock.of(
                        "$T.of($L)",
                        LIST,
                        requirement.stream()
                            .map(id -> scheme(schemes.get(id)))
                            .collect(CodeBlock.joining(", "))))
            .collect(CodeBlock.joining(", "));
    return CodeBlock.of("\n.security($T.of($L))", LIST, alternatives);
  }

  private static CodeBlock scheme(SecurityScheme scheme) {
    CodeBlock id = StringLiteral.of(scheme.id());
    CodeBlock name = StringLiteral.of(scheme.name());
    return switch (scheme.kind()) {
      case API_KEY_HEADER -> CodeBlock.of("$T.apiKeyHeader($L, $L)", SCHEME, id, name);
      case API_KEY_QUERY -> CodeBlock.of("$T.apiKeyQuery($L, $L)", SCHEME, id, name);
      case API_KEY_COOKIE -> CodeBlock.of("$T.apiKeyCookie($L, $L)", SCHEME, id, name);
      case BASIC -> CodeBlock.of("$T.basic($L)", SCHEME, id);
      case BEARER -> CodeBlock.of("$T.bearer($L)", SCHEME, id);
      case HTTP -> CodeBlock.of("$T.http($L, $L)", SCHEME, id, name);
    };
  }
}
