package dev.typewire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.typewire.testing.internal.ApiDescription;
import dev.typewire.testing.internal.Endpoint;
import dev.typewire.testing.internal.ReceivedRequest;
import dev.typewire.testing.internal.RequestValidator;
import dev.typewire.testing.internal.SchemaValidator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RequestValidatorTest {

  private static ApiDescription pets;
  private static RequestValidator validator;

  @BeforeAll
  static void load() throws Exception {
    pets = Description.load(Path.of("src/test/resources/pets/openapi.yaml")).tree();
    validator = new RequestValidator(pets, new SchemaValidator(pets));
  }

  private static Endpoint endpoint(String operationId) {
    return Endpoint.all(pets).stream()
        .filter(e -> e.operationId().equals(operationId))
        .findFirst()
        .orElseThrow();
  }

  private static ReceivedRequest request(
      String method, String path, String query, Map<String, List<String>> headers, String body) {
    return new ReceivedRequest(method, path, query, headers, body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aValidRequestHasNoProblems() {
    List<String> problems =
        validator.problems(
            endpoint("getPet"),
            request(
                "GET",
                "/pets/3",
                "verbose=true",
                Map.of("authorization", List.of("Bearer t")),
                ""));

    assertEquals(List.of(), problems);
  }

  @Test
  void parameterValuesOutsideTheirSchemaAndAMissingCredentialAreNamed() {
    List<String> problems =
        validator.problems(
            endpoint("getPet"), request("GET", "/pets/0", "verbose=maybe", Map.of(), ""));

    assertEquals(3, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("path parameter 'petId'"), problems.get(0));
    assertTrue(problems.get(0).contains("minimum"), problems.get(0));
    assertTrue(problems.get(1).contains("query parameter 'verbose'"), problems.get(1));
    assertTrue(problems.get(2).contains("Authorization: Bearer"), problems.get(2));
    assertTrue(problems.get(2).contains("#/components/securitySchemes/apiToken"), problems.get(2));
  }

  @Test
  void aBodyMissingARequiredPropertyOrOfAnUndeclaredTypeIsNamed() {
    Map<String, List<String>> json =
        Map.of("authorization", List.of("Bearer t"), "content-type", List.of("application/json"));
    List<String> missing =
        validator.problems(
            endpoint("createPet"), request("POST", "/pets", null, json, "{\"id\": 1}"));
    List<String> text =
        validator.problems(
            endpoint("createPet"),
            request(
                "POST",
                "/pets",
                null,
                Map.of("authorization", List.of("Bearer t"), "content-type", List.of("text/plain")),
                "hi"));
    List<String> empty =
        validator.problems(endpoint("createPet"), request("POST", "/pets", null, json, ""));

    assertEquals(1, missing.size(), missing.toString());
    assertTrue(missing.get(0).contains("name"), missing.get(0));
    assertTrue(text.get(0).contains("content type 'text/plain' is not declared"), text.toString());
    assertTrue(empty.get(0).contains("missing required body"), empty.toString());
  }

  @Test
  void objectsInHeadersAreReadAsJsonTextAndValidated() throws Exception {
    ApiDescription headers =
        Description.load(Path.of("src/test/resources/json-headers/openapi.yaml")).tree();
    RequestValidator jsonAware = new RequestValidator(headers, new SchemaValidator(headers));
    Endpoint putThings = Endpoint.all(headers).get(0);

    List<String> valid =
        jsonAware.problems(
            putThings,
            request(
                "PUT",
                "/things",
                null,
                Map.of(
                    "x-filters", List.of("[{\"field\":\"name\"}]"),
                    "x-meta", List.of("{\"level\":2}")),
                ""));
    List<String> wrong =
        jsonAware.problems(
            putThings,
            request(
                "PUT",
                "/things",
                null,
                Map.of(
                    "x-filters", List.of("Filter[field=name]"),
                    "x-meta", List.of("{\"level\":\"high\"}")),
                ""));

    assertEquals(List.of(), valid);
    assertEquals(2, wrong.size(), wrong.toString());
    assertTrue(wrong.get(0).contains("header parameter 'X-Filters'"), wrong.get(0));
    assertTrue(wrong.get(1).contains("header parameter 'X-Meta'"), wrong.get(1));
    assertTrue(wrong.get(1).contains("integer"), wrong.get(1));
  }
}
