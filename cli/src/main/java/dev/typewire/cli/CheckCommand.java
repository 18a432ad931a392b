package dev.typewire.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.typewire.processor.model.Operation;
import dev.typewire.runtime.ClientOptions;
import dev.typewire.runtime.JsonCodec;
import dev.typewire.runtime.RetryPolicy;
import dev.typewire.testing.internal.Endpoint;
import dev.typewire.testing.internal.ResponseBodies;
import dev.typewire.testing.internal.SchemaValidator;
import dev.typewire.testing.internal.ValidatingServer;
import dev.typewire.testing.internal.ValueSynthesizer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
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
    if (spec.getFileName().toString().chars().anyMatch(Character::isISOControl)) {
      // The file name becomes a string literal of the generated package-info.
      err.println("the file name must not contain control characters");
      return 2;
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
    SchemaValidator schemas = new SchemaValidator(description.tree());
    ValueSynthesizer values = new ValueSynthesizer(description.tree(), schemas);
    ResponseBodies bodies = new ResponseBodies(description.tree(), values);
    ValidatingServer server =
        baseUrl == null ? new ValidatingServer(description.tree(), schemas, bodies) : null;
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
        for (Endpoint endpoint : Endpoint.all(description.tree())) {
          report.fail(endpoint.describe(), "the generated client cannot be built: " + e.getCause());
        }
        report.finish();
        return 1;
      }
      UploadFileArgument uploads = new UploadFileArgument();
      ObjectMapper mapper = JsonCodec.newObjectMapper().registerModule(uploads.module());
      OperationCaller caller = new OperationCaller(client, mapper, description, values, uploads);
      Map<String, Operation> generated = new LinkedHashMap<>();
      description.model().operations().forEach(op -> generated.put(op.pointer(), op));
      CheckReport report = new CheckReport(out);
      OperationVerdicts verdicts =
          new OperationVerdicts(description, caller, server, mapper, schemas, bodies, report);
      for (Endpoint endpoint : Endpoint.all(description.tree())) {
        try {
          verdicts.check(endpoint, generated.get(endpoint.pointer()));
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

  private static Object client(
      ClassLoader classes, Description description, String baseUrl, Credentials credentials)
      throws ReflectiveOperationException {
    Class<?> type =
        Class.forName(
            InMemoryCompiler.PACKAGE + "." + description.model().clientName(), true, classes);
    Object builder = type.getMethod("builder").invoke(null);
    builder.getClass().getMethod("baseUrl", String.class).invoke(builder, baseUrl);
    Consumer<ClientOptions.Builder> headers = credentials.apply(description);
    Consumer<ClientOptions.Builder> options =
        headers
            .andThen(o -> o.retryPolicy(RetryPolicy.none()).requestTimeout(Duration.ofSeconds(20)))
            .andThen(o -> sendEverythingTo(o, description, baseUrl));
    builder.getClass().getMethod("configure", Consumer.class).invoke(builder, options);
    return builder.getClass().getMethod("build").invoke(builder);
  }

  /**
   * Operations that name a server of their own would otherwise leave the checked server (the
   * validating one, or the one --base-url names) for a real host.
   */
  private static void sendEverythingTo(
      ClientOptions.Builder options, Description description, String baseUrl) {
    for (Operation operation : description.model().operations()) {
      if (operation.server() != null) {
        options.serverOverride(operation.server().url(), baseUrl);
      }
    }
  }
}
