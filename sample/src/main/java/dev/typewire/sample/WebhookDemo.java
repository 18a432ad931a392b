package dev.typewire.sample;

import dev.typewire.sample.periskope.PeriskopeWebhooks;
import dev.typewire.sample.server.WebhookSender;
import java.io.IOException;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * The {@code webhook} command: a receiver on loopback, and the embedded server's sender delivering
 * the test events to it, signed with a key made up for the run (nothing secret is needed).
 */
final class WebhookDemo {

  private WebhookDemo() {}

  static int run(PrintStream out, PrintStream err) {
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    String signingKey = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    try (WebhookReceiver receiver =
        WebhookReceiver.start(PeriskopeWebhooks.verifying(signingKey), out)) {
      out.println("receiving webhooks on " + receiver.base() + "/<event>");
      List<Integer> statuses =
          new WebhookSender(PeriskopeWebhooks.SIGNATURE.verifier(signingKey))
              .send(receiver.base(), WebhookSender.TEST_DELIVERIES);
      out.printf(
          "%d deliveries: %d accepted, %d rejected (statuses %s)%n",
          statuses.size(), receiver.accepted(), receiver.rejected(), statuses);
      return 0;
    } catch (IOException failure) {
      err.println("error: the webhook demo failed: " + failure.getMessage());
      return 1;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      err.println("error: interrupted");
      return 1;
    }
  }
}
