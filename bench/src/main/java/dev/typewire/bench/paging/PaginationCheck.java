package dev.typewire.bench.paging;

import dev.typewire.bench.LoopbackChatServer;
import dev.typewire.bench.SyntheticChatPages;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Serves 100,000 synthetic chats (50 pages of 2000) on loopback and runs {@link PaginationClient}
 * in a separate JVM with {@code -Xmx64m} to page through all of them. Prints one RESULT line: ratio
 * 1 when the child saw every chat, 0 otherwise.
 */
public final class PaginationCheck {
  static final int TOTAL = 100_000;

  public static void main(String[] args) throws Exception {
    SyntheticChatPages pages = new SyntheticChatPages();
    long started = System.nanoTime();
    String result;
    try (LoopbackChatServer server =
        new LoopbackChatServer((offset, limit) -> pages.page(offset, limit, TOTAL))) {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      List<String> command =
          List.of(
              java,
              "-Xmx64m",
              "-cp",
              System.getProperty("java.class.path"),
              PaginationClient.class.getName(),
              server.baseUrl(),
              Integer.toString(TOTAL));
      Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(child.getInputStream().readAllBytes()).trim();
      boolean exited = child.waitFor(300, TimeUnit.SECONDS);
      if (!exited) {
        child.destroyForcibly();
      }
      long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
      System.out.println(output);
      boolean ok = exited && child.exitValue() == 0;
      String last = output.isEmpty() ? "no output" : output.lines().reduce((a, b) -> b).get();
      result =
          "RESULT pagination-100k-xmx64m "
              + (ok ? 1 : 0)
              + " "
              + (ok ? "" : "FAILED (exit " + (exited ? child.exitValue() : "timeout") + "): ")
              + last.replace(File.separatorChar, '/')
              + " in "
              + seconds
              + " s (child JVM -Xmx64m; server in the parent JVM)";
    }
    System.out.println(result);
  }
}
