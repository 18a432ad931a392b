package dev.typewire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.typewire.processor.diag.Problem;
import dev.typewire.processor.model.Operation;
import dev.typewire.runtime.ApiException;
import dev.typewire.runtime.ClientOptions;
import dev.typewire.runtime.JsonCodec;
import dev.typewire.runtime.RetryPolicy;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code typewire check SPEC [--base-url URL] [--credential NAME=VALUE]...}: generates the client
 * for a description in memory, calls every operation through it and says, per operation, whether
 * the request and the decoded-then-re-encoded response are what the description says.
 *
 * <p>Exit status: 0 when nothing failed, 1 when an operation failed, 2 for a usage error or a
 * description that does not generate.
 */
final class CheckCommand {

  static final String USAGE =
      "usage: typewire check SPEC [--base-url URL] [--credential NAME=VALUE]...";

  /** Warnings naming constructs Typewire documents as unsupported: their operations are skipped. */
  private static final Set<String> UNSUPPORTED = Set.of("TW-MEDIA-TYPE", "TW-PARAMETER-STYLE");

  private final PrintStream out;
  private final PrintStream err;

  private CheckCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    return new CheckCommand(out, err).run(args);
  }

  private int run(String[] args) {
    if (args.length < 2 || !args[0].equals("check")) {
      err.println(USAGE);
      return 2;
    }
    Path spec = Path.of(args[1]);
    String baseUrl = null;
    Map<String, String> credentials = new HashMap<>();
    for (int i = 2; i < args.length; i++) {
      if (args[i].equals("--base-url") && i + 1 < args.length) {
        baseUrl = args[++i];
      } else if (args[i].equals("--credential")
          && i + 1 < args.length
          && args[i + 1].contains("=")) {
        String pair = args[++i];
        credentials.put(
            pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
      } else {
        err.println("unknown or incomplete option '" + args[i] + "'");
        err.println(USAGE);
        return 2;
      }
    }
    if (!Files.isRegularFile(spec)) {
      err.println("no such file: " + spec);
      return 2;
    }
    try {
      return check(spec, baseUrl, new Credentials(credentials));
    } catch (Description.UnreadableException e) {
      err.println(e.getMessage());
      return 2;
    } catch (java.lang.reflect.InvocationTargetException e) {
      err.println("typewire check could not build the generated client: " + e.getCause());
      return 2;
    } catch (IOException | ReflectiveOperationException e) {
      err.println("typewire check could not run: " + e);
      return 2;
    }
  }

  private int check(Path spec, String baseUrl, Credentials credentials)
      throws Description.UnreadableException, IOException, ReflectiveOperationException {
    Description description = Description.load(spec);
    InMemoryCompiler.Result compiled = InMemoryCompiler.compile(spec);
    if (!compiled.succeeded() || description.model() == null) {
      err.println("the description does not generate a client:");
      compiled.errors().forEach(error -> err.println("error: " + error));
      return 2;
    }
    compiled.warnings().forEach(warning -> err.println("warning: " + warning));
    SchemaValidator schemas = new SchemaValidator(description);
    ValueSynthesizer values = new ValueSynthesizer(description, schemas);
    ResponseBodies bodies = new ResponseBodies(description, values);
    ValidatingServer server =
        baseUrl == null ? new ValidatingServer(description, schemas, bodies) : null;
    try {
      Object client;
      try {
        client =
            client(
                compiled.classes(),
                description,
                server == null ? baseUrl : server.baseUrl(),
                credentials);
      } catch (java.lang.reflect.InvocationTargetException e) {
        // The client compiles but cannot be built: no operation can be called through it.
        CheckReport report = new CheckReport(out);
        for (Endpoint endpoint : Endpoint.all(description)) {
          report.fail(endpoint.describe(), "the generated client cannot be built: " + e.getCause());
        }
        report.finish();
        return 1;
      }
      ObjectMapper mapper = JsonCodec.newObjectMapper();
      OperationCaller caller = new OperationCaller(client, mapper, description, values);
      Map<String, Operation> generated = new LinkedHashMap<>();
      description.model().operations().forEach(op -> generated.put(op.pointer(), op));
      CheckReport report = new CheckReport(out);
      for (Endpoint endpoint : Endpoint.all(description)) {
        try {
          checkOne(
              endpoint,
              generated.get(endpoint.pointer()),
              description,
              caller,
              server,
              mapper,
              schemas,
              bodies,
              report);
        } catch (RuntimeException | StackOverflowError e) {
          // One operation the check itself cannot handle must not hide the verdicts on the rest.
          report.fail(endpoint.describe(), "typewire check could not check it: " + e);
          if (server != null) {
            server.drain();
          }
        }
      }
      report.finish();
      return report.anyFailed() ? 1 : 0;
    } finally {
      if (server != null) {
        server.close();
      }
    }
  }

  private void checkOne(
      Endpoint endpoint,
      Operation operation,
      Description description,
      OperationCaller caller,
      ValidatingServer server,
      ObjectMapper mapper,
      SchemaValidator schemas,
      ResponseBodies bodies,
      CheckReport report) {
    String name = endpoint.describe();
    List<String> unsupported = unsupported(description, endpoint);
    if (!unsupported.isEmpty()) {
      report.skip(name, String.join("; ", unsupported));
      return;
    }
    if (operation == null) {
      report.fail(name, "no method was generated for this operation, and no warning says why");
      return;
    }
    List<String> reasons = new ArrayList<>();
    if (server != null) {
      server.expect(endpoint);
    }
    OperationCaller.Outcome outcome;
    try {
      outcome = caller.call(operation, endpoint);
    } catch (OperationCaller.NoMethodException e) {
      report.fail(name, e.getMessage());
      return;
    }
    JsonNode sent = null;
    if (server != null) {
      List<ValidatingServer.Exchange> exchanges = server.drain();
      sent = exchanges.isEmpty() ? null : exchanges.get(exchanges.size() - 1).sentBody();
      if (exchanges.isEmpty() && outcome.thrown() == null) {
        reasons.add("no request reached the server");
      }
      for (ValidatingServer.Exchange exchange : exchanges) {
        if (exchange.endpoint() != endpoint
            && (exchange.endpoint() == null
                || !exchange.endpoint().pointer().equals(endpoint.pointer()))) {
          reasons.add(
              "the request reached "
                  + (exchange.endpoint() == null
                      ? "no operation of the description"
                      : exchange.endpoint().describe()));
        }
        reasons.addAll(exchange.problems());
      }
    }
    if (outcome.thrown() instanceof NoValidValueException e) {
      reasons.add(e.getMessage());
    } else if (outcome.thrown() != null) {
      reasons.add("the client threw " + describe(outcome.thrown()));
    } else if (!outcome.returnsNothing()) {
      SuccessResponse response = bodies.response(endpoint);
      if (response.schemaPointer() != null) {
        if (outcome.value() == null) {
          reasons.add("the response decoded to null");
        } else {
          JsonNode reencoded =
              outcome.value() instanceof String text
                  ? TextNode.valueOf(text)
                  : mapper.valueToTree(outcome.value());
          List<String> problems = schemas.problems(reencoded, response.schemaPointer());
          if (!problems.isEmpty()
              && sent != null
              && !schemas.problems(sent, response.schemaPointer()).isEmpty()) {
            // The answer was already invalid: no verdict on the client is possible.
            reasons.add(
                new NoValidValueException(
                        response.schemaPointer(), schemas.problems(sent, response.schemaPointer()))
                    .getMessage());
            problems = List.of();
          }
          for (String problem : problems) {
            reasons.add("response re-encoded " + problem + " (" + response.schemaPointer() + ")");
          }
        }
      }
    }
    if (reasons.isEmpty()) {
      report.pass(name);
    } else {
      report.fail(name, String.join("; ", reasons));
    }
  }

  private static List<String> unsupported(Description description, Endpoint endpoint) {
    List<String> named = new ArrayList<>();
    for (Problem problem : description.problems()) {
      String pointer = problem.pointer();
      if (problem.severity() == Problem.Severity.WARNING
          && UNSUPPORTED.contains(problem.id())
          && pointer != null
          && (pointer.equals(endpoint.pointer())
              || pointer.startsWith(endpoint.pointer() + "/")
              || endpoint.parameters().stream().anyMatch(p -> pointer.startsWith(p.pointer())))) {
        named.add("[" + problem.id() + "] " + problem.message());
      }
    }
    return named;
  }

  private static String describe(Throwable thrown) {
    if (thrown instanceof ApiException api) {
      return thrown.getClass().getSimpleName()
          + " (status "
          + api.status()
          + "): "
          + thrown.getMessage();
    }
    return thrown.getClass().getSimpleName() + ": " + thrown.getMessage();
  }

  private static Object client(
      ClassLoader classes, Description description, String baseUrl, Credentials credentials)
      throws ReflectiveOperationException {
    Class<?> type =
        Class.forName(
            InMemoryCompiler.PACKAGE + "." + description.model().clientName(), true, classes);
    Object builder = type.getMethod("builder").invoke(null);
    builder.getClass().getMethod("baseUrl", String.class).invoke(builder, baseUrl);
    Consumer<ClientOptions.Builder> headers = credentials.apply(description, builder);
    Consumer<ClientOptions.Builder> options =
        headers.andThen(
            o -> o.retryPolicy(RetryPolicy.none()).requestTimeout(Duration.ofSeconds(20)));
    builder.getClass().getMethod("configure", Consumer.class).invoke(builder, options);
    return builder.getClass().getMethod("build").invoke(builder);
  }
}
