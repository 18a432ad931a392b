package dev.typewire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Label and matrix path parameters, as the server receives them (OpenAPI 3's style table). */
class PathStyleTest {

  record Color(int r, int g, String b) {}

  private static final Map<String, Object> OBJECT = new LinkedHashMap<>();

  static {
    OBJECT.put("R", 100);
    OBJECT.put("G", 200);
    OBJECT.put("B", 150);
  }

  private static final List<String> LIST = List.of("blue", "black", "brown");

  @Test
  void labelAndMatrixFollowTheStyleTable() throws Exception {
    assertEquals("/v1/c/.blue", sent(PathStyle.LABEL, false, "blue"));
    assertEquals("/v1/c/.blue,black,brown", sent(PathStyle.LABEL, false, LIST));
    assertEquals("/v1/c/.blue.black.brown", sent(PathStyle.LABEL, true, LIST));
    assertEquals("/v1/c/.R,100,G,200,B,150", sent(PathStyle.LABEL, false, OBJECT));
    assertEquals("/v1/c/.R=100.G=200.B=150", sent(PathStyle.LABEL, true, OBJECT));
    assertEquals("/v1/c/;color=blue", sent(PathStyle.MATRIX, false, "blue"));
    assertEquals("/v1/c/;color=blue,black,brown", sent(PathStyle.MATRIX, false, LIST));
    assertEquals("/v1/c/;color=blue;color=black;color=brown", sent(PathStyle.MATRIX, true, LIST));
    assertEquals("/v1/c/;color=R,100,G,200,B,150", sent(PathStyle.MATRIX, false, OBJECT));
    assertEquals("/v1/c/;R=100;G=200;B=150", sent(PathStyle.MATRIX, true, OBJECT));
  }

  @Test
  void aRecordIsWrittenAsItsProperties() throws Exception {
    assertEquals("/v1/c/;r=1;g=2;b=x%20y", sent(PathStyle.MATRIX, true, new Color(1, 2, "x y")));
    assertEquals("/v1/c/.r,1,g,2,b,z", sent(PathStyle.LABEL, false, new Color(1, 2, "z")));
  }

  @Test
  void separatorsInValuesAreEncodedSoTheyCannotSplitOrEscape() throws Exception {
    assertEquals(
        "/v1/c/;color=a%3Bcolor%3Db%2Cc%2F..%3F", sent(PathStyle.MATRIX, false, "a;color=b,c/..?"));
    assertEquals("/v1/c/.a%2Cb.c%3Dd", sent(PathStyle.LABEL, true, List.of("a,b", "c=d")));
  }

  @Test
  void anEmptyMatrixValueIsTheBareNameAndEmptyListsAreRejected() throws Exception {
    assertEquals("/v1/c/;color", sent(PathStyle.MATRIX, false, ""));
    ApiTransport transport =
        new ApiTransport(ClientOptions.builder().baseUrl("https://api.example.com/v1").build());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            transport.send(
                ApiRequest.builder("GET", "/c/{color}")
                    .pathParam("color", List.of(), PathStyle.LABEL, true)
                    .build(),
                ResponseType.none()));
  }

  @Test
  void simpleStyleIsThePlainSegment() throws Exception {
    assertEquals("/v1/c/blue", sent(PathStyle.SIMPLE, true, "blue"));
  }

  @Test
  void simpleStyleJoinsListsAndObjectsWithCommas() throws Exception {
    // The default style, with or without naming it: never a JSON array in the path.
    assertEquals("/v1/c/3,4,5", sent(PathStyle.SIMPLE, false, List.of(3, 4, 5)));
    assertEquals("/v1/c/3,4,5", sent(PathStyle.SIMPLE, true, List.of(3, 4, 5)));
    assertEquals("/v1/c/3,4,5", sentPlain(List.of(3, 4, 5)));
    assertEquals("/v1/c/a%2Cb,c", sentPlain(List.of("a,b", "c")));
    assertEquals("/v1/c/R,100,G,200,B,150", sentPlain(OBJECT));
    assertEquals("/v1/c/R=100,G=200,B=150", sent(PathStyle.SIMPLE, true, OBJECT));
  }

  @Test
  void aDotSegmentIsEncodedInEveryForm() throws Exception {
    assertEquals("/v1/c/%2E%2E", sentPlain(".."));
    assertEquals("/v1/c/%2E", sentPlain(List.of(".")));
  }

  private static String sent(PathStyle style, boolean explode, Object value) throws Exception {
    return sent(ApiRequest.builder("GET", "/c/{color}").pathParam("color", value, style, explode));
  }

  /** What a parameter that declares no style sends. */
  private static String sentPlain(Object value) throws Exception {
    return sent(ApiRequest.builder("GET", "/c/{color}").pathParam("color", value));
  }

  private static String sent(ApiRequest.Builder request) throws Exception {
    try (TestServer server = new TestServer()) {
      server.thenJson(200, "{}");
      new ApiTransport(ClientOptions.builder().baseUrl(server.baseUrl()).build())
          .send(request.build(), ResponseType.none());
      return server.requests().get(0).rawUri();
    }
  }
}
