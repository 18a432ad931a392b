package dev.typewire.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A minimal keep-alive HTTP/1.1 server on 127.0.0.1 answering every GET with the page source's body
 * for the request's {@code offset} and {@code limit}. Raw sockets with TCP_NODELAY and one write
 * per response: the JDK's HttpServer writes headers and body separately and loses ~40 ms per
 * request to delayed ACKs on loopback, which would hide any client overhead.
 */
public final class LoopbackChatServer implements AutoCloseable {

  /** The body of one page. */
  public interface PageSource {
    byte[] page(int offset, int limit);
  }

  private final ServerSocket socket;
  private final ExecutorService threads = Executors.newCachedThreadPool(LoopbackChatServer::daemon);
  private final PageSource pages;

  public LoopbackChatServer(PageSource pages) throws IOException {
    this.pages = pages;
    this.socket = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
    threads.execute(this::accept);
  }

  /** The base URL a client should use, e.g. {@code http://127.0.0.1:41234}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        connection.setTcpNoDelay(true);
        threads.execute(() -> serve(connection));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(Socket connection) {
    try (connection;
        InputStream in = new BufferedInputStream(connection.getInputStream());
        OutputStream out = new BufferedOutputStream(connection.getOutputStream(), 1 << 16)) {
      String requestLine;
      while ((requestLine = readHead(in)) != null) {
        String target = requestLine.split(" ")[1];
        int q = target.indexOf('?');
        String query = q < 0 ? null : target.substring(q + 1);
        byte[] body = pages.page(intParam(query, "offset", 0), intParam(query, "limit", 2000));
        String head =
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length
                + "\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
      }
    } catch (IOException | RuntimeException e) {
      // The client went away or sent something unexpected: drop the connection.
    }
  }

  /** Reads a request head (GETs carry no body) and returns its first line, or null at EOF. */
  private static String readHead(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    int c;
    while ((c = in.read()) != -1) {
      head.append((char) c);
      int n = head.length();
      if (n >= 4 && head.charAt(n - 1) == '\n' && head.indexOf("\r\n\r\n", n - 4) >= 0) {
        return head.substring(0, head.indexOf("\r\n"));
      }
    }
    return null;
  }

  static int intParam(String query, String name, int fallback) {
    if (query == null) {
      return fallback;
    }
    for (String pair : query.split("&")) {
      if (pair.startsWith(name + "=")) {
        return Integer.parseInt(pair.substring(name.length() + 1));
      }
    }
    return fallback;
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "loopback-chat-server");
    t.setDaemon(true);
    return t;
  }

  @Override
  public void close() throws IOException {
    socket.close();
    threads.shutdownNow();
  }
}
