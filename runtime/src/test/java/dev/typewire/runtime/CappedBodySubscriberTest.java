package dev.typewire.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;

/** The body as it arrives in direct and heap buffers of any size, announced or not. */
class CappedBodySubscriberTest {

  private static final Duration MINUTE = Duration.ofMinutes(1);

  @Test
  void keepsEveryByteWhateverTheAnnouncedLength() throws Exception {
    byte[] body = body(50_000);
    for (long announced : new long[] {-1, 0, 7, 50_000, 20_000, 16_000_000}) {
      for (boolean direct : new boolean[] {true, false}) {
        ResponseBytes read = read(1_000_000, announced, body, 1_500, direct);
        assertArrayEquals(body, read.bytes(), "announced " + announced + ", direct " + direct);
        assertFalse(read.truncated());
      }
    }
  }

  @Test
  void stopsAtTheCapAndSaysSo() throws Exception {
    byte[] body = body(30_000);
    ResponseBytes read = read(10_000, 30_000, body, 4_096, true);

    assertTrue(read.truncated());
    assertArrayEquals(java.util.Arrays.copyOf(body, 10_000), read.bytes());
  }

  @Test
  void anEmptyBodyIsEmpty() throws Exception {
    ResponseBytes read = read(1_000, 0, new byte[0], 1, false);

    assertEquals(0, read.bytes().length);
    assertFalse(read.truncated());
  }

  private static ResponseBytes read(
      long cap, long announced, byte[] body, int chunk, boolean direct) throws Exception {
    CappedBodySubscriber subscriber = new CappedBodySubscriber(cap, MINUTE, announced);
    List<Boolean> cancelled = new ArrayList<>();
    subscriber.onSubscribe(
        new Flow.Subscription() {
          @Override
          public void request(long n) {}

          @Override
          public void cancel() {
            cancelled.add(true);
          }
        });
    for (int at = 0; at < body.length && cancelled.isEmpty(); at += chunk) {
      int length = Math.min(chunk, body.length - at);
      ByteBuffer buffer = direct ? ByteBuffer.allocateDirect(length) : ByteBuffer.allocate(length);
      buffer.put(body, at, length).flip();
      subscriber.onNext(List.of(buffer));
    }
    if (cancelled.isEmpty()) {
      subscriber.onComplete();
    }
    return subscriber.getBody().toCompletableFuture().get();
  }

  private static byte[] body(int size) {
    byte[] body = new byte[size];
    for (int i = 0; i < size; i++) {
      body[i] = (byte) (i * 31 + 7);
    }
    return body;
  }
}
