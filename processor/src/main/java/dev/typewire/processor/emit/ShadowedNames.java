package dev.typewire.processor.emit;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Keeps a schema's class names from capturing the types generated code means: a schema may name a
 * class like one generated code uses (String, List, JsonProperty, ApiRequest), and then the simple
 * name must keep meaning the generated class while the other type is written fully qualified.
 *
 * <p>Only two kinds of reference can be captured. A {@code java.lang} type is written by its simple
 * name without an import, so a class of the same name in the package would shadow it: those names
 * are qualified from the start. A type from another package is imported by its simple name (a
 * nested one through its imported outer class, which no package class captures): when a file
 * imports a name a generated class also has, that name is qualified from then on and the file is
 * emitted again, so that no file depends on an import shadowing a class of its own package (nor the
 * fake, in another package, on importing the client's classes).
 *
 * <p>Qualifying every generated class name in every file gives the same text, but JavaPoet copies
 * the set of names three times per type: with GitHub's 7,000 classes that was half of the
 * processor's time, growing with the square of the number of classes. The names qualified here are
 * the few that generated code actually refers to.
 */
final class ShadowedNames {

  private final Set<String> generated;
  private final Set<String> qualified = new TreeSet<>();

  /**
   * @param generated the simple names of every class generated into the package
   */
  ShadowedNames(Set<String> generated) {
    this.generated = generated;
    generated.stream().filter(ShadowedNames::isJavaLang).forEach(qualified::add);
  }

  /** The generated names every type qualifies (by {@link EmitContext#stamp}) so far. */
  Set<String> qualified() {
    return Collections.unmodifiableSet(qualified);
  }

  /**
   * The file of the type {@code emitter} builds, emitted again if it imports a generated name not
   * qualified yet. Emitting is pure, so running it twice only costs time: once per such name in a
   * whole run, since the name is qualified in every type stamped after.
   */
  GeneratedSource source(String packageName, Supplier<TypeSpec> emitter) {
    while (true) {
      TypeSpec type = emitter.get();
      String text = file(packageName, type).toString();
      // An import can stay: JavaPoet imports the outer class of a nested type whatever it is asked
      // to qualify (ClientOptions for ClientOptions.Builder), as it did with every name qualified.
      if (!qualified.addAll(capturedImports(text))) {
        String name = packageName.isEmpty() ? type.name() : packageName + "." + type.name();
        return new GeneratedSource(name, AsciiSource.of(text));
      }
    }
  }

  static JavaFile file(String packageName, TypeSpec type) {
    return JavaFile.builder(packageName, type).skipJavaLangImports(true).indent("  ").build();
  }

  /** The simple names imported by {@code text} that a generated class also has. */
  private Set<String> capturedImports(String text) {
    Set<String> captured = new HashSet<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String line = text.substring(start, end);
      if (line.startsWith("import ") && !line.startsWith("import static ")) {
        String simple = line.substring(line.lastIndexOf('.') + 1, line.length() - 1);
        if (generated.contains(simple)) {
          captured.add(simple);
        }
      } else if (!line.isEmpty() && !line.startsWith("package ")) {
        // JavaPoet writes the package, then the imports, then the type: nothing further imports.
        break;
      }
      start = end + 1;
    }
    return captured;
  }

  private static boolean isJavaLang(String simpleName) {
    try {
      // The bootstrap loader holds java.lang: a lookup that neither initializes nor leaves it.
      Class.forName("java.lang." + simpleName, false, null);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
