package dev.typewire.runtime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failures stay {@link ApiException}s, leak no credential, and cost what they should. */
class FailureCostTest {

  private static final String TOKEN = "tok-3f9a1c77e2";

  record Message(int from) {}

  @Test
  void noCredentialAnywhereInTheCauseChainOfADecodeFailure() throws IOException {
    try (TestServer server = new TestServer()) {
      server.thenJson(200, "{\"from\": \"Bearer " + TOKEN + "\"}");
      ApiTransport transport =
          new ApiTransport(
              ClientOptions.builder().baseUrl(server.baseUrl()).bearerToken(TOKEN).build());

      DecodeException e =
          assertThrows(
              DecodeException.class,
              () ->
                  transport.send(
                      ApiRequest.builder("GET", "/m").build(), ResponseType.of(Message.class)));

      StringWriter logged = new StringWriter();
      e.printStackTrace(new PrintWriter(logged));
      assertFalse(logged.toString().contains(TOKEN), logged.toString());
      // The cause is still there for diagnosis: which Jackson failure, where.
      assertTrue(
          logged.toString().contains("com.fasterxml.jackson.databind.exc."), logged.toString());
      assertTrue(logged.toString().contains(Redactor.MASK), logged.toString());
    }
  }

  @Test
  void announcedSizesReserveNoMemory(@TempDir Path temp) throws Exception {
    try (AnnouncingServer server = new AnnouncingServer()) {
      String output =
          SmallHeapJvm.run(temp, "64m", EightHugeAnnouncements.class, 2, server.baseUrl());
      assertTrue(output.contains("apiExceptions=8"), output);
    }
  }

  /** Runs in the small-heap JVM: eight calls at once, each announced 16 MB and sent one byte. */
  static final class EightHugeAnnouncements {
    public static void main(String[] args) {
      ApiTransport transport =
          new ApiTransport(
              ClientOptions.builder()
                  .baseUrl(args[0])
                  .requestTimeout(Duration.ofSeconds(3))
                  .retryPolicy(RetryPolicy.none())
                  .build());
      List<CompletableFuture<Message>> calls = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        calls.add(
            transport.sendAsync(
                ApiRequest.builder("GET", "/m").build(), ResponseType.of(Message.class)));
      }
      int apiExceptions = 0;
      for (CompletableFuture<Message> call : calls) {
        try {
          call.join();
        } catch (CompletionException e) {
          if (e.getCause() instanceof ApiException) {
            apiExceptions++;
          } else {
            e.printStackTrace();
          }
        }
      }
      System.out.println("apiExceptions=" + apiExceptions);
    }
  }

  /** Answers every connection with headers announcing 16 MB, one byte of body, then silence. */
  private static final class AnnouncingServer implements AutoCloseable {
    private final ServerSocket socket;
    private final List<Socket> open = new ArrayList<>();

    AnnouncingServer() throws IOException {
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      Thread acceptor = new Thread(this::accept, "announcing-server");
      acceptor.setDaemon(true);
      acceptor.start();
    }

    String baseUrl() {
      return "http://127.0.0.1:" + socket.getLocalPort() + "/v1";
    }

    private void accept() {
      while (!socket.isClosed()) {
        try {
          Socket connection = socket.accept();
          synchronized (open) {
            open.add(connection);
          }
          InputStream in = connection.getInputStream();
          int matched = 0;
          for (int b; matched < 4 && (b = in.read()) != -1; ) {
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : (b == '\r' ? 1 : 0);
          }
          OutputStream out = connection.getOutputStream();
          out.write(
              ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                      + (16 * 1024 * 1024)
                      + "\r\n\r\n{")
                  .getBytes(StandardCharsets.US_ASCII));
          out.flush();
        } catch (IOException e) {
          // Closed by the test.
        }
      }
    }

    @Override
    public void close() throws IOException {
      socket.close();
      synchronized (open) {
        for (Socket connection : open) {
          connection.close();
        }
      }
    }
  }
}
