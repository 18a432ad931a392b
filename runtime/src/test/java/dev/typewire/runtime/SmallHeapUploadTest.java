package dev.typewire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uploads are streamed: a separate JVM with a 64 MB heap sends a 200 MB file, once as the whole
 * body and once as a multipart part, and the server counts the bytes and checks their digest.
 * Buffering the file would need more than three times the heap.
 */
class SmallHeapUploadTest {

  private static final long SIZE = 200L * 1024 * 1024;

  @Test
  void twoHundredMegabytesUploadThroughASixtyFourMegabyteHeap(@TempDir Path temp) throws Exception {
    Path file = temp.resolve("big.bin");
    String expected = writeFile(file);
    AtomicLong bodyBytes = new AtomicLong();
    AtomicReference<String> bodyDigest = new AtomicReference<>();
    AtomicLong multipartBytes = new AtomicLong();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          try (exchange) {
            MessageDigest digest = sha256();
            long count = 0;
            try (InputStream in = new DigestInputStream(exchange.getRequestBody(), digest)) {
              byte[] buffer = new byte[1 << 16];
              for (int n; (n = in.read(buffer)) > 0; ) {
                count += n;
              }
            }
            if (exchange.getRequestURI().getPath().equals("/multipart")) {
              multipartBytes.set(count);
            } else {
              bodyBytes.set(count);
              bodyDigest.set(HexFormat.of().formatHex(digest.digest()));
            }
            exchange.sendResponseHeaders(204, -1);
          }
        });
    server.start();
    try {
      String output =
          SmallHeapJvm.run(
              temp,
              "64m",
              Uploader.class,
              2,
              "http://127.0.0.1:" + server.getAddress().getPort(),
              file.toString());
      assertEquals(SIZE, bodyBytes.get(), output);
      assertEquals(expected, bodyDigest.get());
      assertTrue(multipartBytes.get() > SIZE, "the multipart body holds the whole file");
    } finally {
      server.stop(0);
      Files.deleteIfExists(file);
    }
  }

  /** A sparse file with a few written stretches, so the digest covers more than zeros. */
  private static String writeFile(Path file) throws IOException {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(SIZE);
      byte[] marker = "typewire upload marker".getBytes(StandardCharsets.UTF_8);
      for (long at = 0; at < SIZE; at += 10L * 1024 * 1024 + 7) {
        raf.seek(at);
        raf.write(marker);
      }
    }
    MessageDigest digest = sha256();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** Runs in the small-heap JVM: the file as the whole body, then as a multipart part. */
  static final class Uploader {
    public static void main(String[] args) {
      ApiTransport transport =
          new ApiTransport(
              ClientOptions.builder()
                  .baseUrl(args[0])
                  .requestTimeout(java.time.Duration.ofMinutes(1))
                  .build());
      transport.send(
          ApiRequest.builder("POST", "/upload")
              .binaryBody(UploadFile.of(Path.of(args[1])), "application/octet-stream")
              .build(),
          ResponseType.none());
      transport.send(
          ApiRequest.builder("POST", "/multipart")
              .multipartField("note", "big")
              .multipartField("file", UploadFile.of(Path.of(args[1])))
              .build(),
          ResponseType.none());
      System.out.println("uploaded");
    }
  }
}
