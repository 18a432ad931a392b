package dev.typewire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.typewire.testing.internal.SchemaValidator;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The oracle validates what the description means: patterns as ECMA-262 reads them, each schema in
 * its dialect. A schema it cannot use gives no verdict, so each case also shows a wrong value is
 * still refused.
 */
class SchemaValidatorTest {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final String GUID = "#/paths/~1guids/get/parameters/0/schema";

  @Test
  void aPatternWithBareBracesIsReadAsEcma262ReadsIt() throws Exception {
    SchemaValidator validator =
        new SchemaValidator(
            Description.load(Path.of("src/test/resources/ecma-patterns/openapi.yaml")).tree());

    assertEquals(
        java.util.List.of(),
        validator.problems(JSON.textNode("{0123-4567-89ab-cdef-0123-4567-89ab-cdef}"), GUID));
    assertEquals(
        java.util.List.of(),
        validator.problems(JSON.textNode("0123456789abcdef0123456789abcdef"), GUID));
    assertEquals(1, validator.problems(JSON.textNode("{0123}"), GUID).size());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2})
  void eachSchemaIsValidatedInItsDialect(int parameter) throws Exception {
    SchemaValidator validator =
        new SchemaValidator(
            Description.load(Path.of("src/test/resources/schema-dialects/openapi.yaml")).tree());
    String pointer = "#/paths/~1numbers/get/parameters/" + parameter + "/schema";

    assertEquals(java.util.List.of(), validator.problems(JSON.numberNode(12), pointer));
    var problems = validator.problems(JSON.numberNode(10), pointer);
    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).contains("minimum value of 10"), problems::toString);
  }

  @Test
  void theCheckPassesBothDescriptions() {
    for (String description : new String[] {"ecma-patterns", "schema-dialects"}) {
      CheckRun run = CheckRun.of("check", "src/test/resources/" + description + "/openapi.yaml");

      assertEquals(
          "CHECK operations=1 passed=1 failed=0 skipped=0", run.checkLine(), run.out() + run.err());
    }
  }
}
