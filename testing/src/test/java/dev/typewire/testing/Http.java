package dev.typewire.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A plain java.net.http client for the tests: what any client sends, nothing Typewire adds. */
final class Http {

  static final String TOKEN = "Bearer test-token";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  /** A status and a body parsed as JSON (null when empty). */
  record Answer(int status, JsonNode body, HttpResponse<String> response) {}

  private Http() {}

  static Answer get(FakeServer fake, String pathAndQuery) {
    return send(fake, "GET", pathAndQuery, null, TOKEN);
  }

  static Answer send(
      FakeServer fake, String method, String pathAndQuery, String jsonBody, String authorization) {
    return authorization == null
        ? send(fake, method, pathAndQuery, jsonBody, null, null, null)
        : send(fake, method, pathAndQuery, jsonBody, null, "Authorization", authorization);
  }

  static Answer send(
      FakeServer fake,
      String method,
      String pathAndQuery,
      String jsonBody,
      String contentType,
      String header,
      String value) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(fake.baseUrl() + pathAndQuery))
            .method(
                method,
                jsonBody == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(jsonBody));
    if (jsonBody != null) {
      request.header("Content-Type", contentType == null ? "application/json" : contentType);
    }
    if (header != null) {
      request.header(header, value);
    }
    try {
      HttpResponse<String> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode body = response.body().isEmpty() ? null : JSON.readTree(response.body());
      return new Answer(response.statusCode(), body, response);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
