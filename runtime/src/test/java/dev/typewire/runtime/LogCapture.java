package dev.typewire.runtime;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Captures the runtime's log output. {@link System.Logger} defaults to java.util.logging, so a
 * handler on the JUL logger of the same name sees every line, at every level.
 */
final class LogCapture extends Handler implements AutoCloseable {

  final List<String> lines = new CopyOnWriteArrayList<>();
  // Held strongly: JUL keeps loggers weakly and would drop the level and handler.
  private final Logger logger = Logger.getLogger(CallEvents.LOGGER_NAME);
  private final Level previousLevel = logger.getLevel();

  LogCapture() {
    logger.setLevel(Level.ALL);
    logger.addHandler(this);
  }

  @Override
  public void publish(LogRecord record) {
    String thrown = record.getThrown() == null ? "" : " " + record.getThrown();
    lines.add(record.getLevel() + " " + record.getMessage() + thrown);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
    logger.setLevel(previousLevel);
  }
}
