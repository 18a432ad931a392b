package dev.typewire.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.typewire.processor.model.SecurityScheme;
import dev.typewire.processor.read.JavaNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * The client builder's credential methods, one pair (a value, a supplier) per security scheme. A
 * scheme alone of its kind gets the kind's name ({@code bearerToken}, {@code apiKey}, {@code
 * basicAuth}); schemes sharing a kind are named after themselves.
 */
final class CredentialSetters {

  private static final TypeName STRING_SUPPLIER =
      ParameterizedTypeName.get(Supplier.class, String.class);

  private final ClassName builderName;
  private final Map<SecurityScheme, String> names = new LinkedHashMap<>();

  /** Claims the method names in {@code used}, in the order the description lists the schemes. */
  CredentialSetters(ClassName builderName, List<SecurityScheme> schemes, Set<String> used) {
    this.builderName = builderName;
    Map<String, Long> kinds =
        schemes.stream()
            .collect(Collectors.groupingBy(CredentialSetters::kindName, Collectors.counting()));
    for (SecurityScheme scheme : schemes) {
      String natural = kindName(scheme);
      String wanted = kinds.get(natural) > 1 ? JavaNames.lowerCamel(scheme.id()) : natural;
      names.put(scheme, JavaNames.distinct(wanted, used));
    }
  }

  private static String kindName(SecurityScheme scheme) {
    return switch (scheme.kind()) {
      case API_KEY_HEADER, API_KEY_QUERY, API_KEY_COOKIE -> "apiKey";
      case BASIC -> "basicAuth";
      case BEARER -> "bearerToken";
      case HTTP -> JavaNames.lowerCamel(scheme.name()) + "Credentials";
    };
  }

  List<MethodSpec> methods() {
    List<MethodSpec> methods = new ArrayList<>();
    names.forEach(
        (scheme, name) -> {
          String what = what(scheme);
          CodeBlock id = StringLiteral.of(scheme.id());
          String description = Javadocs.text(scheme.docs());
          String doc =
              what
                  + " for security scheme "
                  + JavadocText.code(scheme.id())
                  + "; never logged"
                  + (description.isEmpty() ? "" : ".\n\n<p>" + Javadocs.wrap(description, 3));
          if (scheme.kind() == SecurityScheme.Kind.BASIC) {
            methods.add(
                start(name, doc + ".\n\n@param user the user name\n@param password the password\n")
                    .addParameter(String.class, "user")
                    .addParameter(String.class, "password")
                    .addStatement("options.credential($L, user + \":\" + password)", id)
                    .addStatement("return this")
                    .build());
          } else {
            methods.add(
                start(name, doc + ".\n\n@param value the credential\n")
                    .addParameter(String.class, "value")
                    .addStatement("options.credential($L, value)", id)
                    .addStatement("return this")
                    .build());
          }
          String supplied =
              scheme.kind() == SecurityScheme.Kind.BASIC
                  ? "{@code user:password}"
                  : "the credential";
          methods.add(
              start(
                      name,
                      doc
                          + ", asking {@code value} for it on every request (rotating tokens, one"
                          + " key per tenant).\n\n@param value returns "
                          + supplied
                          + "; null or empty means none for that request\n")
                  .addParameter(STRING_SUPPLIER, "value")
                  .addStatement("options.credential($L, value)", id)
                  .addStatement("return this")
                  .build());
        });
    return methods;
  }

  private MethodSpec.Builder start(String name, String doc) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .returns(builderName)
        .addJavadoc("$L@return this builder\n", doc);
  }

  private static String what(SecurityScheme scheme) {
    String name = JavadocText.code(scheme.name());
    return switch (scheme.kind()) {
      case API_KEY_HEADER -> "Sets the API key sent in header " + name;
      case API_KEY_QUERY -> "Sets the API key sent as query parameter " + name;
      case API_KEY_COOKIE -> "Sets the API key sent as cookie " + name;
      case BASIC -> "Sets the user and password sent as {@code Authorization: Basic ...}";
      case BEARER ->
          scheme.tokenSource()
              ? "Sets the OAuth 2 / OpenID Connect access token sent as {@code Authorization:"
                  + " Bearer ...} (obtaining and refreshing it is up to you)"
              : "Sets the token sent as {@code Authorization: Bearer ...}";
      case HTTP ->
          "Sets the credentials sent as {@code Authorization: "
              + JavadocText.prose(scheme.name())
              + " ...}";
    };
  }

  /** The builder call the client's class Javadoc shows, or empty without schemes. */
  String example() {
    return names.entrySet().stream()
        .findFirst()
        .map(
            entry ->
                entry.getKey().kind() == SecurityScheme.Kind.BASIC
                    ? "." + entry.getValue() + "(\"user\", System.getenv(\"API_PASSWORD\"))"
                    : "." + entry.getValue() + "(System.getenv(\"API_TOKEN\"))")
        .orElse("");
  }
}
