package dev.typewire.runtime;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The {@link HttpClient}s that the transports of one {@link ClientOptions.Builder} build and share:
 * one per connect timeout, counted by the transports using it, and shut down when the last of them
 * closes (a later transport then builds a new one).
 *
 * <p>Each client runs on an executor owned here, so that closing can stop its threads on JDK 17,
 * where {@code HttpClient} has no {@code close()}. JDK 17 still keeps one selector thread per
 * client until the client is garbage collected, which is why a closed transport drops its
 * reference; JDK 21 and later stop that thread too, through {@code HttpClient.close()}.
 */
final class SharedHttpClients {

  private static final AtomicInteger WORKERS = new AtomicInteger();

  private final Map<Duration, Shared> byConnectTimeout = new HashMap<>();

  /** One client, its executor and how many transports hold it. */
  private static final class Shared {
    final HttpClient client;
    final ExecutorService executor;
    int users;

    Shared(HttpClient client, ExecutorService executor) {
      this.client = client;
      this.executor = executor;
    }
  }

  /** The shared client for {@code connectTimeout}, built if none is open; release it once. */
  synchronized HttpClient acquire(Duration connectTimeout) {
    Shared shared = byConnectTimeout.get(connectTimeout);
    if (shared == null) {
      ExecutorService executor = Executors.newCachedThreadPool(workerThreads());
      HttpClient client =
          HttpClient.newBuilder()
              .connectTimeout(connectTimeout)
              // Following a redirect could carry the Authorization header to another host; API
              // endpoints do not redirect, so a 3xx is reported instead.
              .followRedirects(HttpClient.Redirect.NEVER)
              .executor(executor)
              .build();
      shared = new Shared(client, executor);
      byConnectTimeout.put(connectTimeout, shared);
    }
    shared.users++;
    return shared.client;
  }

  /** Gives back a client from {@link #acquire}; the last user's release shuts it down. */
  void release(HttpClient client) {
    Shared closing = null;
    synchronized (this) {
      for (Map.Entry<Duration, Shared> entry : byConnectTimeout.entrySet()) {
        Shared shared = entry.getValue();
        if (shared.client == client && --shared.users == 0) {
          byConnectTimeout.remove(entry.getKey());
          closing = shared;
          break;
        }
      }
    }
    if (closing != null) {
      shutDown(closing);
    }
  }

  private static void shutDown(Shared shared) {
    // HttpClient is AutoCloseable from JDK 21 on: close() waits for exchanges in flight, then
    // stops the selector thread as well.
    if (shared.client instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        System.getLogger(CallEvents.LOGGER_NAME)
            .log(System.Logger.Level.DEBUG, "closing the HttpClient failed", e);
      }
    }
    // Lets running exchanges finish; idle worker threads end at once.
    shared.executor.shutdown();
  }

  private static ThreadFactory workerThreads() {
    return task -> {
      Thread thread = new Thread(task, "typewire-http-" + WORKERS.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
