package dev.typewire.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;

/** Runs the processor on a package annotated with a given schema path. */
final class SchemaCompiler {

  static final String PKG = "com.example.broken";

  private SchemaCompiler() {}

  static Compilation compile(String schema, String... options) {
    return compiler(options).compile(packageInfo(schema));
  }

  static Compiler compiler(String... options) {
    return Compiler.javac().withProcessors(new TypewireProcessor()).withOptions(List.of(options));
  }

  static javax.tools.JavaFileObject packageInfo(String schema) {
    return JavaFileObjects.forSourceLines(
        PKG + ".package-info",
        "@dev.typewire.GenerateClient(schema = \"" + schema + "\")",
        "package " + PKG + ";");
  }
}
