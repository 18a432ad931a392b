package dev.typewire.sample;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.typewire.runtime.WebhookException;
import dev.typewire.sample.periskope.PeriskopeEvent;
import dev.typewire.sample.periskope.PeriskopeWebhooks;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;

/**
 * A webhook endpoint on loopback: {@code POST /webhooks/<event>} verifies the delivery with the
 * generated {@link PeriskopeWebhooks}, prints the event and answers 204, or 401 when the signature
 * is wrong and 400 when the body does not fit the event. The event comes from the URL because
 * Periskope's deliveries do not name it: one URL is registered per event.
 */
final class WebhookReceiver implements AutoCloseable {

  static final String PATH = "/webhooks";

  /** Deliveries are small JSON; a bigger body is refused before it is buffered. */
  private static final int MAX_BODY_BYTES = 1 << 20;

  private final HttpServer server;
  private final PeriskopeWebhooks webhooks;
  private final PrintStream out;
  private int accepted;
  private int rejected;

  private WebhookReceiver(PeriskopeWebhooks webhooks, PrintStream out) throws IOException {
    this.webhooks = webhooks;
    this.out = out;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(PATH + "/", this::handle);
    server.start();
  }

  static WebhookReceiver start(PeriskopeWebhooks webhooks, PrintStream out) throws IOException {
    return new WebhookReceiver(webhooks, out);
  }

  URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
  }

  synchronized int accepted() {
    return accepted;
  }

  synchronized int rejected() {
    return rejected;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String event = exchange.getRequestURI().getPath().substring(PATH.length() + 1);
      if (!exchange.getRequestMethod().equals("POST") || event.isEmpty()) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readNBytes(MAX_BODY_BYTES + 1);
      }
      if (body.length > MAX_BODY_BYTES) {
        exchange.sendResponseHeaders(413, -1);
        return;
      }
      int status;
      synchronized (this) {
        try {
          out.println(line(webhooks.parse(event, body, exchange.getRequestHeaders())));
          accepted++;
          status = 204;
        } catch (WebhookException refused) {
          // Safe to print: the message names the header and the reason, never the key.
          out.println("rejected " + ChatLines.oneLine(event) + ": " + refused.getMessage());
          rejected++;
          status = refused.reason() == WebhookException.Reason.UNREADABLE_PAYLOAD ? 400 : 401;
        }
      }
      exchange.sendResponseHeaders(status, -1);
    }
  }

  /** One line per event: a few fields of the events it knows, the size of the others. */
  private static String line(PeriskopeEvent event) {
    String what;
    if (event instanceof PeriskopeEvent.MessageCreated created) {
      what =
          "chat " + created.payload().chatId() + ": " + ChatLines.oneLine(created.payload().body());
    } else if (event instanceof PeriskopeEvent.ChatCreated created) {
      what =
          "chat "
              + created.payload().chatId()
              + " "
              + ChatLines.orDash(created.payload().chatName());
    } else if (event instanceof PeriskopeEvent.Unknown unknown) {
      what =
          "an event this client does not know; its body is kept ("
              + unknown.payload().size()
              + " fields)";
    } else {
      what = "received";
    }
    return String.format("%-18s %s", ChatLines.oneLine(event.event()), what);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
