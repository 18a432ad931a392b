package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A union decoder prefers the variant whose declared properties have the JSON kinds the value
 * carries: Jackson would coerce {@code "company": 1} into a string, and the re-encoded value would
 * then fit both open alternatives of a {@code oneOf} (Lob's identity_validation, issue #12).
 */
class UnionPropertyKindsTest {

  private static final String PKG = SchemaCompiler.PKG;
  private static final GeneratedClasses classes =
      GeneratedClasses.compile("openapi/union-kinds.yaml", "-Xlint:all,-processing", "-Werror");

  private static Object roundTrip(String json, String variant) throws Exception {
    Object value = classes.roundTrip("Validation", json);
    assertEquals(PKG + "." + variant, value.getClass().getName(), json);
    return value;
  }

  @Test
  void compilesWithoutWarnings() {
    assertThat(classes.compilation()).succeededWithoutWarnings();
  }

  @Test
  void aPropertyOfAnotherKindIsKeptByTheVariantThatDoesNotDeclareIt() throws Exception {
    roundTrip("{\"confidence\":\"high\",\"company\":1}", "RecipientValidation");
    roundTrip("{\"confidence\":\"high\",\"recipient\":true}", "CompanyValidation");
  }

  @Test
  void matchingKindsStillChooseByTheMostDeclaredProperties() throws Exception {
    roundTrip("{\"confidence\":\"high\",\"company\":\"Lob\"}", "CompanyValidation");
    roundTrip("{\"confidence\":\"high\",\"recipient\":\"Larry\"}", "RecipientValidation");
  }
}
