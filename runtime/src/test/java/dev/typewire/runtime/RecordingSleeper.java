package dev.typewire.runtime;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the waits asked for and returns at once, so retry tests take no time. */
final class RecordingSleeper implements Sleeper {

  final List<Duration> delays = new CopyOnWriteArrayList<>();

  @Override
  public void sleep(Duration delay) {
    delays.add(delay);
  }
}
