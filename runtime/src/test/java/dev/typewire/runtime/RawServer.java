package dev.typewire.runtime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A socket-level server for what {@code HttpServer} cannot do: cut a connection mid-body, send
 * bytes verbatim. Each connection serves one request with the next scripted raw response (the last
 * one repeats), then closes.
 */
final class RawServer implements AutoCloseable {

  private final ServerSocket socket;
  private final ConcurrentLinkedDeque<String> script = new ConcurrentLinkedDeque<>();
  private final List<String> requestLines = new CopyOnWriteArrayList<>();
  private final Thread acceptor;

  RawServer() throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(this::acceptLoop, "raw-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Adds a raw response: status line, headers, blank line and (possibly partial) body. */
  RawServer then(String rawResponse) {
    script.addLast(rawResponse);
    return this;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort() + "/v1";
  }

  List<String> requestLines() {
    return requestLines;
  }

  private void acceptLoop() {
    while (!socket.isClosed()) {
      try (Socket connection = socket.accept()) {
        serve(connection);
      } catch (IOException e) {
        // Closed by the test, or the client went away; either way on to the next connection.
      }
    }
  }

  private void serve(Socket connection) throws IOException {
    InputStream in = connection.getInputStream();
    String head = readHead(in);
    requestLines.add(head.lines().findFirst().orElse(""));
    int length = contentLength(head);
    in.readNBytes(length);
    String response = script.size() > 1 ? script.pollFirst() : script.peekFirst();
    connection.getOutputStream().write(response.getBytes(StandardCharsets.UTF_8));
    connection.getOutputStream().flush();
    // Closing here cuts any body shorter than its Content-Length.
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    int b;
    while (matched < 4 && (b = in.read()) != -1) {
      head.write(b);
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  private static int contentLength(String head) {
    return head.lines()
        .filter(line -> line.toLowerCase(Locale.ROOT).startsWith("content-length:"))
        .map(line -> Integer.parseInt(line.substring(15).trim()))
        .findFirst()
        .orElse(0);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
