package dev.typewire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.typewire.testing.internal.ApiDescription;
import dev.typewire.testing.internal.Endpoint;
import dev.typewire.testing.internal.ReceivedRequest;
import dev.typewire.testing.internal.RequestValidator;
import dev.typewire.testing.internal.SchemaValidator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Simple, label and matrix path values are read back into values and validated against their
 * schema.
 */
class StyledPathValidationTest {

  private static ApiDescription styled;
  private static RequestValidator validator;

  @BeforeAll
  static void load() throws Exception {
    styled = Description.load(Path.of("src/test/resources/styled-paths.yaml")).tree();
    validator = new RequestValidator(styled, new SchemaValidator(styled));
  }

  private static List<String> problems(String operationId, String path) {
    Endpoint endpoint =
        Endpoint.all(styled).stream()
            .filter(e -> e.operationId().equals(operationId))
            .findFirst()
            .orElseThrow();
    return validator.problems(
        endpoint, new ReceivedRequest("GET", path, null, Map.of(), new byte[0]));
  }

  @Test
  void wellFormedValuesWithinTheirSchemaPass() {
    assertEquals(List.of(), problems("matrixIds", "/ids/;id=3;id=4"));
    assertEquals(List.of(), problems("labelPoint", "/points/.x,7,y,a%2Cb"));
    assertEquals(List.of(), problems("simpleIds", "/plain/3,4"));
  }

  @Test
  void aSimpleListIsCommaSeparatedNotJson() {
    // "[3" and "4]" are no integers.
    List<String> json = problems("simpleIds", "/plain/%5B3%2C4%5D");
    assertEquals(2, json.size(), json.toString());
    assertTrue(json.get(0).contains("path parameter 'ids'"), json.get(0));
    List<String> zero = problems("simpleIds", "/plain/3,0");
    assertTrue(zero.get(0).contains("minimum"), zero.toString());
  }

  @Test
  void aValueOutsideItsSchemaIsNamed() {
    List<String> ids = problems("matrixIds", "/ids/;id=3;id=0");
    assertEquals(1, ids.size(), ids.toString());
    assertTrue(ids.get(0).contains("path parameter 'id'"), ids.get(0));
    assertTrue(ids.get(0).contains("minimum"), ids.get(0));
    List<String> point = problems("labelPoint", "/points/.x,seven");
    assertEquals(1, point.size(), point.toString());
    assertTrue(point.get(0).contains("path parameter 'point'"), point.get(0));
  }

  @Test
  void aSegmentNotInTheStyleIsNamed() {
    List<String> simple = problems("matrixIds", "/ids/3,4");
    assertEquals(1, simple.size(), simple.toString());
    assertTrue(simple.get(0).contains("does not start with ';'"), simple.get(0));
    List<String> otherName = problems("matrixIds", "/ids/;ids=3");
    assertTrue(otherName.get(0).contains("names 'ids', not 'id'"), otherName.toString());
    List<String> odd = problems("labelPoint", "/points/.x,1,y");
    assertTrue(odd.get(0).contains("in pairs"), odd.toString());
  }
}
