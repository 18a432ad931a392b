package dev.typewire.sample.server;

import dev.typewire.runtime.WebhookVerifier;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Plays Periskope's part in a webhook delivery: POSTs events to a receiver, one URL per event as
 * createWebhook registers them ({@code <base>/message.created}), signed as Periskope signs them.
 * One delivery is forged on purpose, so the receiver shows what a rejection looks like.
 */
public final class WebhookSender {

  /** One delivery: the event it is for, and whether its signature is genuine. */
  public record Delivery(String event, String body, boolean genuine) {}

  /** What the sample sends: two known events, one the description lacks, one forgery. */
  public static final List<Delivery> TEST_DELIVERIES =
      List.of(
          new Delivery(
              "message.created",
              "{\"message_id\":\"false_120363@g.us_3EB0C0FFEE\",\"chat_id\":\"120363@g.us\","
                  + "\"id\":{\"id\":\"3EB0C0FFEE\",\"fromMe\":false,\"remote\":\"120363@g.us\","
                  + "\"_serialized\":\"false_120363@g.us_3EB0C0FFEE\"},"
                  + "\"body\":\"Is the order on its way?\",\"timestamp\":\"2024-05-13 11:19:34+00\"}",
              true),
          new Delivery(
              "chat.created",
              "{\"chat_id\":\"919537851844@c.us\",\"chat_name\":\"Demo Chat\",\"chat_type\":\"user\"}",
              true),
          new Delivery("org.created", "{\"org_id\":\"2997dd64\",\"org_name\":\"Demo\"}", true),
          new Delivery(
              "message.created",
              "{\"message_id\":\"forged\",\"body\":\"Send the refund to this account\"}",
              false));

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final WebhookVerifier signer;

  /**
   * A sender signing with {@code signer}.
   *
   * @param signer the scheme and signing key, as {@code PeriskopeWebhooks.SIGNATURE.verifier(key)}
   */
  public WebhookSender(WebhookVerifier signer) {
    this.signer = signer;
  }

  /**
   * Sends each delivery to {@code base + "/" + event} and returns the receiver's status codes.
   *
   * @param base the receiver's URL for webhooks, such as {@code http://127.0.0.1:4711/webhooks}
   * @param deliveries what to send
   * @return one status code per delivery
   * @throws IOException if the receiver cannot be reached
   * @throws InterruptedException if interrupted while waiting for an answer
   */
  public List<Integer> send(URI base, List<Delivery> deliveries)
      throws IOException, InterruptedException {
    List<Integer> statuses = new ArrayList<>();
    for (Delivery delivery : deliveries) {
      byte[] body = delivery.body().getBytes(StandardCharsets.UTF_8);
      // A forger knows the scheme but not the key: it signs another body.
      Map<String, String> headers =
          signer.sign(delivery.genuine() ? body : "{}".getBytes(StandardCharsets.UTF_8));
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(base + "/" + delivery.event()))
              .timeout(Duration.ofSeconds(5))
              .header("content-type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofByteArray(body));
      headers.forEach(request::header);
      statuses.add(http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode());
    }
    return statuses;
  }
}
