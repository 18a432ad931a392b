package dev.typewire.testing.internal;

import java.util.regex.Pattern;

/**
 * A description's {@code pattern} written for {@link Pattern}. JSON Schema and OpenAPI specify
 * {@code pattern} as an ECMA-262 regular expression, and without the {@code u} flag ECMA-262 reads
 * a few characters literally where Java's syntax gives them a meaning or rejects them: an opening
 * brace that does not start a quantifier <code>&#123;n&#125;</code>, <code>&#123;n,&#125;</code>,
 * <code>&#123;n,m&#125;</code> (Java: "Illegal repetition"), a closing brace that ends none, and
 * inside a character class a {@code [} (Java: a nested class) or {@code &&} (Java: an
 * intersection). Those are escaped; everything else (escapes, classes, groups, quantifiers,
 * anchors) means the same in both and is copied unchanged. Not translated: {@code $} (Java also
 * matches it before a final line break; networknt's validator rewrites it, the check's examples
 * never end in one) and an empty class {@code []} or {@code [^]}, which no description in the
 * corpus uses.
 */
public final class EcmaPattern {

  private static final Pattern QUANTIFIER = Pattern.compile("\\{\\d+(?:,\\d*)?}");

  private EcmaPattern() {}

  /** {@code ecma} with the characters ECMA-262 reads literally escaped for {@link Pattern}. */
  public static String inJavaSyntax(String ecma) {
    StringBuilder java = new StringBuilder(ecma.length() + 8);
    boolean inClass = false;
    int quantifierEnd = -1;
    for (int i = 0; i < ecma.length(); i++) {
      char c = ecma.charAt(i);
      if (c == '\\' && i + 1 < ecma.length()) {
        java.append(c).append(ecma.charAt(++i));
      } else if (inClass) {
        if (c == ']') {
          inClass = false;
          java.append(c);
        } else {
          java.append(c == '[' || c == '&' ? "\\" + c : String.valueOf(c));
        }
      } else if (c == '[') {
        inClass = true;
        java.append(c);
      } else if (c == '{') {
        var quantifier = QUANTIFIER.matcher(ecma).region(i, ecma.length());
        if (quantifier.lookingAt()) {
          quantifierEnd = quantifier.end() - 1;
          java.append(c);
        } else {
          java.append("\\{");
        }
      } else if (c == '}') {
        java.append(i == quantifierEnd ? "}" : "\\}");
      } else {
        java.append(c);
      }
    }
    return java.toString();
  }
}
