package dev.typewire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.typewire.runtime.BinaryResponse;
import dev.typewire.runtime.NotFoundException;
import dev.typewire.runtime.UploadFile;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated calls with files: multipart bodies (fields, files, lists of files, declared part
 * types), a binary body, a binary download and its typed error, and Petstore's {@code uploadFile};
 * each against a loopback server that reads the bytes on the wire.
 */
class FileBodiesTest {

  private static final String PKG = SchemaCompiler.PKG;
  private static final Pattern BOUNDARY = Pattern.compile("boundary=([^;]+)");
  private static final Pattern DISPOSITION =
      Pattern.compile("name=\"([^\"]*)\"(?:; filename=\"([^\"]*)\")?");

  private final Compilation compilation =
      SchemaCompiler.compile("openapi/files.yaml", "-Xlint:all,-processing", "-Werror");

  /** One part as read off the wire, independently of the runtime's writer. */
  // Test-only and never compared: array identity does not matter.
  @SuppressWarnings("ArrayRecordComponent")
  record Part(String name, String filename, String contentType, byte[] content) {
    String text() {
      return new String(content, StandardCharsets.UTF_8);
    }
  }

  /** Splits a multipart body at its boundary (RFC 2046) and reads each part's headers. */
  static List<Part> parts(LoopbackServer.Request request) {
    Matcher boundary = BOUNDARY.matcher(request.header("Content-Type"));
    assertTrue(request.header("Content-Type").startsWith("multipart/form-data;"));
    assertTrue(boundary.find());
    // ISO-8859-1 maps each byte to one char and back, so binary content survives the split.
    String body = new String(request.bytes(), StandardCharsets.ISO_8859_1);
    String delimiter = "--" + boundary.group(1);
    assertTrue(body.endsWith(delimiter + "--\r\n"), "closing delimiter");
    List<Part> parts = new ArrayList<>();
    String[] chunks =
        ("\r\n" + body.substring(0, body.length() - 4))
            .split(Pattern.quote("\r\n" + delimiter), -1);
    for (String chunk : Arrays.asList(chunks).subList(1, chunks.length - 1)) {
      int end = chunk.indexOf("\r\n\r\n");
      String head = chunk.substring(2, end);
      String name = null;
      String filename = null;
      String type = null;
      for (String line : head.split("\r\n")) {
        if (line.startsWith("Content-Disposition: form-data; ")) {
          Matcher disposition = DISPOSITION.matcher(line);
          assertTrue(disposition.find(), line);
          name = disposition.group(1);
          filename = disposition.group(2);
        } else if (line.startsWith("Content-Type: ")) {
          type = line.substring("Content-Type: ".length());
        } else {
          throw new AssertionError("unexpected part header: " + line);
        }
      }
      parts.add(
          new Part(
              name,
              filename,
              type,
              chunk.substring(end + 4).getBytes(StandardCharsets.ISO_8859_1)));
    }
    return parts;
  }

  private Object api(GeneratedClasses classes, String client, String group, String baseUrl)
      throws Exception {
    Object built = classes.client(PKG + "." + client, baseUrl);
    return built.getClass().getMethod(group).invoke(built);
  }

  private static boolean accepts(Method method, Object[] arguments) {
    Class<?>[] types = method.getParameterTypes();
    if (types.length != arguments.length) {
      return false;
    }
    for (int i = 0; i < types.length; i++) {
      if (!types[i].isPrimitive() && arguments[i] != null && !types[i].isInstance(arguments[i])) {
        return false;
      }
    }
    return true;
  }

  private static Object call(Object api, String name, Object... arguments) throws Throwable {
    for (Method method : api.getClass().getMethods()) {
      if (method.getName().equals(name) && accepts(method, arguments)) {
        try {
          return method.invoke(api, arguments);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      }
    }
    throw new AssertionError("no method " + name);
  }

  @Test
  void compilesWithoutWarnings() {
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void multipartSendsFieldsFilesAndDeclaredPartTypes(@TempDir Path temp) throws Throwable {
    GeneratedClasses classes = new GeneratedClasses(compilation);
    Class<?> request = classes.load(PKG + ".UploadDocumentRequest");
    assertEquals(UploadFile.class, request.getMethod("document").getReturnType());
    assertEquals(List.class, request.getMethod("attachments").getReturnType());
    Path pdf = Files.write(temp.resolve("report.pdf"), new byte[] {'%', 'P', 'D', 'F', 0, -1});
    byte[] thumbnail = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n'};
    Object meta =
        classes.load(PKG + ".UploadDocumentRequestMeta").getConstructors()[0].newInstance(3);
    Object builder = request.getMethod("builder").invoke(null);
    Class<?> builderType = builder.getClass();
    builderType.getMethod("title", String.class).invoke(builder, "Q3 \"report\"");
    builderType.getMethod("tags", List.class).invoke(builder, List.of("a", "b"));
    builderType.getMethod("meta", meta.getClass()).invoke(builder, meta);
    builderType.getMethod("document", UploadFile.class).invoke(builder, UploadFile.of(pdf));
    builderType
        .getMethod("attachments", List.class)
        .invoke(
            builder,
            List.of(
                UploadFile.of(new ByteArrayInputStream(new byte[] {1, 2}), "one.bin", null),
                UploadFile.of(new byte[] {3})
                    .withFilename("two.txt")
                    .withContentType("text/plain")));
    builderType
        .getMethod("thumbnail", UploadFile.class)
        .invoke(builder, UploadFile.of(thumbnail).withFilename("t.png"));
    Object body = builderType.getMethod("build").invoke(builder);
    try (LoopbackServer server = LoopbackServer.noContent()) {
      call(api(classes, "FilesClient", "files", server.baseUrl()), "uploadDocument", "d 1", body);
      LoopbackServer.Request sent = server.requests().get(0);
      assertEquals("/documents/d%201", sent.rawPath());
      List<Part> parts = parts(sent);
      assertEquals(
          List.of(
              "title",
              "tags",
              "tags",
              "meta",
              "document",
              "attachments",
              "attachments",
              "thumbnail"),
          parts.stream().map(Part::name).toList());
      assertEquals("Q3 \"report\"", parts.get(0).text());
      assertNull(parts.get(0).contentType());
      assertEquals("b", parts.get(2).text());
      assertEquals("{\"pages\":3}", parts.get(3).text());
      assertEquals("application/json", parts.get(3).contentType());
      assertEquals("report.pdf", parts.get(4).filename());
      assertEquals("application/pdf", parts.get(4).contentType());
      assertArrayEquals(Files.readAllBytes(pdf), parts.get(4).content());
      assertEquals("one.bin", parts.get(5).filename());
      assertEquals("application/octet-stream", parts.get(5).contentType());
      assertArrayEquals(new byte[] {1, 2}, parts.get(5).content());
      assertEquals("text/plain", parts.get(6).contentType(), "the file's own type wins");
      assertEquals("image/png", parts.get(7).contentType());
      assertArrayEquals(thumbnail, parts.get(7).content());
    }
  }

  @Test
  void jsonIsPreferredOverMultipart() {
    GeneratedClasses classes = new GeneratedClasses(compilation);
    Class<?> request = classes.load(PKG + ".CreateEitherRequest");
    assertEquals(String.class, methodReturning(request, "name"));
  }

  private static Class<?> methodReturning(Class<?> type, String name) {
    try {
      return type.getMethod(name).getReturnType();
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void binaryBodiesSendTheFileWithTheMediaType() throws Throwable {
    GeneratedClasses classes = new GeneratedClasses(compilation);
    byte[] content = new byte[256];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) i;
    }
    try (LoopbackServer server = LoopbackServer.noContent()) {
      Object api = api(classes, "FilesClient", "files", server.baseUrl());
      call(api, "putAvatar", "me", UploadFile.of(content).withContentType("image/png"));
      call(api, "addImage", UploadFile.of(new byte[] {9}).withContentType("image/gif"));
      LoopbackServer.Request avatar = server.requests().get(0);
      assertEquals("PUT", avatar.method());
      assertEquals("application/octet-stream", avatar.header("Content-Type"));
      assertArrayEquals(content, avatar.bytes());
      assertEquals("image/gif", server.requests().get(1).header("Content-Type"));
    }
  }

  @Test
  void aBinaryDownloadIsStreamedAndItsErrorIsTyped(@TempDir Path temp) throws Throwable {
    GeneratedClasses classes = new GeneratedClasses(compilation);
    byte[] pdf = "%PDF-1.7 binary \u0000\u00ff".getBytes(StandardCharsets.ISO_8859_1);
    try (LoopbackServer server =
        LoopbackServer.responding(
            (request, exchange) -> {
              boolean found = request.rawPath().endsWith("/r1");
              byte[] body = found ? pdf : "{\"message\":\"gone\"}".getBytes(StandardCharsets.UTF_8);
              exchange
                  .getResponseHeaders()
                  .set("Content-Type", found ? "application/pdf" : "application/json");
              exchange
                  .getResponseHeaders()
                  .set("Content-Disposition", "attachment; filename=\"r1.pdf\"");
              exchange.sendResponseHeaders(found ? 200 : 404, body.length);
              try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
              }
            })) {
      Object api = api(classes, "FilesClient", "files", server.baseUrl());
      Path target = temp.resolve("saved.pdf");
      try (BinaryResponse response = (BinaryResponse) call(api, "downloadReport", "r1")) {
        assertEquals(Optional.of("r1.pdf"), response.filename());
        assertEquals(pdf.length, response.saveTo(target));
      }
      assertArrayEquals(pdf, Files.readAllBytes(target));
      NotFoundException error =
          assertThrows(NotFoundException.class, () -> call(api, "downloadReport", "r2"));
      Object problem = error.errorBody();
      assertEquals(PKG + ".Problem", problem.getClass().getName());
      assertEquals("{\"message\":\"gone\"}", error.bodyExcerpt());
    }
  }

  @Test
  void whatIsNotGeneratedIsNamedInAWarning() {
    Compilation unsupported = SchemaCompiler.compile("openapi/files-unsupported.yaml");
    assertThat(unsupported).succeeded();
    assertThat(unsupported)
        .hadWarningContaining(
            "[TW-MEDIA-TYPE] openapi/files-unsupported.yaml:11:11 at #/paths/~1mixed/post/requestBody/content: ");
    String encoding = "#/paths/~1parts/post/requestBody/content/multipart~1form-data/encoding";
    assertThat(unsupported)
        .hadWarningContaining(
            "[TW-MULTIPART-ENCODING] openapi/files-unsupported.yaml:28:19 at "
                + encoding
                + "/file/headers: ");
    assertThat(unsupported)
        .hadWarningContaining(
            "[TW-MULTIPART-ENCODING] openapi/files-unsupported.yaml:29:24 at "
                + encoding
                + "/missing: ");
    assertEquals(3, unsupported.warnings().size(), unsupported.warnings()::toString);
  }

  @Test
  void petstoreUploadFileSendsTheFileBytes() throws Throwable {
    Compilation petstore = SchemaCompiler.compile("oas-examples/3.0/petstore.json");
    assertThat(petstore).succeeded();
    GeneratedClasses classes = new GeneratedClasses(petstore);
    byte[] image = {(byte) 0xFF, (byte) 0xD8, 0, '\r', '\n', '-', '-'};
    Class<?> request = classes.load(PKG + ".UploadFileRequest");
    Object body = request.getConstructors()[0].newInstance("a cat", UploadFile.of(image));
    try (LoopbackServer server = LoopbackServer.answering(r -> "{\"code\":200}")) {
      Object builder =
          classes.load(PKG + ".SwaggerPetstoreClient").getMethod("builder").invoke(null);
      call(builder, "baseUrl", server.baseUrl());
      // Petstore's uploadFile asks for its OAuth token (petstore_auth).
      call(builder, "bearerToken", "token");
      Object client = call(builder, "build");
      call(call(client, "pet"), "uploadFile", 7L, body);
      LoopbackServer.Request sent = server.requests().get(0);
      assertEquals("/pet/7/uploadImage", sent.rawPath());
      List<Part> parts = parts(sent);
      assertEquals(List.of("additionalMetadata", "file"), parts.stream().map(Part::name).toList());
      assertEquals("a cat", parts.get(0).text());
      assertEquals("application/octet-stream", parts.get(1).contentType());
      assertArrayEquals(image, parts.get(1).content());
    }
  }
}
