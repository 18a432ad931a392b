package dev.typewire.processor.emit;

import com.palantir.javapoet.JavaFile;

/**
 * One generated compilation unit as text, pure ASCII ({@link AsciiSource}). Emitters turn each
 * JavaPoet file into text at once: a large description gives thousands of files, and their JavaPoet
 * trees would otherwise all be held until the last one is built.
 */
public record GeneratedSource(String qualifiedName, String text) {

  static GeneratedSource of(JavaFile file) {
    String name =
        file.packageName().isEmpty()
            ? file.typeSpec().name()
            : file.packageName() + "." + file.typeSpec().name();
    return new GeneratedSource(name, AsciiSource.of(file.toString()));
  }
}
