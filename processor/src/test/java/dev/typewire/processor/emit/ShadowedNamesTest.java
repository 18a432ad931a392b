package dev.typewire.processor.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Only the generated names a file can capture are qualified: java.lang ones from the start, an
 * imported one once a file imports it (that file emitted again); the others never, which is what
 * keeps thousands of types from each carrying thousands of names.
 */
class ShadowedNamesTest {

  private static final String PKG = "com.example.shadow";

  @Test
  void qualifiesJavaLangNamesFromTheStartAndNoOthers() {
    ShadowedNames names = new ShadowedNames(Set.of("String", "Override", "Pet", "List", "Order"));

    assertEquals(Set.of("Override", "String"), names.qualified());
  }

  @Test
  void aFileImportingAGeneratedNameIsEmittedAgainWithItQualified() {
    ShadowedNames names = new ShadowedNames(Set.of("String", "List", "Pet"));
    AtomicInteger runs = new AtomicInteger();

    GeneratedSource source =
        names.source(
            PKG,
            () -> {
              runs.incrementAndGet();
              return holder("Holder", names);
            });

    assertEquals(2, runs.get());
    assertEquals(PKG + ".Holder", source.qualifiedName());
    assertTrue(source.text().contains("java.util.List<java.lang.String> items;"), source.text());
    assertFalse(source.text().contains("import java.util.List;"), source.text());
    assertEquals(Set.of("List", "String"), names.qualified());

    // Later files are stamped with the name already: emitted once.
    runs.set(0);
    GeneratedSource next =
        names.source(
            PKG,
            () -> {
              runs.incrementAndGet();
              return holder("Other", names);
            });
    assertEquals(1, runs.get());
    assertTrue(next.text().contains("java.util.List<java.lang.String> items;"), next.text());
  }

  @Test
  void importsNoGeneratedClassHasAreLeftAlone() {
    ShadowedNames names = new ShadowedNames(Set.of("Pet"));
    AtomicInteger runs = new AtomicInteger();

    GeneratedSource source =
        names.source(
            PKG,
            () -> {
              runs.incrementAndGet();
              return holder("Holder", names);
            });

    assertEquals(1, runs.get());
    assertTrue(source.text().contains("import java.util.List;"), source.text());
    assertTrue(source.text().contains("List<String> items;"), source.text());
    assertEquals(Set.of(), names.qualified());
  }

  /** A type with a {@code List<String>} field, stamped with the names qualified so far. */
  private static TypeSpec holder(String name, ShadowedNames names) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(name)
            .addField(
                FieldSpec.builder(
                        ParameterizedTypeName.get(
                            ClassName.get(List.class), ClassName.get(String.class)),
                        "items")
                    .build());
    names.qualified().forEach(type::alwaysQualify);
    return type.build();
  }
}
