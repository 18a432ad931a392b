package dev.typewire.processor;

import com.google.testing.compile.JavaFileObjects;

/** Compiles the Periskope client once per test JVM; several test classes use the result. */
final class PeriskopeClasses {

  static final String PKG = "com.example.periskope";

  private static GeneratedClasses classes;

  private PeriskopeClasses() {}

  static synchronized GeneratedClasses classes() {
    if (classes == null) {
      classes =
          new GeneratedClasses(
              SchemaCompiler.compiler("-Xlint:all,-processing", "-Werror")
                  .compile(
                      JavaFileObjects.forSourceLines(
                          PKG + ".package-info",
                          "@dev.typewire.GenerateClient(schema = \"periskope/openapi.json\")",
                          "package " + PKG + ";")));
    }
    return classes;
  }
}
