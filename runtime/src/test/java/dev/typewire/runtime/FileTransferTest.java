package dev.typewire.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads (binary and multipart bodies) and binary downloads against a loopback server. */
class FileTransferTest {

  record Meta(String title, int pages) {}

  /** A server answering every request with 204, for uploads whose answer does not matter. */
  private static TestServer noContentServer() throws IOException {
    return new TestServer().then(exchange -> TestServer.send(exchange, 204, null, ""));
  }

  private static ApiTransport transport(TestServer server) {
    return new ApiTransport(
        ClientOptions.builder()
            .baseUrl(server.baseUrl())
            .retryPolicy(RetryPolicy.builder().maxAttempts(3).build())
            .sleeper(delay -> {})
            .build());
  }

  @Test
  void binaryBodySendsTheExactBytesWithTheOperationsMediaType(@TempDir Path temp) throws Exception {
    byte[] content = new byte[70_000];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) (i * 31);
    }
    Path file = Files.write(temp.resolve("picture.txt"), content);
    try (TestServer server = noContentServer()) {
      transport(server)
          .send(
              ApiRequest.builder("POST", "/upload")
                  .binaryBody(UploadFile.of(file), "application/octet-stream")
                  .build(),
              ResponseType.none());
      TestServer.Seen request = server.requests().get(0);
      assertArrayEquals(content, request.bytes());
      assertEquals("application/octet-stream", request.header("Content-Type"));
      assertEquals(String.valueOf(content.length), request.header("Content-Length"));
    }
  }

  @Test
  void aWildcardMediaTypeSendsTheFilesOwnType() throws Exception {
    try (TestServer server = noContentServer()) {
      transport(server)
          .send(
              ApiRequest.builder("PUT", "/avatar")
                  .binaryBody(
                      UploadFile.of(new byte[] {1, 2}).withContentType("image/png"), "image/*")
                  .build(),
              ResponseType.none());
      assertEquals("image/png", server.requests().get(0).header("Content-Type"));
    }
  }

  @Test
  void multipartCarriesFieldsFilesAndPartTypes(@TempDir Path temp) throws Exception {
    Path path =
        Files.write(temp.resolve("notes.txt"), "from a path".getBytes(StandardCharsets.UTF_8));
    byte[] streamed = {0, 1, 2, (byte) 0xFF, '\r', '\n', '-', '-'};
    try (TestServer server = noContentServer()) {
      transport(server)
          .send(
              ApiRequest.builder("POST", "/documents")
                  .multipartField("title", "Q3 report")
                  .multipartField("tags", List.of("a", "b"))
                  .multipartField("meta", new Meta("x", 3))
                  .multipartField("csv", "1,2", "text/csv")
                  .multipartField("document", UploadFile.of(path))
                  .multipartField(
                      "raw",
                      UploadFile.of(new ByteArrayInputStream(streamed), "raw.bin", null),
                      "application/x-raw")
                  .multipartField(
                      "images",
                      List.of(
                          UploadFile.of(new byte[] {7}).withFilename("a.png"),
                          UploadFile.of(new byte[] {8, 9}).withFilename("b.png")),
                      "image/png")
                  .build(),
              ResponseType.none());
      TestServer.Seen request = server.requests().get(0);
      List<MultipartParser.Part> parts =
          MultipartParser.parse(request.header("Content-Type"), request.bytes());
      assertEquals(
          List.of("title", "tags", "tags", "meta", "csv", "document", "raw", "images", "images"),
          parts.stream().map(MultipartParser.Part::name).toList());
      assertEquals("Q3 report", parts.get(0).text());
      assertNull(parts.get(0).contentType(), "a text field has no Content-Type (text/plain)");
      assertNull(parts.get(0).filename());
      assertEquals("b", parts.get(2).text());
      assertEquals("{\"title\":\"x\",\"pages\":3}", parts.get(3).text());
      assertEquals("application/json", parts.get(3).contentType());
      assertEquals("text/csv", parts.get(4).contentType());
      assertEquals("from a path", parts.get(5).text());
      assertEquals("notes.txt", parts.get(5).filename());
      assertEquals("text/plain", parts.get(5).contentType(), "guessed from the file name");
      assertArrayEquals(streamed, parts.get(6).content());
      assertEquals("raw.bin", parts.get(6).filename());
      assertEquals("application/x-raw", parts.get(6).contentType(), "the declared part type");
      assertEquals("b.png", parts.get(8).filename());
      assertArrayEquals(new byte[] {8, 9}, parts.get(8).content());
      assertEquals("image/png", parts.get(8).contentType());
    }
  }

  @Test
  void aJsonNodeObjectOrArrayIsOneJsonPartNotOnePartPerValue() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    try (TestServer server = noContentServer()) {
      transport(server)
          .send(
              ApiRequest.builder("POST", "/documents")
                  .multipartField("meta", mapper.readTree("{\"a\":1,\"b\":\"x\"}"))
                  .multipartField("empty", mapper.createObjectNode())
                  .multipartField("list", mapper.readTree("[1,2]"))
                  .multipartField("word", mapper.readTree("\"plain\""))
                  .build(),
              ResponseType.none());
      TestServer.Seen request = server.requests().get(0);
      List<MultipartParser.Part> parts =
          MultipartParser.parse(request.header("Content-Type"), request.bytes());
      assertEquals(
          List.of("meta", "empty", "list", "word"),
          parts.stream().map(MultipartParser.Part::name).toList());
      assertEquals("{\"a\":1,\"b\":\"x\"}", parts.get(0).text());
      assertEquals("application/json", parts.get(0).contentType());
      assertEquals("{}", parts.get(1).text());
      assertEquals("application/json", parts.get(1).contentType());
      assertEquals("[1,2]", parts.get(2).text());
      assertEquals("application/json", parts.get(2).contentType());
      assertEquals("plain", parts.get(3).text(), "a scalar node is a text field");
      assertNull(parts.get(3).contentType());
    }
  }

  @Test
  void aHostileFilenameOrFieldNameCannotAddAHeader() throws Exception {
    String hostile = "evil\".txt\"\r\nX-Injected: yes\r\n\r\nbody-ré.pdf";
    try (TestServer server = noContentServer()) {
      transport(server)
          .send(
              ApiRequest.builder("POST", "/documents")
                  .multipartField(
                      "file\"\r\nX-Name: 1", UploadFile.of(new byte[] {1}).withFilename(hostile))
                  .build(),
              ResponseType.none());
      TestServer.Seen request = server.requests().get(0);
      List<MultipartParser.Part> parts =
          MultipartParser.parse(request.header("Content-Type"), request.bytes());
      assertEquals(1, parts.size());
      MultipartParser.Part part = parts.get(0);
      assertEquals(
          List.of("content-disposition", "content-type"), List.copyOf(part.headers().keySet()));
      assertEquals("evil%22.txt%22%0D%0AX-Injected: yes%0D%0A%0D%0Abody-ré.pdf", part.filename());
      assertEquals("file%22%0D%0AX-Name: 1", part.name());
      assertArrayEquals(new byte[] {1}, part.content());
    }
  }

  @Test
  void aPartTypeWithALineBreakIsRefused() {
    ApiRequest.Builder request = ApiRequest.builder("POST", "/x");
    assertThrows(
        IllegalArgumentException.class,
        () -> request.multipartField("a", "b", "text/plain\r\nX-Injected: 1"));
    assertThrows(
        IllegalArgumentException.class, () -> UploadFile.of(new byte[0]).withContentType("a\nb"));
  }

  @Test
  void aStreamedUploadIsNotRetriedButAPathUploadIs(@TempDir Path temp) throws Exception {
    Path path = Files.write(temp.resolve("f.bin"), new byte[] {1, 2, 3});
    try (TestServer server = new TestServer()) {
      server.then(exchange -> TestServer.send(exchange, 503, "text/plain", "busy"));
      ApiTransport transport = transport(server);
      ApiRequest fromStream =
          ApiRequest.builder("PUT", "/f")
              .binaryBody(UploadFile.of(new ByteArrayInputStream(new byte[] {1}), null, null), null)
              .build();
      assertFalse(fromStream.repeatableBody());
      assertThrows(ServerException.class, () -> transport.send(fromStream, ResponseType.none()));
      assertEquals(1, server.requests().size());

      ApiRequest fromPath =
          ApiRequest.builder("PUT", "/f").binaryBody(UploadFile.of(path), null).build();
      assertThrows(ServerException.class, () -> transport.send(fromPath, ResponseType.none()));
      assertEquals(4, server.requests().size(), "three attempts with the same bytes");
      assertArrayEquals(new byte[] {1, 2, 3}, server.requests().get(3).bytes());
    }
  }

  @Test
  void aBinaryDownloadIsStreamedAndSaved(@TempDir Path temp) throws Exception {
    byte[] content = new byte[3_000_000];
    new java.util.Random(7).nextBytes(content);
    try (TestServer server = new TestServer()) {
      server.then(
          exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/pdf");
            exchange
                .getResponseHeaders()
                .set("Content-Disposition", "attachment; filename=\"../../etc/report.pdf\"");
            exchange.sendResponseHeaders(200, 0); // chunked
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(content);
            }
          });
      ApiTransport transport =
          new ApiTransport(
              ClientOptions.builder().baseUrl(server.baseUrl()).maxResponseBytes(1024).build());
      try (BinaryResponse response =
          transport.send(ApiRequest.builder("GET", "/report").build(), ResponseType.binary())) {
        assertEquals(Optional.of("application/pdf"), response.contentType());
        assertEquals(Optional.of("report.pdf"), response.filename(), "path elements dropped");
        assertTrue(response.contentLength().isEmpty());
        Path target = temp.resolve("saved.pdf");
        assertEquals(content.length, response.saveTo(target), "not limited by maxResponseBytes");
        assertArrayEquals(content, Files.readAllBytes(target));
      }
      assertEquals("*/*", server.requests().get(0).header("Accept"));
    }
  }

  @Test
  void anErrorStatusOnABinaryCallIsTheTypedException() throws Exception {
    try (TestServer server = new TestServer()) {
      server.then(
          exchange ->
              TestServer.send(exchange, 404, "application/json", "{\"message\":\"no such file\"}"));
      ApiTransport transport = transport(server);
      NotFoundException error =
          assertThrows(
              NotFoundException.class,
              () ->
                  transport.send(
                      ApiRequest.builder("GET", "/report").build(), ResponseType.binary()));
      assertTrue(error.getMessage().contains("no such file"), error.getMessage());
      assertEquals("{\"message\":\"no such file\"}", error.bodyExcerpt());
    }
  }

  @Test
  void aBinaryDownloadIsRetriedOnlyBeforeItIsHandedOut() throws Exception {
    try (TestServer server = new TestServer()) {
      int[] calls = {0};
      server.then(
          exchange -> {
            if (calls[0]++ == 0) {
              TestServer.send(exchange, 503, "text/plain", "busy");
            } else {
              TestServer.send(exchange, 200, "image/png", "PNG");
            }
          });
      try (BinaryResponse response =
          transport(server)
              .sendAsync(ApiRequest.builder("GET", "/img").build(), ResponseType.binary())
              .get()) {
        assertEquals("PNG", new String(response.body().readAllBytes(), StandardCharsets.UTF_8));
      }
      assertEquals(2, server.requests().size());
    }
  }

  @Test
  void filenameStarIsPreferredAndDecoded() throws IOException {
    java.net.http.HttpHeaders headers =
        java.net.http.HttpHeaders.of(
            java.util.Map.of(
                "Content-Disposition",
                List.of(
                    "attachment; filename=\"plain.txt\"; filename*=UTF-8''r%C3%A9sum%C3%A9.txt")),
            (a, b) -> true);
    try (BinaryResponse response =
        new BinaryResponse(200, headers, new ByteArrayInputStream(new byte[0]))) {
      assertEquals(Optional.of("résumé.txt"), response.filename());
    }
  }
}
