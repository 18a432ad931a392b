package dev.typewire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckCommandTest {

  private static final String PETS = "src/test/resources/pets/openapi.yaml";
  private static final String SECRET = "s3cret-token-value";

  @Test
  void aDescriptionWithRelativeFileRefsPassesAgainstTheBuiltInServer() {
    CheckRun run = CheckRun.of("check", PETS);

    assertEquals(
        List.of(
            "PASS GET /pets/{petId} getPet",
            "PASS POST /pets createPet",
            "CHECK operations=2 passed=2 failed=0 skipped=0"),
        run.lines(),
        run.err());
    assertEquals(0, run.exit());
  }

  @Test
  void operationsWithTheirOwnServersAreCheckedAgainstTheBuiltInServerToo() {
    CheckRun run = CheckRun.of("check", "src/test/resources/servers/openapi.yaml");

    assertEquals(
        List.of(
            "PASS GET /uploads listUploads",
            "PASS GET /files listFiles",
            "CHECK operations=2 passed=2 failed=0 skipped=0"),
        run.lines(),
        run.err());
    assertEquals(0, run.exit());
  }

  @Test
  void baseUrlSendsTheGivenCredentialAndNeverPrintsIt() throws Exception {
    try (TestServer server = new TestServer(200, "{\"id\": 7, \"name\": \"Rex\"}")) {
      CheckRun run =
          CheckRun.of(
              "check", PETS, "--base-url", server.url(), "--credential", "apiToken=" + SECRET);

      assertEquals(0, run.exit(), run.out() + run.err());
      assertEquals("CHECK operations=2 passed=2 failed=0 skipped=0", run.checkLine());
      // Each operation twice: its method, then its *Async twin.
      assertEquals(Collections.nCopies(4, "Bearer " + SECRET), server.authorizations);
      assertFalse(run.out().contains(SECRET));
      assertFalse(run.err().contains(SECRET));
    }
  }

  @Test
  void withoutACredentialAPlaceholderIsSent() throws Exception {
    try (TestServer server = new TestServer(200, "{\"id\": 7, \"name\": \"Rex\"}")) {
      CheckRun run = CheckRun.of("check", PETS, "--base-url", server.url());

      assertEquals(0, run.exit(), run.out() + run.err());
      assertEquals("Bearer " + Credentials.PLACEHOLDER, server.authorizations.get(0));
    }
  }

  @Test
  void aResponseThatDecodesButDoesNotReEncodeValidlyFails() throws Exception {
    // "name" is required and missing: the client decodes it as null, and the re-encoded value
    // (required properties are always written) is no longer what the schema allows.
    try (TestServer server = new TestServer(200, "{\"id\": 7}")) {
      CheckRun run = CheckRun.of("check", PETS, "--base-url", server.url());

      assertEquals(1, run.exit());
      assertEquals("CHECK operations=2 passed=0 failed=2 skipped=0", run.checkLine());
      String fail = run.lines("FAIL").get(0);
      assertTrue(fail.startsWith("FAIL GET /pets/{petId} getPet: response re-encoded"), fail);
      assertTrue(fail.contains("/name"), fail);
      assertTrue(
          fail.contains(
              "#/paths/~1pets~1{petId}/get/responses/200/content/application~1json/schema"),
          fail);
    }
  }

  @Test
  void aResponseTheClientCannotDecodeFails() throws Exception {
    try (TestServer server = new TestServer(200, "{\"id\": \"seven\", \"name\": \"Rex\"}")) {
      CheckRun run = CheckRun.of("check", PETS, "--base-url", server.url());

      assertEquals(1, run.exit());
      assertTrue(run.lines("FAIL").get(0).contains("DecodeException"), run.out());
    }
  }

  @Test
  void anErrorStatusFailsTheOperation() throws Exception {
    try (TestServer server = new TestServer(500, "{}")) {
      CheckRun run = CheckRun.of("check", PETS, "--base-url", server.url());

      assertEquals(1, run.exit());
      assertTrue(run.lines("FAIL").get(0).contains("ServerException (status 500)"), run.out());
    }
  }

  @Test
  void aRequirementOfTwoAuthorizationSchemesIsSkippedNamingItsWarning() {
    CheckRun run =
        CheckRun.of(
            "check", "../processor/src/test/resources/oas-examples/3.0/security-multiple.json");

    assertEquals(
        List.of(
            "SKIP POST /anything/and: [TW-SECURITY] schemes 'basic' and 'oauth2' both send the"
                + " Authorization header, which a request carries once; only 'basic' is sent"),
        run.lines("SKIP"),
        run.out());
    assertEquals("CHECK operations=4 passed=3 failed=0 skipped=1", run.checkLine());
  }

  @Test
  void aSchemaInvalidInItsOwnDialectIsSkippedWithTheValidatorsReason() {
    CheckRun run = CheckRun.of("check", "src/test/resources/invalid-in-dialect/openapi.yaml");

    assertEquals(
        List.of(
            "SKIP GET /numbers findNumber: no verdict is possible, the validator cannot use the"
                + " schema at #/paths/~1numbers/get/parameters/0/schema (dialect"
                + " https://json-schema.org/draft-06/schema#): exclusiveMinimum value is not a"
                + " number"),
        run.lines("SKIP"),
        run.out());
    assertEquals("CHECK operations=2 passed=1 failed=0 skipped=1", run.checkLine());
    assertEquals(0, run.exit());
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertEquals(2, CheckRun.of().exit());
    assertEquals(2, CheckRun.of("generate", PETS).exit());
    assertEquals(2, CheckRun.of("check", PETS, "--credential").exit());
    CheckRun control = CheckRun.of("check", "src/test/resources/a\");\nclass X {}.yaml");
    assertEquals(2, control.exit());
    assertTrue(control.err().contains("control characters"), control.err());
    CheckRun missing = CheckRun.of("check", "src/test/resources/nothing-here.yaml");
    assertEquals(2, missing.exit());
    assertTrue(missing.err().contains("no such file"), missing.err());
  }

  @Test
  void aDescriptionThatDoesNotGenerateExitsWithTwoAndPrintsTheDiagnostics() {
    CheckRun run = CheckRun.of("check", "src/test/resources/broken/openapi.yaml");

    assertEquals(2, run.exit());
    assertTrue(run.err().contains("TW-REF-CYCLE"), run.err());
    assertEquals("", run.out());
  }
}
