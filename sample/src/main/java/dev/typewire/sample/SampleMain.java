package dev.typewire.sample;

import dev.typewire.runtime.ApiException;
import dev.typewire.runtime.ClientOptions;
import dev.typewire.sample.server.EmbeddedPeriskopeServer;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The sample: the generated Periskope client against an embedded Periskope-compatible server, or
 * against the real API when {@code PERISKOPE_API_KEY} is set (then {@code PERISKOPE_BASE_URL} and
 * {@code PERISKOPE_PHONE} are honoured too). Run {@code help} for the commands.
 *
 * <p>Exit codes: 0 success, 1 the API call failed, 2 wrong usage.
 */
public final class SampleMain {

  static final String USAGE =
      String.join(
          "\n",
          "usage: SampleMain [command]",
          "  help                   print this text",
          "  list-chats             list all chats, page by page (the default)",
          "  get-chat <chat id>     show one chat",
          "  messages <chat id>     list the messages of a chat",
          "  send <chat id> <text>  queue a text message",
          "  queue                  show the send queue",
          "  flaky                  list chats while the embedded server fails twice (429, 503)",
          "  capped                 list chats while the embedded server caps pages at 4 chats",
          "  deprecated             list chats while the embedded server marks GET /chats"
              + " deprecated",
          "  drift                  list chats while the embedded server sends an unknown"
              + " chat_type and fields the schema lacks",
          "  webhook                receive signed test events from the embedded server on a"
              + " loopback endpoint",
          "environment: PERISKOPE_API_KEY (use the real API instead of the embedded server),",
          "  PERISKOPE_BASE_URL (another base URL), PERISKOPE_PHONE (sent as x-phone)");

  private static final int CAPPED_PAGE = 4;

  private SampleMain() {}

  public static void main(String[] args) {
    int exitCode = run(args, System.out, System.err, System.getenv());
    System.out.flush();
    if (exitCode != 0) {
      System.exit(exitCode);
    }
  }

  /**
   * Runs one command; returns the exit code instead of exiting, so tests can run it in-process.
   *
   * @param args the command and its operands; blank arguments are ignored
   * @param out where results go
   * @param err where diagnostics and errors go
   * @param env the environment to read {@code PERISKOPE_*} settings from
   * @return 0 on success, 1 when a call failed, 2 on wrong usage
   */
  public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
    List<String> words = new ArrayList<>();
    for (String arg : args) {
      if (arg != null && !arg.isBlank()) {
        words.add(arg.trim());
      }
    }
    String command = words.isEmpty() ? "list-chats" : words.get(0);
    List<String> operands = words.isEmpty() ? List.of() : words.subList(1, words.size());
    if (List.of("help", "-h", "--help").contains(command)) {
      out.println(USAGE);
      return 0;
    }
    if (!validUsage(command, operands)) {
      err.println(USAGE);
      return 2;
    }
    if (command.equals("webhook")) {
      return WebhookDemo.run(out, err);
    }
    boolean flaky = command.equals("flaky");
    AttemptLog attempts = new AttemptLog(out);
    Consumer<ClientOptions.Builder> options =
        builder -> {
          builder.userAgent("typewire-sample");
          if (flaky) {
            builder.listener(attempts);
          }
        };
    Connection connection;
    try {
      connection = Connection.open(env, options);
    } catch (IOException cannotStart) {
      err.println("error: cannot start the embedded server: " + cannotStart.getMessage());
      return 1;
    }
    try (connection) {
      err.println("using the " + connection.describe());
      return dispatch(command, operands, connection, attempts, out, err);
    } catch (ApiException failure) {
      ErrorReport.print(failure, connection.token(), err);
      return 1;
    } catch (IllegalArgumentException badArgument) {
      // The generated builders check parameters before sending anything.
      err.println("error: " + badArgument.getMessage());
      return 1;
    }
  }

  private static int dispatch(
      String command,
      List<String> operands,
      Connection connection,
      AttemptLog attempts,
      PrintStream out,
      PrintStream err) {
    Commands commands = new Commands(connection.client(), out);
    switch (command) {
      case "list-chats" -> commands.listChats();
      case "get-chat" -> commands.getChat(operands.get(0));
      case "messages" -> commands.messages(operands.get(0));
      case "send" ->
          commands.send(operands.get(0), String.join(" ", operands.subList(1, operands.size())));
      case "queue" -> commands.queue();
      case "flaky" -> {
        if (connection.embeddedServer().isEmpty()) {
          err.println("flaky needs the embedded server: unset " + Connection.API_KEY);
          return 2;
        }
        return flaky(connection.embeddedServer().get(), commands, attempts, out);
      }
      case "capped" -> {
        if (connection.embeddedServer().isEmpty()) {
          err.println("capped needs the embedded server: unset " + Connection.API_KEY);
          return 2;
        }
        return capped(connection.embeddedServer().get(), commands, out);
      }
      case "deprecated" -> {
        if (connection.embeddedServer().isEmpty()) {
          err.println("deprecated needs the embedded server: unset " + Connection.API_KEY);
          return 2;
        }
        return deprecated(connection.embeddedServer().get(), commands, out);
      }
      case "drift" -> {
        if (connection.embeddedServer().isEmpty()) {
          err.println("drift needs the embedded server: unset " + Connection.API_KEY);
          return 2;
        }
        connection.embeddedServer().get().driftChatListing();
        out.println("the server will send a chat_type and fields the schema does not describe:");
        commands.listChats();
      }
      default -> throw new IllegalStateException("validated before: " + command);
    }
    return 0;
  }

  /** The server refuses the first page twice; the runtime's retry policy absorbs both. */
  private static int flaky(
      EmbeddedPeriskopeServer server, Commands commands, AttemptLog attempts, PrintStream out) {
    server.failFirst(429);
    server.failFirst(503);
    out.println("the server will answer 429 (Retry-After: 0), then 503 with an HTML page:");
    int total = commands.listChats();
    out.printf(
        "listed all %d chats in %d requests; the runtime retried %d times%n",
        total, server.requestCount(), attempts.retries());
    return 0;
  }

  /**
   * The server serves fewer chats per page than asked; the pager still lists every chat, since only
   * an empty page ends the listing.
   */
  private static int capped(EmbeddedPeriskopeServer server, Commands commands, PrintStream out) {
    server.capPagesAt(CAPPED_PAGE);
    out.printf(
        "the server will serve at most %d chats per page although %d are asked:%n",
        CAPPED_PAGE, Commands.PAGE_SIZE);
    int total = commands.listChats();
    out.printf("listed all %d chats in %d requests%n", total, server.requestCount());
    return 0;
  }

  /**
   * Every page of the listing announces the deprecation; the runtime logs one WARNING on the {@code
   * dev.typewire.runtime} logger (on stderr by default), not one per page.
   */
  private static int deprecated(
      EmbeddedPeriskopeServer server, Commands commands, PrintStream out) {
    server.deprecateChatListing();
    out.println("the server marks GET /chats deprecated (Deprecation and Sunset headers):");
    int total = commands.listChats();
    out.printf(
        "listed all %d chats in %d requests; the runtime warned once (see its log)%n",
        total, server.requestCount());
    return 0;
  }

  private static boolean validUsage(String command, List<String> operands) {
    return switch (command) {
      case "list-chats", "queue", "flaky", "capped", "deprecated", "drift", "webhook" ->
          operands.isEmpty();
      case "get-chat", "messages" -> operands.size() == 1;
      case "send" -> operands.size() >= 2;
      default -> false;
    };
  }
}
